/// <reference types="node" />
// The React 19, Vue 3 and Svelte 5 examples, each built with its own vite plugin, in Chromium: the card
// renders from data passed as a property, updates when the app's state changes, and the app's own
// handler receives rc-error.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE, ROOT, launchChromium, recordingPage, serve, type Server } from './helpers.js';

const FRAMEWORKS = ['react', 'vue', 'svelte'] as const;

let browser: Browser;
let server: Server;

beforeAll(async () => {
  for (const name of FRAMEWORKS) {
    await build({ configFile: join(ROOT, 'examples', name, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  }
  server = await serve(join(CACHE, 'examples'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the React example type-checks its tags and properties', () => {
  // tsc takes about 5 s here alone; with the machine's two cores shared by browser stages it took over a
  // minute, so this CPU-bound step gets three.
  it('passes tsc with the JSX types generated from the manifest', { timeout: 180_000 }, () => {
    // The JSX types are written by the manifest analyzer (npm test runs it in an earlier stage).
    if (!existsSync(join(ROOT, 'dist/jsx/jsx.d.ts'))) execFileSync(join(ROOT, 'node_modules/.bin/cem'), ['analyze'], { cwd: ROOT });
    execFileSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'examples/react'], { cwd: ROOT, stdio: 'pipe' });
  });
});

describe.each(FRAMEWORKS)('the %s example', (name) => {
  it('renders the card from data set as a property, follows state changes, and hands rc-error to the app', async () => {
    const context = await browser.newContext();
    try {
      const { page, problems, console: messages } = await recordingPage(context);
      await page.goto(`${server.url}/${name}/index.html`);
      const card = page.locator('#card');
      await expect.poll(() => card.locator('[part="heading"]').textContent()).toBe('Faces of the Resistance');
      expect(await card.locator('[part="value"]').textContent()).toBe('7.5/10');
      // A property, not an attribute: no "[object Object]" in the DOM.
      expect(await card.evaluate((el) => [el.hasAttribute('data'), typeof (el as unknown as { data: unknown }).data])).toEqual([false, 'object']);

      await page.click('#show-russians');
      await expect.poll(() => card.locator('[part="heading"]').textContent()).toBe('Russians at War');
      expect(await card.locator('[part="value"]').textContent()).toBe('6/10');

      await page.click('#show-broken');
      await expect.poll(() => page.locator('#errors li').count()).toBe(1);
      expect(await page.locator('#errors li').first().textContent()).toMatch(/reviewRating\.value: value 11 is above the best score 10/);
      expect(await card.locator('[part="error"]').isVisible()).toBe(true);

      await page.click('#show-faces');
      await expect.poll(() => card.locator('[part="heading"]').textContent()).toBe('Faces of the Resistance');
      expect(await page.locator('#errors li').count()).toBe(1);

      expect(problems).toEqual([]);
      // The one warning is the element's own, about the broken document (React's dev build also logs
      // an info line about its DevTools when the build runs under vitest's NODE_ENV=test).
      const warnings = messages.filter((m) => /^(warning|error):/.test(m));
      expect(warnings, warnings.join('\n')).toHaveLength(1);
      expect(warnings[0]).toMatch(/^warning: \[review-cards\] <rc-review-card> could not show its property data/);
    } finally {
      await context.close();
    }
  });
});
