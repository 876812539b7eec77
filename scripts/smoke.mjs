#!/usr/bin/env node
// Package smoke test: pack the package as npm would publish it, install the
// tarball into an empty project (from the npm cache; no network beyond the
// registry), and use it the way each kind of user does:
//   (a) Node: the entry points import, export what they should, and only the
//       define entries register tags; the types resolve for a TS app;
//   (b) a plain HTML page with only dist/cdn/review-cards.js, under a strict
//       CSP, renders all four tags from JSON children;
//   (c) an app built with Vite that imports one element entry renders it.
// Run after `npm run analyze && npm run build`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createChecks, assert } from './lib/checks.mjs';
import { serve } from './lib/serve.mjs';
import { launchChromium, openRecordingPage, settleElements } from './lib/browser.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const TAGS = ['rc-score-badge', 'rc-review-card', 'rc-claim-quote', 'rc-controversy-summary'];
const CLASSES = ['ScoreBadge', 'ReviewCard', 'ClaimQuote', 'ControversySummary'];
const keep = process.argv.includes('--keep');
const checks = createChecks('smoke');
const work = mkdtempSync(join(tmpdir(), 'review-cards-smoke-'));
const app = join(work, 'app');
mkdirSync(app);

const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...opts, env: { ...process.env, ...opts.env } });
  if (r.status !== 0) {
    const out = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status ?? r.signal}\n${out}`);
  }
  return r.stdout;
};
const npm = (args, cwd) => run('npm', args, { cwd, env: { npm_config_update_notifier: 'false' } });
const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');

/** One document of each kind from data/, read the way a data author writes them. */
function sampleDocuments() {
  const files = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.json')) files.push(join(dir, e.name));
    }
  };
  if (existsSync(join(ROOT, 'data'))) walk(join(ROOT, 'data'));
  const docs = files.sort().map((f) => JSON.parse(readFileSync(f, 'utf8')));
  const byType = (t) => docs.find((d) => d.type === t);
  const review = docs.find((d) => d.type === 'review' && d.reviewRating);
  const found = { review, claim: byType('claim'), controversy: byType('controversy'), score: review?.reviewRating };
  const missing = Object.entries(found).filter(([, v]) => !v).map(([k]) => k);
  assert(!missing.length, `data/ has no ${missing.join(', ')} document to render`);
  return found;
}

// JSON inside <script> must not be able to close the script element.
const jsonChild = (doc) =>
  `<script type="application/json">${JSON.stringify(doc).replace(/</g, '\\u003c')}</script>`;

let tarball;
await checks.check('npm pack', () => {
  // PACK_DIR (set by `npm test`) keeps the tarball for the package checks, so the package is packed once.
  const destination = process.env.PACK_DIR ? resolve(process.env.PACK_DIR) : work;
  mkdirSync(destination, { recursive: true });
  const out = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', destination], ROOT);
  const [info] = JSON.parse(out);
  tarball = join(destination, info.filename);
  const files = info.files.map((f) => f.path);
  const required = [
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'custom-elements.json',
    'schema/review-cards.schema.json',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/all.js',
    'dist/cdn/review-cards.js',
    'dist/editor/vscode.html-custom-data.json',
    'dist/editor/web-types.json',
    ...TAGS.map((t) => t.slice(3)).flatMap((n) => [
      `dist/components/${n}/${n}.define.js`,
      `dist/components/${n}/${n}.define.d.ts`,
    ]),
  ];
  const missing = required.filter((f) => !files.includes(f));
  assert(!missing.length, `missing from the tarball: ${missing.join(', ')}`);
  const stray = files.filter((f) => /^(src|tests|stories|scripts|data|\.storybook|node_modules)\//.test(f));
  assert(!stray.length, `files that should not ship: ${stray.slice(0, 5).join(', ')}`);
  return `${info.filename}: ${files.length} files, ${(info.size / 1000).toFixed(1)} kB packed, ${(info.unpackedSize / 1000).toFixed(1)} kB unpacked`;
});

await checks.check('install the tarball into an empty project (offline-first)', () => {
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'smoke-app', private: true, type: 'module' }, null, 2));
  assert(tarball, 'no tarball');
  npm(['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'], app);
  assert(existsSync(join(app, 'node_modules/review-cards/package.json')), 'review-cards is not in node_modules');
});

// (a) Node: what an app developer or an SSR server sees.
const nodeScript = `
  const out = {};
  const main = await import('review-cards');
  out.mainExports = Object.keys(main).sort();
  out.definedAfterMain = ${JSON.stringify(TAGS)}.filter((t) => globalThis.customElements?.get(t));
  const schemas = await import('review-cards/schemas.js');
  out.schemaExports = Object.keys(schemas).sort();
  const { default: jsonSchema } = await import('review-cards/schema.json', { with: { type: 'json' } });
  out.jsonSchemaKeys = Object.keys(jsonSchema);
  const { default: manifest } = await import('review-cards/custom-elements.json', { with: { type: 'json' } });
  out.manifestTags = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean).sort();
  const missing = [];
  const { existsSync } = await import('node:fs');
  const { fileURLToPath } = await import('node:url');
  const pkg = (await import('review-cards/package.json', { with: { type: 'json' } })).default;
  for (const [key, target] of Object.entries(pkg.exports)) {
    const paths = typeof target === 'string' ? [target] : Object.values(target);
    for (const p of paths) if (!existsSync(new URL(p, import.meta.resolve('review-cards/package.json')))) missing.push(key + ' → ' + p);
  }
  for (const p of [pkg.main, pkg.types, pkg.jsdelivr, pkg.unpkg, pkg['web-types'], pkg.customElements]) {
    if (p && !existsSync(new URL(p, import.meta.resolve('review-cards/package.json')))) missing.push(p);
  }
  out.missingTargets = missing;
  await import('review-cards/score-badge.js');
  out.definedAfterBadge = ${JSON.stringify(TAGS)}.filter((t) => globalThis.customElements?.get(t));
  console.log(JSON.stringify(out));
