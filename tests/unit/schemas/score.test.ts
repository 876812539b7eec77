import { describe, expect, it } from 'vitest';
import {
  LetterScoreSchema, NamedScoreSchema, NumericScoreSchema, ScoreSchema, normalizeScore, scoreBand, type Score,
} from '../../../src/schemas/index.js';
import { expectAccepted, expectRejected } from './expect-issues.js';

const numeric = (value: number, best: number, worst?: number): Score => ({ kind: 'numeric', value, best, ...(worst === undefined ? {} : { worst }) });

describe('NumericScoreSchema', () => {
  it.each([
    [6, 10, undefined],
    [4.5, 5, undefined],
    [0, 10, undefined],
    [10, 10, undefined],
    [1, 5, 1],
    [-2, 2, -3],
  ])('accepts %s on a scale up to %s (worst %s)', (value, best, worst) => {
    expectAccepted(NumericScoreSchema, { ...numeric(value, best, worst) });
  });

  it('rejects a value above best, naming the value', () => {
    const text = expectRejected(NumericScoreSchema, numeric(11, 10), 'value');
    expect(text).toContain('above the best score 10');
  });

  it('rejects a value below worst, naming the value', () => {
    expectRejected(NumericScoreSchema, numeric(0, 5, 1), 'value');
    expectRejected(NumericScoreSchema, numeric(-1, 10), 'value');
  });

  it.each([
    [10, 10],
    [5, 10],
  ])('rejects best %s not above worst %s, naming best', (best, worst) => {
    expectRejected(NumericScoreSchema, numeric(5, best, worst), 'best');
  });

  it.each([
    ['value', { kind: 'numeric', value: Number.NaN, best: 10 }],
    ['value', { kind: 'numeric', value: Number.POSITIVE_INFINITY, best: 10 }],
    ['best', { kind: 'numeric', value: 5, best: Number.POSITIVE_INFINITY }],
    ['worst', { kind: 'numeric', value: 5, best: 10, worst: Number.NEGATIVE_INFINITY }],
  ])('rejects a non-finite %s as "must be a finite number"', (path, input) => {
    expect(expectRejected(NumericScoreSchema, input, path)).toContain(`${path}: must be a finite number`);
  });

  it('rejects a number given as a string, saying what it got', () => {
    expect(expectRejected(NumericScoreSchema, { kind: 'numeric', value: '6', best: 10 }, 'value')).toContain('must be a number, not a string');
  });

  it('reports a missing best as required', () => {
    expect(expectRejected(NumericScoreSchema, { kind: 'numeric', value: 6 }, 'best')).toContain('is required');
  });
});

describe('LetterScoreSchema and NamedScoreSchema', () => {
  it('accepts a letter on the default A+ … F scale and rejects one off it', () => {
    expectAccepted(LetterScoreSchema, { kind: 'letter', value: 'B+' });
    expect(expectRejected(LetterScoreSchema, { kind: 'letter', value: 'E' }, 'value')).toContain('is not on the scale');
  });

  it('checks a letter against its own scale when one is given', () => {
    expectAccepted(LetterScoreSchema, { kind: 'letter', value: 'S', scale: ['S', 'A', 'B'] });
    expectRejected(LetterScoreSchema, { kind: 'letter', value: 'A+', scale: ['S', 'A', 'B'] }, 'value');
  });

  it('accepts any named rating without a scale, and only listed ones with a scale', () => {
    expectAccepted(NamedScoreSchema, { kind: 'named', value: 'Pants on Fire' });
    const scale = ['True', 'Mostly true', 'Half true', 'Mostly false', 'False'];
    expectAccepted(NamedScoreSchema, { kind: 'named', value: 'Half true', scale });
    expectRejected(NamedScoreSchema, { kind: 'named', value: 'Pants on Fire', scale }, 'value');
  });

  it('rejects an unknown kind, listing the kinds', () => {
    expect(expectRejected(ScoreSchema, { kind: 'stars', value: 4 }, 'kind')).toContain('"numeric", "letter", "named"');
  });
});

describe('normalizeScore', () => {
  it.each([
    [numeric(6, 10), 60],
    [numeric(4.5, 5), 90],
    [numeric(87, 100), 87],
    [numeric(3, 5, 1), 50],
    [numeric(1, 5, 1), 0],
  ])('maps %j to %s', (score, expected) => {
    expect(normalizeScore(score)).toBeCloseTo(expected, 10);
  });

  it('ranks letters on the default scale from F (0) to A+ (100)', () => {
    expect(normalizeScore({ kind: 'letter', value: 'A+' })).toBe(100);
    expect(normalizeScore({ kind: 'letter', value: 'F' })).toBe(0);
    expect(normalizeScore({ kind: 'letter', value: 'B' })).toBe(((12 - 4) / 12) * 100);
  });

  it('ranks a named rating by its place on the scale, and gives nothing without a scale', () => {
    const scale = ['True', 'Mostly true', 'Half true', 'Mostly false', 'False'];
    expect(normalizeScore({ kind: 'named', value: 'Half true', scale })).toBe(50);
    expect(normalizeScore({ kind: 'named', value: 'False', scale })).toBe(0);
    expect(normalizeScore({ kind: 'named', value: 'Pants on Fire' })).toBeUndefined();
  });
});

describe('scoreBand', () => {
  const on100 = (value: number, bands: Score['bands']): Score => ({ kind: 'numeric', value, best: 100, bands });

  it.each([
    [100, 'universal-acclaim'],
    [81, 'universal-acclaim'],
    [80.9, 'generally-favorable'],
    [61, 'generally-favorable'],
    [60, 'mixed'],
    [40, 'mixed'],
    [39, 'generally-unfavorable'],
    [20, 'generally-unfavorable'],
    [19, 'overwhelming-dislike'],
    [0, 'overwhelming-dislike'],
  ])('puts %s in the Metacritic band %s (81/61/40/20)', (value, band) => {
    expect(scoreBand(on100(value, 'metacritic'))?.id).toBe(band);
  });

  it.each([
    [60, 'fresh'],
    [59.9, 'rotten'],
    [100, 'fresh'],
    [0, 'rotten'],
  ])('puts %s %% on the Rotten Tomatoes side %s (60 %% line)', (value, band) => {
    expect(scoreBand(on100(value, 'rotten-tomatoes'))?.id).toBe(band);
  });

  it('uses the default preset unless the score or the caller names one', () => {
    expect(scoreBand(numeric(7, 10))?.id).toBe('high');
    expect(scoreBand(numeric(6, 10))?.id).toBe('mid');
    expect(scoreBand(numeric(3, 10))?.id).toBe('low');
    expect(scoreBand(numeric(6, 10), 'rotten-tomatoes')?.id).toBe('fresh');
  });

  it('bands letter grades and ordered named ratings, and not unordered ones', () => {
    expect(scoreBand({ kind: 'letter', value: 'A', bands: 'metacritic' })?.id).toBe('universal-acclaim');
    expect(scoreBand({ kind: 'letter', value: 'F' })?.tone).toBe('negative');
    expect(scoreBand({ kind: 'named', value: 'True', scale: ['True', 'False'] })?.tone).toBe('positive');
    expect(scoreBand({ kind: 'named', value: 'False' })).toBeUndefined();
  });
});
