#!/usr/bin/env node
// The public API report: what an app can import from the package, so that a change to it is seen
// and meant, not made by accident. Reads the built .d.ts files (`tsc -p tsconfig.build.json`).
//   node scripts/api-report.mjs            check: fails if the API differs from etc/api/ (prints the diff)
//   node scripts/api-report.mjs --update   rewrite etc/api/ (`npm run api:update` builds the .d.ts first)
//
// API Extractor reports one entry point per run, so each entry point of package.json's `exports`
// that has types is analysed in one shared TypeScript program:
// - `review-cards` (the main entry) gets a full report, etc/api/review-cards.api.md;
// - an entry that declares something the main entry does not export (`review-cards/ssr`) gets its
//   own full report;
// - the others only re-export declarations already in the main report (`all.js`, `schemas.js`, the
//   CDN file, each tag's define entry): etc/api/entry-points.md lists the names each one exports.
//   A full report of each would repeat the main one (about 260 kB each, mostly zod's schema types).
// `review-cards/jsx` is left out: it is generated from custom-elements.json, which the manifest stage
// checks.
import { CompilerState, ConsoleMessageId, Extractor, ExtractorConfig, ExtractorLogLevel } from '@microsoft/api-extractor';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { createChecks } from './lib/checks.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const CONFIG = join(ROOT, 'api-extractor.json');
const REPORT_DIR = join(ROOT, 'etc/api');
const ENTRY_POINTS = join(REPORT_DIR, 'entry-points.md');
const UPDATE_COMMAND = '`npm run api:update`';
/** What a failure tells to run: every generated file at once, or the API reports alone. */
const FIX = '`npm run generate` (or `npm run api:update` for the API reports alone)';
const update = process.argv.includes('--update');
const checks = createChecks('api');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** Entry points with types, as [import specifier, absolute .d.ts path]. */
const entries = Object.entries(pkg.exports)
  .filter(([key, target]) => key !== './jsx' && typeof target === 'object' && target.types)
  // A pattern (`./locales/*.js`) stands for one entry point per name its source folder has (src/locales/*.define.ts).
  .flatMap(([key, target]) =>
    key.includes('*')
      ? readdirSync(join(ROOT, 'src', dirname(target.types.replace(/^\.\/dist\//, ''))))
          .filter((f) => f.endsWith('.define.ts'))
          .map((f) => f.slice(0, -'.define.ts'.length))
          .map((name) => [key.replace('*', name), { types: target.types.replace('*', name) }])
      : [[key, target]],
  )
  .map(([key, target]) => [key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`, join(ROOT, target.types)]);
/** `review-cards/ssr` → `review-cards-ssr`, the report's file name. */
const reportName = (specifier) => specifier.replace(/\.js$/, '').replace(/[^a-z0-9-]+/gi, '-');

const missing = entries.filter(([, file]) => !existsSync(file)).map(([, file]) => relative(ROOT, file));
if (missing.length) {
  checks.fail('the .d.ts files exist', `missing ${missing.join(', ')}: run \`npm run build\` (or \`tsc -p tsconfig.build.json\`) first`);
  checks.finish();
  process.exit();
}

const base = ExtractorConfig.loadFile(CONFIG);
const configFor = (specifier, file) =>
  ExtractorConfig.prepare({
    configObject: {
      ...base,
      mainEntryPointFilePath: file,
      apiReport: { ...base.apiReport, reportFileName: reportName(specifier) },
    },
    configObjectFullPath: CONFIG,
    packageJsonFullPath: join(ROOT, 'package.json'),
  });

const [mainSpecifier, mainFile] = entries[0];
const mainConfig = configFor(mainSpecifier, mainFile);
// One program for every entry point: the type checker's work is shared between the reports.
const state = CompilerState.create(mainConfig, { additionalEntryPoints: entries.map(([, file]) => file) });
const program = /** @type {any} */ (state.program);
const checker = program.getTypeChecker();

/** The declarations an entry point exports, by exported name (aliases followed to their source). */
function exportsOf(file) {
  const source = program.getSourceFile(file);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  const out = new Map();
  for (const symbol of moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : []) {
    out.set(symbol.escapedName, symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
  }
  return out;
}

const mainExports = exportsOf(mainFile);
const fullReports = [[mainSpecifier, mainFile]];
const nameLists = [];
for (const [specifier, file] of entries.slice(1)) {
  const own = [...exportsOf(file)].filter(([name, symbol]) => mainExports.get(name) !== symbol).map(([name]) => name);
  (own.length ? fullReports : nameLists).push([specifier, file]);
}

// API Extractor's own console lines (compiler version, "report unchanged", …) are noise here; its
// errors, warnings and the report diff are not.
const quiet = new Set([
  ConsoleMessageId.Preamble,
  ConsoleMessageId.CompilerVersionNotice,
  ConsoleMessageId.ApiReportUnchanged,
  ConsoleMessageId.ApiReportNotCopied,
  ConsoleMessageId.ApiReportCopied,
  ConsoleMessageId.ApiReportCreated,
  ConsoleMessageId.WritingApiReport,
]);
const messageCallback = (message) => {
  if (quiet.has(message.messageId) || /skipLibCheck/.test(message.text)) message.handled = true;
  else if (message.logLevel === ExtractorLogLevel.Info || message.logLevel === ExtractorLogLevel.Verbose) message.handled = true;
};

mkdirSync(REPORT_DIR, { recursive: true });
for (const [specifier, file] of fullReports) {
  const config = specifier === mainSpecifier ? mainConfig : configFor(specifier, file);
  const reportFile = relative(ROOT, join(REPORT_DIR, `${reportName(specifier)}.api.md`));
  await checks.check(`${specifier}: ${reportFile} matches the public API`, () => {
    const result = Extractor.invoke(config, {
      localBuild: update,
      compilerState: state,
      messageCallback,
      printApiReportDiff: !update,
    });
    if (result.errorCount > 0) throw new Error(`API Extractor reported ${result.errorCount} error(s); see above`);
    if (result.apiReportChanged && !update) {
      throw new Error(`the public API of ${specifier} changed (diff above). If that is meant, run ${FIX} and commit ${reportFile}`);
    }
    return update && result.apiReportChanged ? 'updated' : '';
  });
}

// A report left from an entry point that no longer gets one would otherwise go on looking current.
const expected = new Set(fullReports.map(([specifier]) => `${reportName(specifier)}.api.md`));
const stale = readdirSync(REPORT_DIR).filter((f) => f.endsWith('.api.md') && !expected.has(f));
await checks.check('etc/api/ holds no report of an entry point that has none', () => {
  if (!stale.length) return '';
  if (update) {
    for (const f of stale) rmSync(join(REPORT_DIR, f));
    return `removed ${stale.join(', ')}`;
  }
  throw new Error(`${stale.join(', ')} belong to no entry point with its own declarations: run ${FIX} and commit etc/api/`);
});

// The names each re-exporting entry point exports, one per line so that a diff reads as the change.
const names = new Map(nameLists.map(([specifier, file]) => [specifier, [...exportsOf(file).keys()].sort()]));
const listing = [
  '# Entry points that re-export the main entry',
  '',
  `Generated by scripts/api-report.mjs (${UPDATE_COMMAND}); do not edit. Each entry point below exports`,
  `only declarations that \`${mainSpecifier}\` exports too; their signatures are in ${reportName(mainSpecifier)}.api.md.`,
  ...[...names].flatMap(([specifier, list]) => ['', `## ${specifier}`, '', ...list.map((n) => `- ${n}`)]),
  '',
].join('\n');
/** The committed listing read back: entry point → names. */
function parseListing(text) {
  const out = new Map();
  let current;
  for (const line of text.split('\n')) {
    if (line.startsWith('## ')) out.set((current = line.slice(3)), []);
    else if (current && line.startsWith('- ')) out.get(current).push(line.slice(2));
  }
  return out;
}
await checks.check(`${relative(ROOT, ENTRY_POINTS)} lists what ${names.size} re-exporting entry points export`, () => {
  const before = existsSync(ENTRY_POINTS) ? readFileSync(ENTRY_POINTS, 'utf8') : '';
  if (before === listing) return '';
  if (update) {
    writeFileSync(ENTRY_POINTS, listing);
    return 'updated';
  }
  const was = parseListing(before);
  const changes = [];
  for (const specifier of new Set([...was.keys(), ...names.keys()])) {
    const [old, now] = [was.get(specifier) ?? [], names.get(specifier) ?? []];
    const gone = old.filter((n) => !now.includes(n));
    const added = now.filter((n) => !old.includes(n));
    if (gone.length) changes.push(`${specifier} no longer exports ${gone.join(', ')}`);
    if (added.length) changes.push(`${specifier} now exports ${added.join(', ')}`);
  }
  throw new Error(
    `${changes.join('; ') || 'the listing differs'}. If that is meant, run ${FIX} and commit ${relative(ROOT, ENTRY_POINTS)}`,
  );
});

checks.finish();
