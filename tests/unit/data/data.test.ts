import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DocumentSchema, describeIssues, validate } from '../../../src/schemas/index.js';
import type { Assessment, Claim, ReviewCardsDocument, Source } from '../../../src/schemas/index.js';

const DATA = join(dirname(fileURLToPath(import.meta.url)), '../../../data');
const SCHEMA_POINTER = '../../schema/review-cards.schema.json';
const SEED_NOTE = /\bSeed 00[0-4]_[0-9a-f]{16}\.txt\b/;

interface IndexEntry {
  file: string;
  type: ReviewCardsDocument['type'];
  title: string;
  seed: string;
}

const index = JSON.parse(readFileSync(join(DATA, 'index.json'), 'utf8')) as IndexEntry[];

/** Every .json under data/, as a path relative to data/ with forward slashes. */
function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsonFiles(path);
    return entry.name.endsWith('.json') ? [relative(DATA, path).split(sep).join('/')] : [];
  });
}

const read = (file: string): unknown => JSON.parse(readFileSync(join(DATA, file), 'utf8'));

/** The parsed document, failing the test with the validator's own wording when it is invalid. */
function parse(file: string): ReviewCardsDocument {
  const result = validate(DocumentSchema, read(file));
  if (!result.ok) throw new Error(`${file}:\n${describeIssues(result.issues)}`);
  return result.value;
}

/** Every claim in a document: itself, a review's claims, a controversy's statements and position claims. */
function claimsIn(doc: ReviewCardsDocument): Array<{ where: string; claim: Claim }> {
  if (doc.type === 'claim') return [{ where: '(root)', claim: doc }];
  if (doc.type === 'review') return (doc.claims ?? []).map((claim, i) => ({ where: `claims[${i}]`, claim }));
  return [
    ...(doc.statements ?? []).map((claim, i) => ({ where: `statements[${i}]`, claim })),
    ...doc.positions.flatMap((p, i) => (p.claims ?? []).map((claim, j) => ({ where: `positions[${i}].claims[${j}]`, claim }))),
  ];
}

/** A claim's judgements that are present, by axis. */
function judgementsOf(claim: Claim): Array<[string, Assessment]> {
  const { attribution, mediaAuthenticity, verdict } = claim.verification;
  return Object.entries({ attribution, mediaAuthenticity, verdict }).filter((entry): entry is [string, Assessment] => entry[1] !== undefined);
}

/** Every Source object anywhere in a document: in `sources` and `evidence` lists. */
function sourcesIn(value: unknown, path = ''): Array<{ where: string; source: Source }> {
  if (Array.isArray(value)) return value.flatMap((item, i) => sourcesIn(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const here = path ? `${path}.${key}` : key;
    if ((key === 'sources' || key === 'evidence') && Array.isArray(child)) {
      return [
        ...child.map((source: Source, i) => ({ where: `${here}[${i}]`, source })),
        ...child.flatMap((item, i) => sourcesIn(item, `${here}[${i}]`)),
      ];
    }
    return sourcesIn(child, here);
  });
}