`;
let node;
await checks.check('Node: the main entry, schemas, schema.json and manifest import', () => {
  node = JSON.parse(run(process.execPath, ['--input-type=module', '-e', nodeScript], { cwd: app }).trim().split('\n').pop());
  const missing = CLASSES.filter((c) => !node.mainExports.includes(c));
  assert(!missing.length, `the main entry does not export ${missing.join(', ')}`);
  for (const s of ['ScoreSchema', 'ReviewSchema', 'ClaimSchema', 'ControversySchema']) {
    assert(node.mainExports.includes(s), `the main entry does not export ${s}`);
    assert(node.schemaExports.includes(s), `review-cards/schemas.js does not export ${s}`);
  }
  assert(node.jsonSchemaKeys.includes('$schema'), 'schema.json has no $schema');
  const unlisted = TAGS.filter((t) => !node.manifestTags.includes(t));
  assert(!unlisted.length, `custom-elements.json does not list ${unlisted.join(', ')}`);
  return `${node.mainExports.length} exports`;
});
await checks.check('Node: every exports/main/types/cdn target exists', () => {
  assert(node, 'not run');
  assert(!node.missingTargets.length, node.missingTargets.join(', '));
});
await checks.check('Node: the main entry registers no tag; review-cards/score-badge.js registers its own', () => {
  assert(node, 'not run');
  assert(!node.definedAfterMain.length, `importing 'review-cards' defined ${node.definedAfterMain.join(', ')}`);
  assert(node.definedAfterBadge.includes('rc-score-badge'), "importing 'review-cards/score-badge.js' did not define rc-score-badge");
});

await checks.check('TypeScript: a strict app type-checks against the published types', () => {
  writeFileSync(
    join(app, 'app.ts'),
    `import { ScoreBadge, ReviewCard, ReviewSchema, type Review } from 'review-cards';
