#!/usr/bin/env node
// Opens every story and docs page of storybook-static/ in headless Chromium and
// fails any that logs a console error, throws, shows Storybook's error display,
// renders nothing, or leaves an rc-* element in its error or loading state
// (stories whose name says "error", "invalid" or "loading" are meant to).
// Run after `npm run build-storybook`.
import { existsSync, readFileSync } from 'node:fs';
import { createChecks, assert } from './lib/checks.mjs';
import { serve } from './lib/serve.mjs';
import { launchChromium, openRecordingPage, settleElements } from './lib/browser.mjs';

const DIR = 'storybook-static';
const PARALLEL = Number(process.env.STORY_CHECK_PARALLEL ?? 3);
const checks = createChecks('storybook');

const index = existsSync(`${DIR}/index.json`) ? JSON.parse(readFileSync(`${DIR}/index.json`, 'utf8')) : null;
const entries = Object.values(index?.entries ?? {});

await checks.check('storybook-static/index.json lists stories', () => {
  assert(index, `${DIR}/index.json is missing; run npm run build-storybook`);
  const stories = entries.filter((e) => e.type === 'story').length;
  assert(stories > 0, 'no stories in index.json');
  return `${stories} stories, ${entries.length - stories} docs pages`;
});

if (entries.length) {
  const server = await serve(DIR);
  const browser = await launchChromium();
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });

  const expectsProblem = (e) => /error|invalid|broken|fail|loading|pending/i.test(`${e.name} ${e.id}`);

  async function checkEntry(e) {
    const { page, problems } = await openRecordingPage(context);
    try {
      await checks.check(`${e.type} ${e.id}`, async () => {
        const url = `${server.url}/iframe.html?id=${encodeURIComponent(e.id)}&viewMode=${e.type === 'docs' ? 'docs' : 'story'}`;
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForFunction(
          () =>
            /sb-show-(main|errordisplay|nopreview)/.test(document.body.className) &&
            !document.body.classList.contains('sb-show-preparing-story') &&
            !document.body.classList.contains('sb-show-preparing-docs'),
          undefined,
          { timeout: 20_000 },
        );
        const body = await page.evaluate(() => document.body.className);
        if (/sb-show-errordisplay/.test(body)) {
          const message = await page.evaluate(() => document.querySelector('#error-message')?.textContent ?? '');
          throw new Error(`Storybook error display: ${message.trim().slice(0, 300)}`);
        }
        assert(!/sb-show-nopreview/.test(body), 'Storybook shows "no preview"');
        // Docs pages render after Storybook shows them; wait for content either way.
        const rootSelector = e.type === 'docs' ? '#storybook-docs' : '#storybook-root';
        const rendered = await page
          .waitForFunction(
            (sel) => {
              const root = document.querySelector(sel);
              return Boolean(root && (root.children.length > 0 || root.textContent.trim()));
            },
            rootSelector,
            { timeout: 15_000 },
          )
          .then(() => true, () => false);
        assert(rendered, `${rootSelector} is empty`);
        const states = await settleElements(page);
        if (e.type === 'story' && !expectsProblem(e)) {
          const bad = states.filter((s) => !s.defined || s.error !== null || s.pending || s.text === 0);
          assert(
            bad.length === 0,
            bad.map((s) => `<${s.tag}> ${!s.defined ? 'undefined' : s.error !== null ? `error: ${s.error.slice(0, 160)}` : s.pending ? 'still loading' : 'empty'}`).join('; '),
          );
        }
        assert(problems.length === 0, problems.slice(0, 3).join(' | '));
      });
    } finally {
      await page.close();
    }
  }

  const queue = [...entries];
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      for (let e = queue.shift(); e; e = queue.shift()) await checkEntry(e);
    }),
  );
  await browser.close();
  await server.close();
}

checks.finish();
