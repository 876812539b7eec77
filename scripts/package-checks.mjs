#!/usr/bin/env node
// Package checks: the tarball npm would publish, read the way its users' tools read it.
//   - publint: package.json's entry points, exports map and files agree, with no message at any level;
//   - @arethetypeswrong/cli (ESM-only profile: the package ships no CommonJS): every entry point
//     resolves to types under `node16` and `bundler` resolution;
//   - LICENSE, CHANGELOG.md and the links an npm page shows (repository, homepage, bugs) are there;
//   - `npm publish --dry-run` of the same tarball, the publishing path short of the upload.
// The public API report is scripts/api-report.mjs.
//
// Reuses the tarball the smoke test packed when given its folder (PACK_DIR, as `npm test` does);
// otherwise packs one. Run after `npm run analyze && npm run build`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { createChecks, assert } from './lib/checks.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'node_modules/.bin');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const checks = createChecks('package');

const run = (cmd, args, opts = {}) =>
  spawnSync(cmd, args, {
    cwd: ROOT,
    encoding: 'utf8',
    ...opts,
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', ...opts.env },
  });
const output = (r) => `${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim();

// npm names the tarball after the package: `@scope/name` → `scope-name-1.2.3.tgz`.
const tarballName = `${pkg.name.replace(/^@/, '').replace('/', '-')}-${pkg.version}.tgz`;
const packDir = process.env.PACK_DIR ? resolve(process.env.PACK_DIR) : undefined;
let tarball = packDir && join(packDir, tarballName);
let scratch;
let packedFiles;

await checks.check('the tarball', () => {
  if (tarball && existsSync(tarball)) return `reusing ${tarballName} from the smoke test`;
  scratch = mkdtempSync(join(tmpdir(), 'review-cards-package-'));
  const r = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch]);
  assert(r.status === 0, `npm pack failed\n${output(r)}`);
  const [info] = JSON.parse(r.stdout);
  tarball = join(scratch, info.filename);
  packedFiles = info.files.map((f) => f.path);
  return `packed ${info.filename}`;
});

await checks.check('publint: no errors, warnings or suggestions', async () => {
  assert(tarball && existsSync(tarball), 'no tarball');
  const bytes = readFileSync(tarball);
  const { messages, pkg: packed } = await publint({
    pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
    level: 'suggestion',
    strict: true,
  });
  assert(
    !messages.length,
    messages.map((m) => `${m.type}: ${formatMessage(m, packed, { color: false }) ?? m.code}`).join('\n'),
  );
});

await checks.check('attw (ESM-only profile): every entry point has types', () => {
  assert(tarball && existsSync(tarball), 'no tarball');
  const r = run(join(BIN, 'attw'), [tarball, '--profile', 'esm-only', '--format', 'json']);
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    throw new Error(`attw printed no report (exit ${r.status})\n${output(r)}`);
  }
  const ignored = new Set(['node10', 'node16-cjs']); // what the ESM-only profile leaves out
  const problems = Object.values(report.problems ?? {})
    .flat()
    .filter((p) => !ignored.has(p.resolutionKind));
  assert(
    r.status === 0 && !problems.length,
    problems.map((p) => `${p.entrypoint} (${p.resolutionKind}): ${p.kind}`).join('\n') || output(r).slice(-2000),
  );
  return `${Object.keys(report.analysis.entrypoints).length} entry points, no problem`;
});

await checks.check('LICENSE, CHANGELOG.md and README.md are in the tarball', () => {
  const r = run('tar', ['-tzf', tarball]);
  assert(r.status === 0, `tar could not list ${tarball}\n${output(r)}`);
  const files = packedFiles ?? r.stdout.split('\n').map((f) => f.replace(/^package\//, ''));
  const missing = ['LICENSE', 'CHANGELOG.md', 'README.md'].filter((f) => !files.includes(f));
  assert(!missing.length, `missing: ${missing.join(', ')}`);
});

await checks.check('package.json names the license, repository, homepage and bugs', () => {
  const missing = ['license', 'repository', 'homepage', 'bugs'].filter((k) => !pkg[k]);
  assert(!missing.length, `package.json has no ${missing.join(', ')}`);
  const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository.url;
  // npm provenance checks the package against the repository it was built from.
  assert(/^git\+https:\/\//.test(url), `repository.url should be a git+https:// URL (npm provenance needs it), not ${url}`);
  const licence = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
  assert(pkg.license === 'MIT' && licence.startsWith('MIT License'), 'package.json says MIT but LICENSE is not the MIT text');
});

await checks.check('npm publish --dry-run', () => {
  assert(tarball && existsSync(tarball), 'no tarball');
  const r = run('npm', ['publish', '--dry-run', tarball]);
  assert(r.status === 0, output(r).split('\n').slice(-15).join('\n'));
  return output(r).split('\n').find((l) => l.startsWith('+ ')) ?? '';
});

if (scratch) rmSync(scratch, { recursive: true, force: true });
checks.finish();
