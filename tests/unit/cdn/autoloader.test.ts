import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/format/load-strings.js';

describe('the CDN autoloader', () => {
  // The autoloader keeps its own copy of the list (importing it would cost a request); the copy must match.
  it('prefetches the tables of exactly the shipped languages', () => {
    const source = readFileSync(new URL('../../../src/cdn/autoloader.ts', import.meta.url), 'utf8');
    const literal = source.match(/const LANGUAGES = (\[[^\]]*\]);/)?.[1];
    expect(literal, 'const LANGUAGES = [...] in src/cdn/autoloader.ts').toBeDefined();
    expect(JSON.parse(literal!.replace(/'/g, '"'))).toEqual([...LANGUAGES]);
  });
});
