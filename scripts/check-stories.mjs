#!/usr/bin/env node
// Opens every story and docs page of storybook-static/ in headless Chromium and
// fails any that logs a console error, throws, shows Storybook's error display,
// renders nothing, has axe violations (the a11y addon's run), or leaves an rc-*
// element in its error or loading state (stories whose name says "error",
// "invalid" or "loading" are meant to).
// Run after `npm run build-storybook`.
import { existsSync, readFileSync } from 'node:fs';
import { createChecks, assert } from './lib/checks.mjs';
import { serve } from './lib/serve.mjs';
import { launchChromium, openRecordingPage, settleElements } from './lib/browser.mjs';

const DIR = 'storybook-static';
const PARALLEL = Number(process.env.STORY_CHECK_PARALLEL ?? 2);
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

  // Records Storybook's preview events from the moment the channel exists, so
  // that the first render, which may finish before we look, is not missed.
  const RECORD_EVENTS = () => {
    const names = ['storyFinished', 'docsRendered', 'storyErrored', 'storyThrewException', 'storyMissing', 'playFunctionThrewException'];
    window.__sbEvents = [];
    let channel;
    Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
      configurable: true,
      get: () => channel,
      set(value) {
        channel = value;
        for (const name of names) value.on(name, (payload) => window.__sbEvents.push({ name, payload }));
      },
    });
  };

  /**
   * Waits until Storybook has finished `e`: for a story, `storyFinished`, which
   * comes after the a11y addon's run. Switching earlier makes Storybook reload
   * the page, since it cannot tear down a render that is still going.
   */
  async function finished(page, e) {
    const handle = await page.waitForFunction(
      ({ id, docs }) =>
        window.__sbEvents.find((ev) =>
          ev.name === (docs ? 'docsRendered' : 'storyFinished')
            ? (ev.payload?.storyId ?? ev.payload) === id
            : !['storyFinished', 'docsRendered'].includes(ev.name),
        ),
      { id: e.id, docs: e.type === 'docs' },
      { timeout: 45_000, polling: 50 },
    );
    const ev = await handle.jsonValue();
    if (ev.name === 'storyFinished' || ev.name === 'docsRendered') return ev.payload;
    const p = ev.payload;
    throw new Error(`${ev.name}: ${typeof p === 'string' ? p : (p?.message ?? p?.title ?? JSON.stringify(p)).slice(0, 300)}`);
  }

  /** Shows one entry in the loaded preview through Storybook's channel, as its manager does. */
  async function show(page, e) {
    await page.evaluate(
      ({ id, viewMode }) => {
        window.__sbEvents.length = 0;
        window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode });
      },
      { id: e.id, viewMode: e.type === 'docs' ? 'docs' : 'story' },
    );
    return finished(page, e);
  }

  async function worker(queue) {
    const { page, problems } = await openRecordingPage(context);
    await page.addInitScript(RECORD_EVENTS);
    const first = queue[0];
    await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(first.id)}&viewMode=${first.type === 'docs' ? 'docs' : 'story'}`);
    let isFirst = true;
    for (let e = queue.shift(); e; e = queue.shift()) {
      problems.length = 0;
      await checks.check(`${e.type} ${e.id}`, async () => {
        // The page was opened on the first entry; show the others through the channel.
        const outcome = isFirst ? await finished(page, e) : await show(page, e);
        isFirst = false;
        // The a11y addon's axe run is part of storyFinished.
        const a11y = outcome?.reporters?.find?.((r) => r.type === 'a11y');
        const violations = a11y?.result?.violations ?? [];
        const body = await page.evaluate(() => document.body.className);
        if (/sb-show-errordisplay/.test(body)) {
          const message = await page.evaluate(() => document.querySelector('#error-message')?.textContent ?? '');
          throw new Error(`Storybook error display: ${message.trim().slice(0, 300)}`);
        }
        assert(!/sb-show-nopreview/.test(body), 'Storybook shows "no preview"');
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
        assert(
          violations.length === 0,
          `axe: ${violations.map((v) => `${v.id} (${v.nodes?.length ?? 0} nodes: ${v.nodes?.[0]?.target?.join(' ') ?? ''})`).join('; ')}`,
        );
      });
    }
    await page.close();
  }

  // Stories first, docs pages last (they re-render many stories each); split
  // round-robin so each worker gets a similar mix.
  const ordered = [...entries].sort((a, b) => (a.type === b.type ? 0 : a.type === 'docs' ? 1 : -1));
  const queues = Array.from({ length: Math.min(PARALLEL, ordered.length) }, (_, i) => ordered.filter((_, j) => j % PARALLEL === i));
  await Promise.all(queues.map(worker));
  await browser.close();
  await server.close();
}

checks.finish();
