#!/usr/bin/env node
// `npm test`: every check this project has, in order, each stage's result
// recorded; the last line is `N passed, N failed` (unit + browser tests + stage
// checks) and the exit code is non-zero if anything failed.
//   node scripts/test.mjs --only unit,browser    run some stages
//   node scripts/test.mjs --skip storybook       run all but some
//   node scripts/test.mjs --engines=chromium,firefox,webkit   browser tests in these engines
//     (or TEST_ENGINES=…; Chromium alone by default, see DEFAULT_ENGINES)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureChrome, ensureFirefox, ensureWebKit } from './find-chrome.mjs';
import { ENGINES } from './wtr-engines.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, '.cache/test');
const BIN = join(ROOT, 'node_modules/.bin');
// The tarball the smoke test packs, which the package checks reuse and the release workflow
// (.github/workflows/release.yml) publishes.
const PACK = join(OUT, 'pack');
process.chdir(ROOT);
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]?.split(',');
const only = arg('only');
const skip = arg('skip') ?? [];
// Firefox and WebKit are opt-in until their suites have run green three times in a row within the CI
// time budget; on the shared 2-core machine, at load averages of 12 to 45, they took 10 to 28 minutes each
// (README, Browser support). All three: ['chromium', 'firefox', 'webkit'].
const DEFAULT_ENGINES = ['chromium'];
// Firefox's and WebKit's web-test-runner runs overlap rather than follow one another (see the browser stage).
const ENGINES_AT_ONCE = process.env.TEST_ENGINES_SERIAL !== '1';
const engines = arg('engines') ?? process.env.TEST_ENGINES?.split(',').filter(Boolean) ?? DEFAULT_ENGINES;

const totals = { passed: 0, failed: 0 };
const summary = [];
let chromePath;
/** Per-engine rows of the browser stage, shown under it in the closing table. */
const engineSummary = [];

/** Runs a command with its output streamed; resolves to its exit code. */
function run(cmd, args, { env = {}, quiet = false } = {}) {
  return new Promise((done) => {
    const child = spawn(cmd, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', quiet ? 'pipe' : 'inherit', quiet ? 'pipe' : 'inherit'],
    });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('error', (e) => {
      output += String(e);
      done({ code: 127, output });
    });
    child.on('close', (code, signal) => done({ code: code ?? (signal ? 128 : 1), output }));
  });
}
const tail = (text, n = 40) => text.trim().split('\n').slice(-n).join('\n');

function record(name, ok, detail = '') {
  ok ? totals.passed++ : totals.failed++;
  console.log(`${ok ? '  ✔' : '  ✖'} ${name}${detail ? ` — ${detail}` : ''}`);
}
/** Adds a sub-script's or runner's own counts; a non-zero exit with no failure counted is one failure. */
function addCounts(name, file, code) {
  let counts = { passed: 0, failed: 0 };
  try {
    counts = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    /* the runner died before writing its totals */
  }
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  if (code !== 0 && counts.failed === 0) record(`${name} exited ${code}`, false, 'no failing test reported; see the output above');
  else if (code === 0 && counts.passed === 0) record(`${name} ran no tests`, false, 'an empty run is not a pass');
  return counts;
}
/** A vitest run whose own test counts go into the totals (its JSON report is the source). */
async function vitest(name, file, args, env = {}) {
  const r = await run(join(BIN, 'vitest'), ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], { env });
  let counts = { passed: 0, failed: 0 };
  try {
    const j = JSON.parse(readFileSync(file, 'utf8'));
    // Suites that fail to load have no failing test of their own; count each as one failure.
    const brokenSuites = j.testResults.filter((s) => s.status === 'failed' && s.assertionResults.every((t) => t.status !== 'failed')).length;
    counts = { passed: j.numPassedTests, failed: j.numFailedTests + brokenSuites };
  } catch {
    /* no JSON: vitest failed before running */
  }
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  console.log(`  ${name}: ${counts.passed} passed, ${counts.failed} failed`);
  if (r.code !== 0 && counts.failed === 0) record(`${name} exited ${r.code}`, false, 'no failing test reported; see the output above');
  if (r.code === 0 && counts.passed === 0) record(`${name} ran no tests`, false, 'an empty run is not a pass');
}

/** A command that is one check: passes on exit code 0. */
async function step(name, cmd, args, opts = {}) {
  const start = performance.now();
  const r = await run(cmd, args, { quiet: true, ...opts });
  const secs = ((performance.now() - start) / 1000).toFixed(1);
  if (r.code !== 0) console.log(tail(r.output));
  record(name, r.code === 0, r.code === 0 ? `${secs} s` : `exit ${r.code}`);
  return r;
}

