// The JSON-LD corpus in Node: every document converts for its element (or, when unusable, fails), the
// plan names exactly one node shown, and the corpus covers what issue 14 asks (sources, languages, scripts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromSchemaOrg, planSchemaOrg } from '../../../../src/adapters/schema-org/index.js';
import { validateScore } from '../../../../src/schemas/lean/score-validator.generated.js';
import { validateClaim, validateReview } from '../../../../src/schemas/lean/validators.generated.js';
import { parseCorpusFile, type CorpusDocument, type CorpusElement } from '../../../corpus/json-ld/corpus.js';

const DIR = join(import.meta.dirname, '../../../corpus/json-ld');
const corpus: CorpusDocument[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((f) => parseCorpusFile(f.slice(0, -'.html'.length), readFileSync(join(DIR, f), 'utf8')));

const ACCEPT: Record<CorpusElement, (value: unknown) => boolean> = {
  'rc-review-card': (v) => validateReview(v).ok,
  'rc-claim-quote': (v) => validateClaim(v).ok,
  'rc-score-badge': (v) => validateScore(v).ok,
};

describe('the JSON-LD corpus, converted in Node', () => {
  it('holds at least 40 usable documents, each naming the tool or site it imitates', () => {
    expect(corpus.filter((d) => !d.error).length).toBeGreaterThanOrEqual(40);
    for (const d of corpus) expect(d.imitates.length, d.name).toBeGreaterThan(20);
  });

  it('lists every corpus file in index.json, which the Chromium test reads', () => {
    const index = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8')) as string[];
    expect(index).toEqual(corpus.map((d) => `${d.name}.html`));
  });

  it('has fact checks in at least eight languages and three scripts', () => {
    const checks = corpus.filter((d) => d.element === 'rc-claim-quote');
    expect(new Set(checks.map((d) => d.language.split('-')[0])).size).toBeGreaterThanOrEqual(8);
    const scripts = ['Latin', 'Cyrillic', 'Arabic', 'Devanagari', 'Han', 'Hiragana', 'Hangul'].filter((script) =>
      corpus.some((d) => new RegExp(`\\p{Script=${script}}`, 'u').test(d.shows.join(' '))));
    expect(scripts.length).toBeGreaterThanOrEqual(3);
  });

  for (const d of corpus) {
    it(`${d.name}: ${d.error ? 'fails for' : 'converts for'} <${d.element}>`, () => {
      const result = fromSchemaOrg(d.script, { accept: ACCEPT[d.element] });
      if (d.error) {
        const accepted = result.ok && ACCEPT[d.element](result.value);
        expect(accepted, 'unusable markup must not convert').toBe(false);
        return;
      }
      if (!result.ok) throw new Error(result.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
      expect(ACCEPT[d.element](result.value)).toBe(true);
      const plan = planSchemaOrg(d.script, { accept: ACCEPT[d.element] });
      expect(plan.filter((use) => use.use === 'shown')).toHaveLength(1);
    });
  }
});