/** Every string a reader can see: all of a document's text but editors' notes and the $schema pointer. */
function readerText(value: unknown, path = ''): Array<{ where: string; text: string }> {
  if (typeof value === 'string') return [{ where: path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => readerText(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value)
    .filter(([key]) => key !== 'editorNote' && key !== '$schema')
    .flatMap(([key, child]) => readerText(child, path ? `${path}.${key}` : key));
}

/** How often a character occurs in a text. */
const count = (text: string, char: string): number => text.split(char).length - 1;

/** A person's surname, or an organisation's whole name: how a text would name them. */
const surname = (name: string): string => name.split(/\s+/).at(-1) ?? name;

/** A named speaker, as opposed to "Unnamed captured Russian soldier" and the like. */
const isNamed = (claim: Claim): boolean => !/^unnamed\b/i.test(claim.speaker.name);

describe('data/index.json', () => {
  it('lists every file once, and each listed file exists', () => {
    const files = index.map((entry) => entry.file);
    expect(new Set(files).size).toBe(files.length);
    for (const file of files) expect(existsSync(join(DATA, file)), file).toBe(true);
  });

  it('lists every JSON document under data/', () => {
    const onDisk = jsonFiles(DATA).filter((file) => file !== 'index.json').sort();
    expect(index.map((entry) => entry.file).sort()).toEqual(onDisk);
  });

  it('gives each entry a title and the seed file it came from', () => {
    for (const entry of index) {
      expect(entry.title.trim(), entry.file).not.toBe('');
      expect(entry.seed, entry.file).toMatch(/^00[0-4]_[0-9a-f]{16}\.txt$/);
    }
  });

  it('covers all five seeds', () => {
    expect(new Set(index.map((entry) => entry.seed)).size).toBe(5);
  });
});

describe.each(index.map((entry) => [entry.file, entry.type] as const))('data/%s', (file, type) => {
  it('validates against DocumentSchema with no errors and no unknown-field warnings', () => {
    const result = validate(DocumentSchema, read(file));
    expect(result.ok ? [] : describeIssues(result.issues)).toEqual([]);
    expect(describeIssues(result.warnings)).toBe('');
  });

  it(`is a ${type}, as the index says, in a folder named for its type`, () => {
    const doc = parse(file);
    expect(doc.type).toBe(type);
    const folder = { review: 'reviews/', claim: 'claims/', controversy: 'controversies/' }[type];
    expect(file.startsWith(folder)).toBe(true);
  });

  it('points $schema at the generated JSON Schema', () => {
    expect(parse(file).$schema).toBe(SCHEMA_POINTER);
  });

  it('gives every claim at least one source, and every judgement a judge the sources name', () => {
    for (const { where, claim } of claimsIn(parse(file))) {
      expect(claim.sources.length, where).toBeGreaterThan(0);
      for (const [axis, assessment] of judgementsOf(claim)) {
        expect(assessment.by?.name.trim() ?? '', `${where}.verification.${axis}.by`).not.toBe('');
        expect(assessment.by?.name, `${where}.verification.${axis}.by`).not.toMatch(/data editors|review-cards/i);
      }
    }
  });

  it('shows readers none of the editors\' workings: no seed file, no "data editors", no judgement by us', () => {
    for (const { where, text } of readerText(read(file))) {
      expect(text, where).not.toMatch(/Seed 00\d|\bthe seeds?\b|data editors|review-cards/i);
    }
  });

  it('balances the quotation marks in every claim, and never wraps a whole text in a pair the card would double', () => {
    for (const { where, claim } of claimsIn(parse(file))) {
      expect(count(claim.text, '“'), `${where}: “ and ” in ${claim.text}`).toBe(count(claim.text, '”'));
      expect(count(claim.text, '"') % 2, `${where}: straight quotes in ${claim.text}`).toBe(0);
      expect(claim.text, where).not.toMatch(/^[“"«„「][^“”"«»„「」]*[”"»“」]$/);
    }
  });

  it('keeps third-person accounts out of direct speech: a direct claim does not name its own speaker', () => {
    for (const { where, claim } of claimsIn(parse(file))) {
      if ((claim.speech ?? 'direct') !== 'direct') continue;
      expect(claim.text, `${where} opens with a bracketed pronoun`).not.toMatch(/^\[(?:she|he|they|it)\]/i);
      expect(claim.text, where).not.toMatch(/,\s*(?:said|says|according to)\s+[A-Z]/);
      if (claim.speaker.type === 'person' && isNamed(claim)) {
        expect(claim.text, `${where}: ${claim.speaker.name} in their own words`).not.toContain(surname(claim.speaker.name));
      }
    }
  });

  it('makes reported and mixed speech read as reported: the text names whom it reports, and mixed text quotes a fragment', () => {
    for (const { where, claim } of claimsIn(parse(file))) {
      if ((claim.speech ?? 'direct') === 'direct') continue;
      expect(claim.text, where).toContain(surname(claim.speaker.name));
      if (claim.speech === 'mixed') expect(claim.text, where).toMatch(/“[^”]+”|«[^»]+»|„[^“]+“|「[^」]+」/);
      if (claim.reportedBy) expect(claim.reportedBy.name, where).not.toMatch(/data editors|review-cards/i);
    }
  });

  it('sources every controversy timeline event', () => {
    const doc = parse(file);
    if (doc.type !== 'controversy') return;
    for (const [i, event] of (doc.timeline ?? []).entries()) {
      expect(event.sources.length, `timeline[${i}]`).toBeGreaterThan(0);
    }
  });

  it('names the seed file behind every source in its editorNote, never in the note readers see', () => {
    const sources = sourcesIn(read(file));
    expect(sources.length).toBeGreaterThan(0);
    for (const { where, source } of sources) {
      expect(source.editorNote ?? '', where).toMatch(SEED_NOTE);
      expect(source.note ?? '', where).not.toMatch(/\bseeds?\b|data editors/i);
    }
  });
});

describe.each(index.filter((entry) => entry.type === 'controversy').map((entry) => entry.file))('data/%s positions', (file) => {
  const doc = parse(file);
  if (doc.type !== 'controversy') throw new Error(`${file} is not a controversy`);

  it('names each holder once, in one position, and not again inside another holder', () => {
    const holders = doc.positions.flatMap((p) => p.heldBy);
    const names = holders.map((h) => h.name);
    expect(new Set(names).size, names.join(', ')).toBe(names.length);
    for (const holder of holders) {
      const others = holders.filter((h) => h !== holder).map((h) => `${h.name} ${h.role ?? ''} ${h.affiliation ?? ''}`);
      for (const other of others) expect(other, `${holder.name} is listed twice`).not.toContain(holder.name);
    }
  });

  it('gives each position the same number of claims', () => {
    const sizes = doc.positions.map((p) => p.claims?.length ?? 0);
    expect(new Set(sizes).size, sizes.join(' / ')).toBe(1);
  });
});