import 'review-cards/review-card.js';
import 'review-cards/score-badge.js';
import type { CustomElements } from 'review-cards/jsx';
type BadgeProps = CustomElements['rc-score-badge'];
const props: BadgeProps = { value: 6, best: 10 };
const card: ReviewCard = document.createElement('rc-review-card');
const badge: ScoreBadge | undefined = document.querySelector('rc-score-badge') ?? undefined;
const parsed = ReviewSchema.safeParse({});
const review: Review | undefined = parsed.success ? parsed.data : undefined;
if (review) card.data = review;
export { badge, props };
`,
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'], noEmit: true, skipLibCheck: false, types: [],
      },
      files: ['app.ts'],
    }),
  );
  run(process.execPath, [tsc, '-p', '.'], { cwd: app });
});

if (existsSync(join(ROOT, pkg.bin?.['review-cards'] ?? '-'))) {
  await checks.check('bin: `review-cards --help` runs from the installed package', () => {
    run(join(app, 'node_modules/.bin/review-cards'), ['--help'], { cwd: app });
  });
}

// (b) and (c): in Chromium.
let docs;
await checks.check('data/ has a review with a score, a claim and a controversy', () => {
  docs = sampleDocuments();
});

// The strictest policy a careful publisher would set: no inline script or style.
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'";
const cdnPage = (d) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>CDN smoke</title><link rel="icon" href="data:,">
<script type="module" src="/node_modules/review-cards/dist/cdn/review-cards.js"></script></head>
<body>
<rc-score-badge>${jsonChild(d.score)}</rc-score-badge>
<rc-review-card>${jsonChild(d.review)}</rc-review-card>
<rc-claim-quote>${jsonChild(d.claim)}</rc-claim-quote>
<rc-controversy-summary>${jsonChild(d.controversy)}</rc-controversy-summary>
<rc-score-badge><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'Rating', ratingValue: 4, bestRating: 5 })}</script></rc-score-badge>
</body></html>`;

let browser;
try {
  browser = await launchChromium();
} catch (error) {
  checks.fail('launch Chromium', error instanceof Error ? error.message : String(error));
}

async function renderCheck(url, expectedTags) {
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });
  const { page, problems } = await openRecordingPage(context);
  try {
    await page.addInitScript(() => {
      window.__rcErrors = [];
      addEventListener('rc-error', (e) => window.__rcErrors.push(`${e.target.localName}: ${JSON.stringify(e.detail).slice(0, 300)}`), true);
    });
    await page.goto(url, { waitUntil: 'load' });
    const states = await settleElements(page);
    const rcErrors = await page.evaluate(() => window.__rcErrors);
    for (const tag of expectedTags) {
      const s = states.find((x) => x.tag === tag);
      assert(s, `<${tag}> is not in the page`);
      assert(s.defined, `<${tag}> was never defined`);
      assert(s.error === null, `<${tag}> shows its error state: ${s.error}`);
      assert(!s.pending, `<${tag}> is still loading`);
      assert(s.text > 0, `<${tag}> rendered no text`);
    }
    const broken = states.filter((s) => s.error !== null);
    assert(!broken.length, broken.map((s) => `<${s.tag}> shows its error state: ${s.error}`).join('; '));
    assert(!rcErrors.length, rcErrors.join(' | '));
    assert(!problems.length, problems.slice(0, 3).join(' | '));
    return `${states.length} elements rendered`;
  } finally {
    await context.close();
  }
}

if (browser && docs) {
  const server = await serve(app, {
    pages: { '/cdn.html': cdnPage(docs) },
    headers: { 'content-security-policy': CSP },
  });
  await checks.check('CDN: a plain page with only dist/cdn/review-cards.js renders all four tags, and JSON-LD through the lazy chunk, under a strict CSP', () =>
    renderCheck(`${server.url}/cdn.html`, TAGS),
  );
  await server.close();

  await checks.check('Vite app: importing review-cards/review-card.js renders the card (and its badge)', async () => {
    const { build } = await import('vite');
    writeFileSync(
      join(app, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>app</title><link rel="icon" href="data:,">
<script type="module" src="./main.js"></script></head><body></body></html>`,
    );
    writeFileSync(
      join(app, 'main.js'),
      `import 'review-cards/review-card.js';
const card = document.createElement('rc-review-card');
card.data = ${JSON.stringify(docs.review)};
document.body.append(card);
`,
    );
    await build({ root: app, configFile: false, logLevel: 'error', build: { outDir: join(app, 'dist'), emptyOutDir: true } });
    const appServer = await serve(join(app, 'dist'), { headers: { 'content-security-policy': CSP } });
    try {
      return await renderCheck(`${appServer.url}/index.html`, ['rc-review-card']);
    } finally {
      await appServer.close();
    }
  });
}

await browser?.close();
if (!keep) rmSync(work, { recursive: true, force: true });
else console.log(`smoke: kept ${work}`);
checks.finish();
