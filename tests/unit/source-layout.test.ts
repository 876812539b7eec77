// Checks on how src/ is laid out, not on what it does: no import cycles (madge) and no hand-written
// file longer than a reader can hold in mind.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const madgeCli = join(dirname(createRequire(import.meta.url).resolve('madge/package.json')), 'bin/cli.js');

describe('src/ layout', () => {
  it('has no import cycles (npx madge --circular --extensions ts src)', () => {
    // madge exits 1 when it finds a cycle; the JSON on stdout lists them either way.
    const { stdout, stderr } = spawnSync(process.execPath, [madgeCli, '--circular', '--json', '--no-spinner', '--extensions', 'ts', 'src'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(stdout, stderr).toMatch(/^\s*\[/);
    const cycles = JSON.parse(stdout) as string[][];
    expect(cycles.map((cycle) => cycle.join(' > '))).toEqual([]);
  }, 60_000);

  it('has no hand-written file over 400 lines (generated files excepted)', () => {
    const src = join(root, 'src');
    const long = (readdirSync(src, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((file) => /\.ts$/.test(file) && !/\.generated\.ts$/.test(file))
      .map((file) => ({ file: relative(root, join(src, file)), lines: readFileSync(join(src, file), 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > 400)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(long).toEqual([]);
  });
});
