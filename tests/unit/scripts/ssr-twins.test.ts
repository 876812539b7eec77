import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { SSR_TWINS, SSR_TWINS_IN_EVERY_ENGINE } from '../../../scripts/wtr-ssr-twins.mjs';

/** A browser test file makes its fixtures with the SSR-aware helper when it imports tests/browser/helpers/fixture.ts. */
const usesFixtureHelper = (file: string) => /from '(?:\.\.?\/)+(?:browser\/)?helpers\/fixture\.js'/.test(readFileSync(file, 'utf8'));

const browserTestFiles = readdirSync('tests/browser', { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.test.ts'))
  .map((e) => `${e.parentPath}/${e.name}`);

describe('SSR twins (scripts/wtr-ssr-twins.mjs)', () => {
  it('lists every browser test file that makes its fixtures with tests/browser/helpers/fixture.ts, so each runs server-rendered too', () => {
    expect(browserTestFiles.filter(usesFixtureHelper).sort()).toEqual([...SSR_TWINS].sort());
  });

  it('lists only files that exist', () => {
    expect(SSR_TWINS.filter((f) => !existsSync(f))).toEqual([]);
  });

  it('runs in every engine only twins that are twins, among them the engine matrix and the hydration checks', () => {
    expect(SSR_TWINS_IN_EVERY_ENGINE.filter((f) => !SSR_TWINS.includes(f))).toEqual([]);
    expect(SSR_TWINS_IN_EVERY_ENGINE).toEqual(expect.arrayContaining(['tests/browser/engines.test.ts', 'tests/browser/ssr-twin.test.ts']));
  });
});
