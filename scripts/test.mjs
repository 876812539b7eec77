#!/usr/bin/env node
// `npm test`: every stage in order, each made of package.json scripts you can also run alone; then a
// table per stage (and per engine under `browser`) and, last, `N passed, N failed` (CI reads that line).
// The counts are the tools' own: vitest's JSON report, web-test-runner's totals (scripts/wtr-totals-
// reporter.mjs), the check scripts' results (scripts/lib/checks.mjs); a script with no tests of its own
// (a type check, a build) is one check that passes on exit code 0.
//   npm test -- --only=unit,browser       some stages       npm test -- --skip=storybook   all but some
//   npm test -- --engines=chromium,firefox,webkit   the browser stage in these engines (or TEST_ENGINES=…)
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureChrome, ensureFirefox, ensureWebKit } from './find-chrome.mjs';
import { ENGINES } from './wtr-engines.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, '.cache/test');
// The tarball the smoke test packs, which the package checks reuse and the release workflow publishes.
const PACK = join(OUT, 'pack');
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]?.split(',').filter(Boolean);
// Every engine the README promises; `--engines=chromium` (or TEST_ENGINES=chromium) for a quicker run.
const DEFAULT_ENGINES = ['chromium', 'firefox', 'webkit'];
const engines = arg('engines') ?? process.env.TEST_ENGINES?.split(',').filter(Boolean) ?? DEFAULT_ENGINES;
const browsers = {};

/**
 * The stages, in order. A step is an npm script and what reports its tests: `vitest` (its JSON report),
 * `checks` (a scripts/lib/checks.mjs script), or nothing (one check on its exit code). Steps in an inner
 * array run side by side (two programs, two cores).
 */
const STAGES = {
  chrome: () => {
    const { path, error } = findBrowser('chromium');
    record('Chromium found', !!path, path ?? error);
  },
  types: [[{ script: 'typecheck:src' }, { script: 'typecheck:tests' }]],
  unit: [{ script: 'test:unit', report: 'vitest' }, { script: 'validate:data' }],
  manifest: [{ script: 'analyze' }, { script: 'check:manifest', report: 'checks' }],
  build: [{ script: 'build' }, { script: 'size', report: 'checks' }],
  browser,
  pages: async () => {
    // Node renders or builds pages and drives Chromium with playwright-core; the page-capture test takes
    // Firefox's full-page captures too.
    const { error } = findBrowser('firefox');
    if (error) console.log(`  ${error}`);
    await step({ script: 'test:pages', report: 'vitest' });
  },
  storybook: [{ script: 'build-storybook', env: { STORYBOOK_DISABLE_TELEMETRY: '1' } }, { script: 'check:stories', report: 'checks' }],
  smoke: [{ script: 'smoke', report: 'checks' }],
  // publint, attw, LICENSE/CHANGELOG/metadata and `npm publish --dry-run` on the smoke test's tarball (packed
  // here when smoke did not run), beside the public API report.
  package: [[{ script: 'check:package', report: 'checks' }, { script: 'check:api', report: 'checks' }]],
};

const totals = { passed: 0, failed: 0 };
function record(name, ok, detail = '') {
  ok ? totals.passed++ : totals.failed++;
  console.log(`${ok ? '  ✔' : '  ✖'} ${name}${detail ? ` — ${detail}` : ''}`);
}

/** `npm run <script>`, its output streamed (or, with `quiet`, kept and returned); resolves to the exit code and output. */
function npmRun(script, { env = {}, args = [], quiet = false } = {}) {
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], {
      cwd: ROOT,
      env: { ...process.env, ...env, ...(browsers.chromium ? { CHROME_PATH: browsers.chromium } : {}), ...(browsers.firefox ? { FIREFOX_PATH: browsers.firefox } : {}) },
      stdio: ['ignore', quiet ? 'pipe' : 'inherit', quiet ? 'pipe' : 'inherit'],
    });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('error', (e) => done({ code: 127, output: output + String(e) }));
    child.on('close', (code, signal) => done({ code: code ?? (signal ? 128 : 1), output }));
  });
}

const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined; // the tool died before writing its report
  }
};
/** Counts from a vitest JSON report; a suite that failed to load has no failing test of its own and counts as one. */
function vitestCounts(file) {
  const j = readJson(file);
  if (!j) return undefined;
  const broken = j.testResults.filter((s) => s.status === 'failed' && s.assertionResults.every((t) => t.status !== 'failed')).length;
  return { passed: j.numPassedTests, failed: j.numFailedTests + broken };
}

/** Adds a tool's counts to the totals; a failing exit with no failure counted, or a run of nothing, is one failure. */
function add(name, counts, code, secs) {
  const { passed = 0, failed = 0 } = counts ?? {};
  totals.passed += passed;
  totals.failed += failed;
  console.log(`  ${name}: ${passed} passed, ${failed} failed (${secs} s)`);
  if (code !== 0 && failed === 0) record(`${name} exited ${code}`, false, 'no failing test reported; see the output above');
  else if (code === 0 && passed === 0) record(`${name} ran no tests`, false, 'an empty run is not a pass');
}

/**
 * Runs one step and counts its result. Tools with a report stream their output; a step without one shows
 * the end of its output when it fails; steps side by side show theirs when they end, one after the other.
 */