const stages = {
  async chrome() {
    try {
      chromePath = ensureChrome({ log: (m) => console.log(m) });
      record('Chromium found', true, chromePath);
    } catch (error) {
      record('Chromium found', false, error instanceof Error ? error.message : String(error));
    }
  },

  async types() {
    // Two independent programs: run them side by side on 2 cores.
    await Promise.all([
      step('tsc -p tsconfig.json (src)', join(BIN, 'tsc'), ['-p', 'tsconfig.json']),
      step('tsc -p tsconfig.test.json (tests, stories, .storybook)', join(BIN, 'tsc'), ['-p', 'tsconfig.test.json']),
    ]);
  },

  async unit() {
    await vitest('vitest', join(OUT, 'vitest.json'), []);
    // The data author's command, end to end: every document under data/ validates.
    await step('npm run validate:data', 'npm', ['run', '--silent', 'validate:data']);
  },

  async manifest() {
    const path = join(ROOT, 'custom-elements.json');
    // Compare with the committed (staged) copy, as `git diff --exit-code` would;
    // outside a git checkout, with the file as it was before this run.
    const git = await run('git', ['show', ':custom-elements.json'], { quiet: true });
    const before = git.code === 0 ? git.output : existsSync(path) ? readFileSync(path, 'utf8') : null;
    const r = await step('cem analyze (custom-elements.json, editor data, JSX types)', join(BIN, 'cem'), ['analyze']);
    if (r.code !== 0) return;
    const after = readFileSync(path, 'utf8');
    record(
      'custom-elements.json is up to date',
      before === after,
      before === null ? 'it was missing; commit the generated file' : before === after ? '' : 'regenerating changed it; run `npm run analyze` and commit custom-elements.json',
    );
    const file = join(OUT, 'manifest.json');
    const c = await run(process.execPath, ['scripts/check-manifest.mjs'], { env: { CHECKS_FILE: file } });
    addCounts('manifest check', file, c.code);
  },

  async build() {
    const r = await step('vite build (npm)', join(BIN, 'vite'), ['build', '--logLevel', 'warn']);
    let c = await step('vite build --mode cdn', join(BIN, 'vite'), ['build', '--mode', 'cdn', '--logLevel', 'warn']);
    // Into the same folder, after it: the autoloader, the per-element files and the language tables.
    if (c.code === 0) c = await step('vite build --mode cdn-parts', join(BIN, 'vite'), ['build', '--mode', 'cdn-parts', '--logLevel', 'warn']);
    await step('tsc -p tsconfig.build.json (.d.ts)', join(BIN, 'tsc'), ['-p', 'tsconfig.build.json']);
    if (r.code === 0 && c.code === 0) {
      const file = join(OUT, 'size.json.checks');
      const s = await run(process.execPath, ['scripts/size.mjs'], { env: { CHECKS_FILE: file } });
      addCounts('size report', file, s.code);
    } else record('size report', false, 'the build failed');
  },

  async browser() {
    // One web-test-runner run per engine, each with its own totals. Firefox and WebKit come from Debian's
    // packages, installed here as Chromium is. Chromium runs first, alone: it keeps two pages busy, and its
    // load-sensitive tests (a 1-second budget, the SSR worker's 20-second command limit) need both cores.
    // Then Firefox and WebKit side by side (ENGINES_AT_ONCE): each drives one page at a time and spends most
    // of its time waiting on its driver, so together they take little longer than the slower alone. Each
    // run's output is printed whole when it ends.
    const ensure = {
      chromium: () => chromePath ?? ensureChrome({ log: (m) => console.log(m) }),
      firefox: () => ensureFirefox({ log: (m) => console.log(m) }),
      webkit: () => ensureWebKit({ log: (m) => console.log(m) }).browser,
    };
    const runnable = [];
    for (const engine of engines) {
      if (!(engine in ensure)) {
        record(`${engine}: unknown engine`, false, `use ${ENGINES.join(', ')}`);
        continue;
      }
      try {
        ensure[engine]();
        runnable.push(engine);
      } catch (error) {
        record(`${engine} found`, false, error instanceof Error ? error.message : String(error));
      }
    }
    const results = {};
    async function runEngine(engine, beside) {
      const file = join(OUT, `wtr-${engine}.json`);
      const start = performance.now();
      const r = await run(join(BIN, 'wtr'), [], {
        quiet: beside,
        env: { WTR_ENGINES: engine, WTR_TOTALS_FILE: file, CHROME_PATH: chromePath ?? process.env.CHROME_PATH ?? '' },
      });
      const secs = ((performance.now() - start) / 1000).toFixed(1);
      if (beside) console.log(`\n── web-test-runner (${engine}), ${secs} s ──\n${r.output.trimEnd()}`);
      results[engine] = { file, code: r.code, secs };
    }
    const waves = ENGINES_AT_ONCE
      ? [runnable.filter((e) => e === 'chromium'), runnable.filter((e) => e !== 'chromium')]
      : runnable.map((e) => [e]);
    for (const wave of waves) await Promise.all(wave.map((engine) => runEngine(engine, wave.length > 1)));
    // Totals in the order the engines were named, whatever order they ended in.
    for (const engine of runnable) {
      const { file, code, secs } = results[engine];
      const counts = addCounts(`web-test-runner (${engine})`, file, code);
      const skipped = counts.skippedTests ?? [];
      console.log(`  ${engine}: ${counts.passed} passed, ${counts.failed} failed, ${skipped.length} not run in this engine (${secs} s)`);
      for (const title of skipped) console.log(`    - ${title}`);
      engineSummary.push({ name: `  ${engine}`, passed: counts.passed, failed: counts.failed, secs: Number(secs) });
    }
  },

  async pages() {
    // Node renders or builds real pages, playwright-core drives Chromium: server-rendered cards read
    // without JavaScript, hydration in place, and the React, Vue and Svelte examples. The page-capture
    // test also takes Firefox's full-page captures, so Firefox is installed here as Chromium is.
    let firefoxPath = process.env.FIREFOX_PATH ?? '';
    try {
      firefoxPath = ensureFirefox({ log: (m) => console.log(m) });
    } catch (error) {
      console.log(`  ${error.message}`);
    }
    await vitest('pages', join(OUT, 'pages.json'), ['-c', 'tests/pages/vitest.config.ts'], {
      CHROME_PATH: chromePath ?? process.env.CHROME_PATH ?? '',
      FIREFOX_PATH: firefoxPath,
    });
  },

  async storybook() {
    const b = await step('build-storybook', join(BIN, 'storybook'), ['build', '--quiet', '-o', 'storybook-static'], {
      env: { STORYBOOK_DISABLE_TELEMETRY: '1' },
    });
    if (b.code !== 0) return;
    const file = join(OUT, 'stories.json');
    const r = await run(process.execPath, ['scripts/check-stories.mjs'], { env: { CHECKS_FILE: file } });
    addCounts('story check', file, r.code);
  },

  async smoke() {
    const file = join(OUT, 'smoke.json');
    const r = await run(process.execPath, ['scripts/smoke.mjs'], { env: { CHECKS_FILE: file, PACK_DIR: PACK } });
    addCounts('package smoke test', file, r.code);
  },

  async package() {
    // publint, attw, LICENSE/CHANGELOG/metadata and `npm publish --dry-run` on the smoke test's tarball
    // (packed here when smoke did not run), beside the public API report; two programs on 2 cores.
    const checksFile = join(OUT, 'package.json.checks');
    const apiFile = join(OUT, 'api.json.checks');
    // Their output is printed after both end, one after the other, so that the lines do not interleave.
    const [c, a] = await Promise.all([
      run(process.execPath, ['scripts/package-checks.mjs'], { quiet: true, env: { CHECKS_FILE: checksFile, PACK_DIR: PACK } }),
      run(process.execPath, ['scripts/api-report.mjs'], { quiet: true, env: { CHECKS_FILE: apiFile } }),
    ]);
    console.log(c.output.trimEnd());
    addCounts('package checks', checksFile, c.code);
    console.log(a.output.trimEnd());
    addCounts('API report', apiFile, a.code);
  },
};

const started = performance.now();
for (const [name, fn] of Object.entries(stages)) {
  if ((only && !only.includes(name)) || skip.includes(name)) continue;
  const before = { ...totals };
  const t = performance.now();
  console.log(`\n▶ ${name}`);
  try {
    await fn();
  } catch (error) {
    record(`${name} stage crashed`, false, error instanceof Error ? error.stack ?? error.message : String(error));
  }
  summary.push({
    name,
    passed: totals.passed - before.passed,
    failed: totals.failed - before.failed,
    secs: (performance.now() - t) / 1000,
  });
  if (name === 'browser') summary.push(...engineSummary);
}

console.log('\nstage       passed  failed   time');
for (const s of summary) {
  console.log(`${s.name.padEnd(10)} ${String(s.passed).padStart(7)} ${String(s.failed).padStart(7)} ${s.secs.toFixed(1).padStart(6)} s`);
}
console.log(`total time ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed > 0 || totals.passed === 0 ? 1 : 0;
