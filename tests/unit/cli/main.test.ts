import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixtures = 'tests/unit/cli/fixtures';

/** Runs the CLI in this process with captured output; cwd is the repository root. */
async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: root });
  return { code, stdout, stderr };
}

/** Runs the CLI as a user would, in a child process, from the repository root. */
function spawnCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

describe('review-cards as a process (node --import tsx src/cli/main.ts)', () => {
  it('exits 0 and says so for valid files', async () => {
    const { code, stdout, stderr } = await spawnCli('validate', `${fixtures}/valid/review.json`, `${fixtures}/valid/claim.json`);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe('2 files checked: 2 valid, 0 invalid; 0 errors, 0 warnings.\n');
  });

  it('exits 1 for an invalid file, with file, line:column, path and reason', async () => {
    const { code, stdout } = await spawnCli('validate', `${fixtures}/invalid/score-above-best.json`);
    expect(code).toBe(1);
    expect(stdout).toContain(`${fixtures}/invalid/score-above-best.json:6:14: error: reviewRating.value: value 11 is above the best score 10\n`);
    expect(stdout).toContain(`${fixtures}/invalid/score-above-best.json:9:10: error: url: must be an http(s) or relative URL\n`);
  });

  it('exits 2 for malformed JSON, giving the position of the syntax error and no stack trace', async () => {
    const { code, stdout, stderr } = await spawnCli('validate', `${fixtures}/malformed.json`);
    expect(code).toBe(2);
    expect(stdout).toContain(`${fixtures}/malformed.json:3:50: error: is not valid JSON: trailing comma before "}"`);
    expect(stdout + stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a missing file', async () => {
    const { code, stdout, stderr } = await spawnCli('validate', `${fixtures}/no-such-file.json`);
    expect(code).toBe(2);
    expect(stdout).toContain(`${fixtures}/no-such-file.json: error: file not found`);
    expect(stderr).toBe('');
  });

  it('prints --version from package.json and --help with the commands', async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(await spawnCli('--version')).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    const help = await spawnCli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: review-cards <command>/);
    expect(help.stdout).toContain('validate');
  });
});

describe('review-cards validate', () => {
  it('warns about unknown fields and duplicate keys but exits 0', async () => {
    const { code, stdout } = await cli('validate', `${fixtures}/unknown-field.json`);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        `${fixtures}/unknown-field.json:3:50: warning: itemReviewed.yaer: is not a known field (ignored)`,
        `${fixtures}/unknown-field.json:4:3: warning: verdict: is given more than once (also at 5:3); only the last is used`,
        '1 file checked: 1 valid, 0 invalid; 0 errors, 2 warnings.',
        '',
      ].join('\n'),
    );
  });

  it('makes those warnings errors under --strict, exiting 1', async () => {
    const { code, stdout } = await cli('validate', '--strict', `${fixtures}/unknown-field.json`);
    expect(code).toBe(1);
    expect(stdout).toContain(`${fixtures}/unknown-field.json:3:50: error: itemReviewed.yaer: is not a known field`);
    expect(stdout).toContain('0 valid, 1 invalid; 2 errors, 0 warnings.');
  });

  it('expands globs, each file once, in order', async () => {
    const { code, stdout } = await cli('validate', `${fixtures}/valid/*.json`, `${fixtures}/valid/claim.json`);
    expect(code).toBe(0);
    expect(stdout).toBe('2 files checked: 2 valid, 0 invalid; 0 errors, 0 warnings.\n');
    const json = JSON.parse((await cli('validate', '--format', 'json', `${fixtures}/**/*.json`)).stdout) as { files: Array<{ file: string }> };
    expect(json.files.map((f) => f.file)).toEqual([
      `${fixtures}/invalid/missing-verdict-status.json`,
      `${fixtures}/invalid/score-above-best.json`,
      `${fixtures}/malformed.json`,
      `${fixtures}/unknown-field.json`,
      `${fixtures}/valid/claim.json`,
      `${fixtures}/valid/review.json`,
    ]);
  });

  it('searches a directory for .json files', async () => {
    const { code, stdout } = await cli('validate', `${fixtures}/valid`);
    expect(code).toBe(0);
    expect(stdout).toContain('2 files checked');
  });

  it('exits 2 when a glob matches nothing', async () => {
    const { code, stdout } = await cli('validate', `${fixtures}/*.yaml`);
    expect(code).toBe(2);
    expect(stdout).toContain(`${fixtures}/*.yaml: error: no files match this pattern`);
    expect(stdout).toContain('0 files checked: 0 valid, 0 invalid; 1 argument named no file');
  });

  it('exits 2 when any file is unusable, even if others are invalid', async () => {
    const { code, stdout } = await cli('validate', `${fixtures}/invalid/missing-verdict-status.json`, `${fixtures}/malformed.json`);
    expect(code).toBe(2);
    expect(stdout).toContain(`${fixtures}/invalid/missing-verdict-status.json:6:32: error: verification.verdict.status: must be one of`);
    expect(stdout).toContain('2 files checked: 0 valid, 1 invalid, 1 unreadable; 2 errors, 0 warnings.');
  });

  it('writes one JSON report with --format json', async () => {
    const { code, stdout } = await cli('validate', '--format', 'json', `${fixtures}/invalid/score-above-best.json`, `${fixtures}/valid/review.json`);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      ok: false,
      summary: { files: 2, valid: 1, invalid: 1, unreadable: 0, missing: 0, errors: 2, warnings: 0 },
      files: [
        {
          file: `${fixtures}/invalid/score-above-best.json`,
          status: 'invalid',
          issues: [
            { severity: 'error', code: 'custom', path: ['reviewRating', 'value'], pathText: 'reviewRating.value', line: 6, column: 14 },
            { severity: 'error', path: ['url'], line: 9, column: 10 },
          ],
        },
        { file: `${fixtures}/valid/review.json`, status: 'valid', issues: [] },
      ],
    });
  });

  describe('files that cannot be used', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-cli-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('reports a file that is not UTF-8', async () => {
      writeFileSync(join(dir, 'latin1.json'), Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
      const { code, stdout } = await cli('validate', join(dir, 'latin1.json'));
      expect(code).toBe(2);
      expect(stdout).toContain('latin1.json: error: is not UTF-8 text');
    });
  });

  describe('usage errors exit 2 with a one-line reason and a hint, on stderr', () => {
    it.each([
      [['validate'], 'name at least one file, directory or glob to validate', 'review-cards validate --help'],
      [['validate', '--format', 'xml', 'a.json'], '--format must be text or json, not "xml"', 'review-cards validate --help'],
      [['validate', '--bogus', 'a.json'], "unknown option '--bogus'", 'review-cards validate --help'],
      [['frobnicate'], 'unknown command "frobnicate"', 'review-cards --help'],
    ])('%j', async (args, reason, hint) => {
      const { code, stdout, stderr } = await cli(...args);
      expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
      expect(stderr).toBe(`review-cards: ${reason}\nSee ${hint}.\n`);
    });

    it('shows the help on stderr when run with no command', async () => {
      const { code, stderr } = await cli();
      expect(code).toBe(2);
      expect(stderr).toMatch(/^Usage: review-cards/);
    });
  });

  it('prints its own help for validate --help', async () => {
    const { code, stdout } = await cli('validate', '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: review-cards validate \[--strict\] \[--format text\|json\]/);
  });
});