async function step({ script, report, env = {} }, { sideBySide = false } = {}) {
  const start = performance.now();
  const file = join(OUT, `${script.replace(/\W+/g, '-')}.json`);
  const r = await npmRun(script, {
    quiet: sideBySide || !report,
    env: { ...env, ...(report === 'checks' ? { CHECKS_FILE: file, PACK_DIR: PACK } : {}) },
    args: report === 'vitest' ? ['--reporter=default', '--reporter=json', `--outputFile.json=${file}`] : [],
  });
  const secs = ((performance.now() - start) / 1000).toFixed(1);
  if (sideBySide || (!report && r.code !== 0)) console.log(r.output.trim().split('\n').slice(report ? 0 : -40).join('\n'));
  if (report) add(script, report === 'vitest' ? vitestCounts(file) : readJson(file), r.code, secs);
  else record(`npm run ${script}`, r.code === 0, r.code === 0 ? `${secs} s` : `exit ${r.code}`);
}

/** A browser's path, found or installed from Debian's packages (scripts/find-chrome.mjs), or why not. */
function findBrowser(engine) {
  const ensure = {
    chromium: () => ensureChrome({ log: (m) => console.log(m) }),
    firefox: () => ensureFirefox({ log: (m) => console.log(m) }),
    webkit: () => ensureWebKit({ log: (m) => console.log(m) }).browser,
  }[engine];
  try {
    return { path: (browsers[engine] ??= ensure()) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Per-engine rows of the browser stage, shown under it in the closing table. */
const engineRows = [];
/**
 * One web-test-runner run per engine, each with its own totals. Chromium runs first, alone: it keeps two
 * pages busy, and its load-sensitive tests (a 1-second budget, the SSR worker's 20-second commands) want
 * both cores. Then Firefox and WebKit side by side: each drives one page at a time and spends much of it
 * waiting on its driver (README, Browser support, has the figures); TEST_ENGINES_SERIAL=1 runs them one
 * after another. A run beside another prints its output whole when it ends.
 */
async function browser() {
  const runnable = [];
  for (const engine of engines) {
    if (!ENGINES.includes(engine)) record(`${engine}: unknown engine`, false, `use ${ENGINES.join(', ')}`);
    else {
      const { error } = findBrowser(engine);
      if (error) record(`${engine} found`, false, error);
      else runnable.push(engine);
    }
  }
  const results = {};
  async function runEngine(engine, beside) {
    const file = join(OUT, `wtr-${engine}.json`);
    const start = performance.now();
    const r = await npmRun('test:browser', { quiet: beside, env: { WTR_ENGINES: engine, WTR_TOTALS_FILE: file } });
    const secs = (performance.now() - start) / 1000;
    if (beside) console.log(`\n── web-test-runner (${engine}), ${secs.toFixed(1)} s ──\n${r.output.trimEnd()}`);
    results[engine] = { file, code: r.code, secs };
  }
  const waves =
    process.env.TEST_ENGINES_SERIAL === '1'
      ? runnable.map((e) => [e])
      : [runnable.filter((e) => e === 'chromium'), runnable.filter((e) => e !== 'chromium')].filter((w) => w.length);
  for (const wave of waves) await Promise.all(wave.map((engine) => runEngine(engine, wave.length > 1)));
  // Totals in the order the engines were named, whatever order they ended in.
  for (const engine of runnable) {
    const { file, code, secs } = results[engine];
    const counts = readJson(file);
    add(`web-test-runner (${engine})`, counts, code, secs.toFixed(1));
    const skipped = counts?.skippedTests ?? [];
    console.log(`  ${engine}: ${skipped.length} not run in this engine`);
    for (const title of skipped) console.log(`    - ${title}`);
    const slow = (counts?.slowest ?? []).slice(0, 5).map(([name, s]) => `${name} ${s} s`);
    if (slow.length) console.log(`  ${engine}: slowest files: ${slow.join('; ')}`);
    engineRows.push({ name: `  ${engine}`, passed: counts?.passed ?? 0, failed: counts?.failed ?? 0, secs });
  }
}

async function runStage(stage) {
  if (typeof stage === 'function') return stage();
  for (const s of stage) {
    if (!Array.isArray(s)) await step(s);
    else await Promise.all(s.map((x) => step(x, { sideBySide: true })));
  }
}

const only = arg('only');
const skip = arg('skip') ?? [];
const summary = [];
const started = performance.now();
for (const [name, stage] of Object.entries(STAGES)) {
  if ((only && !only.includes(name)) || skip.includes(name)) continue;
  const before = { ...totals };
  const t = performance.now();
  console.log(`\n▶ ${name}`);
  try {
    await runStage(stage);
  } catch (error) {
    record(`${name} stage crashed`, false, error instanceof Error ? error.stack ?? error.message : String(error));
  }
  summary.push({ name, passed: totals.passed - before.passed, failed: totals.failed - before.failed, secs: (performance.now() - t) / 1000 });
  if (name === 'browser') summary.push(...engineRows);
}

console.log('\nstage       passed  failed   time');
for (const s of summary) {
  console.log(`${s.name.padEnd(10)} ${String(s.passed).padStart(7)} ${String(s.failed).padStart(7)} ${s.secs.toFixed(1).padStart(6)} s`);
}
console.log(`total time ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed > 0 || totals.passed === 0 ? 1 : 0;
