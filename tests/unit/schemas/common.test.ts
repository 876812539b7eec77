import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  AgentSchema, IsoDate, LIMITS, LanguageTag, SafeUrl, SourceSchema, isIsoDate, isSafeUrl, list, validate,
} from '../../../src/schemas/index.js';
import { expectAccepted, expectRejected } from './expect-issues.js';

// Wrapped in an object so the message carries a path, as it does inside a document.
const field = <T extends z.ZodMiniType>(schema: T) => z.object({ field: schema });

describe('IsoDate', () => {
  it.each(['2024', '2024-09', '2024-09-12', '2024-09-12T10:00Z', '2024-02-29', '2024-09-12T10:00:30.5+02:00', '0001'])(
    'accepts %s',
    (date) => {
      expectAccepted(field(IsoDate), { field: date });
    },
  );

  it.each(['2024-13', '2024-00', '2024-02-30', '2023-02-29', '2024-09-31', 'yesterday', '24-09-12', '2024/09/12', '2024-9-1', '2024-09-12T24:00Z', '0000', '', ' 2024'])(
    'rejects %j, naming the field',
    (date) => {
      expect(expectRejected(field(IsoDate), { field: date }, 'field')).toMatch(/ISO 8601|too long/);
    },
  );

  it('rejects a date that is not a string, saying what it got', () => {
    expect(expectRejected(field(IsoDate), { field: 2024 }, 'field')).toContain('must be a string, not a number');
  });
});

describe('SafeUrl', () => {
  it.each(['https://example.com/a?b=c#d', 'http://example.com', 'HTTPS://EXAMPLE.COM', '/reviews/1', 'reviews/1', '../x', '?page=2', '#top', '//cdn.example.com/x', 'http:'])(
    'accepts %j',
    (url) => {
      expectAccepted(field(SafeUrl), { field: url });
      expect(isSafeUrl(url)).toBe(true);
    },
  );

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', 'javascript\u0000:x', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', 'file:///etc/passwd', 'ftp://example.com', '\u2028javascript:x', 'https://exa mple.com', ''])(
    'rejects %j, naming the field',
    (url) => {
      expectRejected(field(SafeUrl), { field: url }, 'field');
      expect(isSafeUrl(url)).toBe(false);
    },
  );

  it('rejects a URL longer than the limit by length, before looking at it', () => {
    expect(expectRejected(field(SafeUrl), { field: `https://example.com/${'a'.repeat(LIMITS.url)}` }, 'field')).toContain('too long');
  });
});

describe('text limits', () => {
  const megabyte = 'a'.repeat(1_000_000);

  it('rejects a 1 MB string by its length, fast, before any pattern runs', () => {
    // Shapes that would make a backtracking pattern crawl, if one ever ran on them.
    const hostile = [megabyte, `${'2024-'.repeat(200_000)}x`, `${'a-'.repeat(500_000)}!`];
    for (const schema of [IsoDate, SafeUrl, LanguageTag, AgentSchema.shape.name]) {
      for (const value of hostile) {
        const started = performance.now();
        const result = validate(field(schema), { field: value });
        const elapsed = performance.now() - started;
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.issues).toEqual([expect.objectContaining({ path: ['field'], code: 'too_big' })]);
        // Generous for a loaded machine; a pattern scanning 1 MB would take far longer.
        expect(elapsed).toBeLessThan(200);
      }
    }
  });

  it('rejects empty and whitespace-only text, and trims the rest', () => {
    expect(expectRejected(AgentSchema, { name: '' }, 'name')).toContain('must not be empty');
    expectRejected(AgentSchema, { name: '   ' }, 'name');
    expect(expectAccepted(AgentSchema, { name: '  Jane Doe ' }).name).toBe('Jane Doe');
  });

  it('rejects text one character over its limit', () => {
    expectAccepted(AgentSchema, { name: 'a'.repeat(LIMITS.shortText) });
    expect(expectRejected(AgentSchema, { name: 'a'.repeat(LIMITS.shortText + 1) }, 'name')).toContain('at most 300 characters');
  });

  it('rejects lists over their cap without checking the items', () => {
    const sources = Array.from({ length: 51 }, () => ({}));
    const text = expectRejected(z.object({ sources: list(SourceSchema, 50) }), { sources }, 'sources');
    expect(text.split('\n')).toHaveLength(1);
  });
});

describe('LanguageTag', () => {
  it.each(['en', 'ru', 'uk', 'pt-BR', 'zh-Hant-TW'])('accepts %s', (tag) => {
    expectAccepted(field(LanguageTag), { field: tag });
  });
  it.each(['english', 'e', 'en_US', 'en-', ''])('rejects %j', (tag) => {
    expectRejected(field(LanguageTag), { field: tag }, 'field');
  });
});

describe('AgentSchema and SourceSchema', () => {
  it('rejects an unknown agent type, listing the allowed ones', () => {
    expect(expectRejected(AgentSchema, { name: 'X', type: 'robot' }, 'type')).toContain('"person", "organization"');
  });

  it('needs a url or a title for a source', () => {
    expectAccepted(SourceSchema, { url: 'https://example.com' });
    expectAccepted(SourceSchema, { title: 'Programme notes' });
    const result = validate(SourceSchema, { publisher: 'Somewhere' });
    expect(result.ok ? '' : result.issues[0]?.message).toBe('a source needs a url or a title');
  });

  it('reports wrong types with the path of the field', () => {
    expect(expectRejected(AgentSchema, { name: ['Jane'] }, 'name')).toContain('must be a string, not an array');
    expect(expectRejected(AgentSchema, { name: 'X', url: 42 }, 'url')).toContain('not a number');
  });
});

describe('isIsoDate', () => {
  it('knows leap years', () => {
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
  });
});
