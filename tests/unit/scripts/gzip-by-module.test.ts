import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import MagicString, { Bundle } from 'magic-string';
import { gzipByModule } from '../../../scripts/lib/gzip-by-module.mjs';

/** Incompressible-ish text of a given length, different per seed. */
const noise = (length: number, seed: number) => {
  let x = seed;
  let out = '';
  while (out.length < length) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out += (x % 36).toString(36);
  }
  return `var v${seed}="${out}";`;
};

/** Writes `modules` concatenated into one file with a source map beside it, as a bundler would. */
function built(modules: Record<string, string>, withMap = true): { file: string; code: string } {
  const bundle = new Bundle({ separator: '' });
  for (const [filename, content] of Object.entries(modules)) bundle.addSource({ filename, content: new MagicString(content) });
  const dir = mkdtempSync(join(tmpdir(), 'gzip-by-module-'));
  const file = join(dir, 'out.js');
  const code = bundle.toString();
  writeFileSync(file, code);
  if (withMap) writeFileSync(`${file}.map`, bundle.generateMap({ hires: true, file: 'out.js' }).toString());
  return { file, code };
}

describe('gzip-by-module', () => {
  it("gives each module of a built file the gzip bytes it adds, naming packages and src/ files", () => {
    const { file, code } = built({
      '../../node_modules/lit-html/lit-html.js': noise(3000, 1),
      '../../src/format/score.ts': noise(600, 2),
      '../../src/format/strings.ts': noise(200, 3),
    });
    const rows = gzipByModule(file);
    const cost = (module: string) => rows.find((r) => r.module === module)?.gzip ?? 0;
    expect(rows.slice(0, 3).map((r) => r.module)).toEqual(['lit-html', 'src/format/score.ts', 'src/format/strings.ts']);
    expect(cost('lit-html')).toBeGreaterThan(cost('src/format/score.ts'));
    expect(cost('src/format/score.ts')).toBeGreaterThan(cost('src/format/strings.ts'));
    expect(cost('src/format/strings.ts')).toBeGreaterThan(0);
    // The last row holds what no single module owns, so the rows add up to the file's gzip size.
    const total = rows.reduce((sum, r) => sum + r.gzip, 0);
    expect(total).toBe(gzipSync(code, { level: 9 }).length);
    expect(rows.at(-1)?.module).toMatch(/^\(shared compression context/);
  });

  it('reports a file without a source map as one row', () => {
    const { file, code } = built({ '../../src/a.ts': noise(500, 4) }, false);
    expect(gzipByModule(file)).toEqual([{ module: `${file} (no source map)`, gzip: gzipSync(code, { level: 9 }).length }]);
  });
});
