#!/usr/bin/env node
// Checks that custom-elements.json is the committed one (nothing changed when it was regenerated) and
// documents each element completely: every attribute, public property, event, slot, part and CSS custom
// property has a description, and every part="…" and --rc-<element>-* the element's sources use is
// listed. Run after `npm run analyze` (`npm run check:manifest`; `npm test` runs both).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createChecks, assert } from './lib/checks.mjs';

const TAGS = ['rc-score-badge', 'rc-review-card', 'rc-claim-quote', 'rc-controversy-summary'];
const checks = createChecks('manifest');

await checks.check('custom-elements.json is up to date (if not, run `npm run generate` and commit it)', () => {
  // The committed (staged) copy, as `git diff --exit-code` would compare it.
  let committed;
  try {
    committed = execFileSync('git', ['show', ':custom-elements.json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 2 ** 20 });
  } catch (error) {
    throw new Error(`no committed custom-elements.json to compare with (${String(error.stderr ?? error.message).trim()}): commit the generated file`);
  }
  assert(committed === readFileSync('custom-elements.json', 'utf8'), 'regenerating it changed it: run `npm run generate` and commit custom-elements.json');
});
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const declarations = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, modulePath: m.path })));
const byTag = new Map(declarations.filter((d) => d.tagName).map((d) => [d.tagName, d]));

/**
 * The source an element renders from: its class file and the modules it imports,
 * following relative imports but not into another element's class (a nested
 * element's parts live in its own shadow root).
 */
function renderedSource(entry) {
  const seen = new Set();
  const texts = [];
  const visit = (file, isEntry) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    if (!isEntry && /class\s+\w+\s+extends\s+RcElement\b/.test(text)) return;
    texts.push(text);
    for (const [, spec] of text.matchAll(/(?:from|import)\s+['"](\.{1,2}\/[^'"]+)\.js['"]/g)) {
      visit(resolve(dirname(file), `${spec}.ts`), false);
    }
  };
  visit(resolve(entry), true);
  return texts.join('\n');
}

for (const tag of TAGS) {
  await checks.check(`<${tag}> is fully documented`, () => {
    const d = byTag.get(tag);
    assert(d, 'not in the manifest');
    const problems = [];
    const undocumented = (kind, list = []) =>
      list.filter((x) => !(x.description ?? '').trim()).forEach((x) => problems.push(`${kind} ${x.name} has no description`));
    if (!(d.description ?? '').trim()) problems.push('no class description');
    if (!(d.summary ?? '').trim()) problems.push('no @summary');
    undocumented('attribute', d.attributes);
    undocumented(
      'property',
      (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.privacy && !m.name.startsWith('_')),
    );
    undocumented('event', d.events);
    undocumented('slot', d.slots);
    undocumented('part', d.cssParts);
    undocumented('CSS property', d.cssProperties);
    if (!(d.events ?? []).some((e) => e.name === 'rc-error')) problems.push('no @fires rc-error');
    if (!(d.cssParts ?? []).length) problems.push('no @csspart');
    if (!(d.cssProperties ?? []).length) problems.push('no @cssproperty');

    const name = tag.slice(3);
    const src = renderedSource(`src/components/${name}/${name}.ts`);
    const parts = new Set(d.cssParts?.map((p) => p.name));
    const used = new Set([...src.matchAll(/part="([^"$]+)"/g)].flatMap((m) => m[1].split(/\s+/)));
    for (const p of used) if (!parts.has(p)) problems.push(`part "${p}" is rendered but not documented`);
    const props = new Set(d.cssProperties?.map((p) => p.name));
    for (const [, v] of src.matchAll(new RegExp(`var\\((--rc-${name}-[\\w-]+)`, 'g'))) {
      if (!props.has(v)) problems.push(`${v} is used but not documented`);
    }
    assert(!problems.length, [...new Set(problems)].join('; '));
    return `${d.attributes?.length ?? 0} attributes, ${d.cssParts?.length ?? 0} parts, ${d.cssProperties?.length ?? 0} CSS properties, ${d.events?.length ?? 0} events`;
  });
}

await checks.check('editor data and JSX types were generated', () => {
  for (const f of ['dist/editor/vscode.html-custom-data.json', 'dist/editor/vscode.css-custom-data.json', 'dist/editor/web-types.json', 'dist/jsx/jsx.d.ts']) {
    assert(existsSync(f), `${f} is missing`);
  }
  const html = JSON.parse(readFileSync('dist/editor/vscode.html-custom-data.json', 'utf8'));
  const tags = html.tags.map((t) => t.name);
  const missing = TAGS.filter((t) => !tags.includes(t));
  assert(!missing.length, `VS Code data lacks ${missing.join(', ')}`);
});

checks.finish();
