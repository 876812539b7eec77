import { parse } from '@humanwhocodes/momoa';
import { describe, expect, it } from 'vitest';
import { locatePath, validateDocumentText } from '../../../src/cli/validate-text.js';
import { validClaim, validReview } from '../schemas/documents.js';

const pretty = (value: unknown) => JSON.stringify(value, null, 2);
const brief = (text: string, strict = false) =>
  validateDocumentText(text, { strict }).issues.map((i) => `${i.line}:${i.column} ${i.severity} ${i.code} ${i.path.join('.')}`);

describe('validateDocumentText', () => {
  it('passes a valid document with no issues', () => {
    expect(validateDocumentText(pretty(validReview()))).toEqual({ status: 'valid', issues: [] });
  });

  it('locates a schema error at the offending value', () => {
    const text = pretty({ ...validReview(), reviewRating: { kind: 'numeric', value: 11, best: 10 } });
    const report = validateDocumentText(text);
    expect(report.status).toBe('invalid');
    const issue = report.issues[0]!;
    expect(issue).toMatchObject({ path: ['reviewRating', 'value'], severity: 'error', message: 'value 11 is above the best score 10' });
    const line = text.split('\n')[issue.line! - 1]!;
    expect(line.slice(issue.column! - 1)).toMatch(/^11,?$/);
  });

  it('locates a missing field at the object that lacks it', () => {
    const text = '{\n  "type": "claim",\n  "text": "x",\n  "speaker": {"name": "A"},\n  "sources": [{"title": "T"}],\n  "verification": {\n    "verdict": {\n    }\n  }\n}';
    expect(brief(text)).toEqual(['7:16 error invalid_value verification.verdict.status']);
  });

  it('locates an unknown field at its key, as a warning that keeps the document valid', () => {
    const text = '{"type": "claim", "text": "x", "speaker": {"name": "A", "rol": "B"},\n "sources": [{"title": "T"}], "verification": {"verdict": {"status": "false"}}}';
    expect(validateDocumentText(text).status).toBe('valid');
    expect(brief(text)).toEqual(['1:57 warning unknown-field speaker.rol']);
  });

  it('shows a misspelt field beside the error it causes', () => {
    const text = '{\n  "type": "review",\n  "itemReviewd": {"name": "X", "kind": "film"}\n}';
    expect(brief(text)).toEqual(['1:1 error invalid_type itemReviewed', '3:3 warning unknown-field itemReviewd']);
  });

  it('makes warnings errors in strict mode', () => {
    const text = pretty({ ...validClaim(), confidence: 'high' });
    expect(validateDocumentText(text, { strict: true }).status).toBe('invalid');
    expect(brief(text, true)).toEqual([expect.stringMatching(/^\d+:3 error unknown-field confidence$/)]);
  });

  it('warns about a key given twice, pointing at the one that is dropped', () => {
    const text = '{\n  "type": "review",\n  "verdict": "Bad",\n  "itemReviewed": {"name": "X", "kind": "film"},\n  "verdict": "Good"\n}';
    const report = validateDocumentText(text);
    expect(report.status).toBe('valid');
    expect(report.issues).toEqual([
      expect.objectContaining({ code: 'duplicate-key', path: ['verdict'], line: 3, column: 3, message: expect.stringContaining('also at 5:3') }),
    ]);
  });

  it('orders issues by position in the file', () => {
    const text = pretty({ ...validReview(), url: 'javascript:x', datePublished: 'yesterday', zzz: 1 });
    const lines = validateDocumentText(text).issues.map((i) => i.line!);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(lines).toHaveLength(3);
  });

  describe('text that is not JSON', () => {
    it.each([
      ['a trailing comma, at the comma', '{\n  "type": "review",\n}', '2:19', 'trailing comma before "}"'],
      ['a missing comma', '{"type": "review"\n "text": 1}', '2:2', 'unexpected a string'],
      ['an unclosed object', '{"type": "review"', '1:18', 'unexpected end of the file'],
      ['a stray character', '{"type": review}', '1:10', "unexpected character 'r'"],
      ['a raw control character in a string', '{"type": "re\u0001view"}', '1:13', 'bad control character'],
      ['an empty file', '  \n', '1:1', 'the file is empty'],
    ])('reports %s with its line and column', (_, text, position, reason) => {
      const report = validateDocumentText(text);
      expect(report.status).toBe('not-json');
      expect(report.issues).toHaveLength(1);
      const issue = report.issues[0]!;
      expect(`${issue.line}:${issue.column}`).toBe(position);
      expect(issue.code).toBe('syntax');
      expect(issue.message).toContain(reason);
    });
  });

  it('ignores a byte-order mark', () => {
    expect(validateDocumentText(`\uFEFF${pretty(validReview())}`).status).toBe('valid');
  });

  it('keeps a __proto__ key as a plain unknown field', () => {
    const text = '{"type": "claim", "__proto__": {"polluted": true}, "text": "x", "speaker": {"name": "A"}, "sources": [{"title": "T"}], "verification": {"verdict": {"status": "false"}}}';
    expect(brief(text)).toEqual(['1:19 warning unknown-field __proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('locatePath', () => {
  const ast = parse('{\n  "a": [\n    {"b": 1},\n    {"b": 2, "b": 3}\n  ]\n}');

  it('walks objects and arrays to the value', () => {
    expect(locatePath(ast, ['a', 0, 'b'])).toEqual({ line: 3, column: 11 });
  });

  it('follows the last of duplicated keys, as JSON.parse does', () => {
    expect(locatePath(ast, ['a', 1, 'b'])).toEqual({ line: 4, column: 19 });
  });

  it('points at the key when asked to', () => {
    expect(locatePath(ast, ['a', 0, 'b'], true)).toEqual({ line: 3, column: 6 });
  });

  it('stops at the nearest existing node for a path that is not there', () => {
    expect(locatePath(ast, ['a', 7, 'b'])).toEqual({ line: 2, column: 8 });
    expect(locatePath(ast, ['missing'])).toEqual({ line: 1, column: 1 });
    expect(locatePath(ast, [])).toEqual({ line: 1, column: 1 });
  });
});
