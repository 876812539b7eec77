// Value coercion for the schema.org reader: what publishers write (entities, tags, "7/10", "1h 52m",
// loose dates, language names) → what our schema accepts.
import { LIMITS, isIsoDate, isSafeUrl } from '../../schemas/rules.js';
import type { IssuePath } from '../../schemas/validate.js';
import { JsonLdReader, first, isNode, literal, prop, type JsonLdNode } from './json-ld.js';

const NAMED_ENTITIES = new Map<string, string>([
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['nbsp', '\u00a0'],
  ['hellip', '…'], ['ndash', '–'], ['mdash', '—'], ['lsquo', '‘'], ['rsquo', '’'], ['ldquo', '“'], ['rdquo', '”'],
  ['laquo', '«'], ['raquo', '»'],
]);

/** WordPress plugins HTML-escape JSON-LD text (`&#8217;`); JSON-LD has no entities, so decode the common ones. */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (match, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : match;
    }
    return NAMED_ENTITIES.get(body.toLowerCase()) ?? match;
  });
}

const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi;

/** `reviewBody` often carries HTML; ours is text, so tags go and block ends become line breaks. */
export function stripTags(value: string): string {
  if (!/<\/?[a-z]/i.test(value)) return value;
  return value
    .replace(/<br\s*\/?>|<\/(?:p|div|li|h[1-6])>/gi, '\n')
    .replace(HTML_TAG, '')
    .replace(/\n{3,}/g, '\n\n');
}

/** At most `max` characters, cut at a code point boundary and marked with an ellipsis. */
export function clip(value: string, max: number): string {
  if (value.length <= max) return value;
  let cut = value.slice(0, max - 1);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

export interface TextOptions {
  /** Strip HTML tags (review bodies, descriptions). */
  html?: boolean;
}

/**
 * Text from a literal (string, number or `@value`), trimmed, entity-decoded and clipped to `max`
 * with a warning: a review whose body is too long still renders. Empty → undefined.
 */
export function readText(reader: JsonLdReader, value: unknown, path: IssuePath, max: number, options: TextOptions = {}): string | undefined {
  const raw = literal(first(value));
  let text: string;
  if (typeof raw === 'string') text = raw;
  else if (typeof raw === 'number' && Number.isFinite(raw)) text = String(raw);
  else return undefined;
  // Clip hostile lengths before any regex work.
  if (text.length > max * 4 + 1_000) text = text.slice(0, max * 4 + 1_000);
  text = decodeEntities(options.html ? stripTags(text) : text).trim();
  if (!text) return undefined;
  if (text.length > max) {
    reader.warn(path, `is longer than ${max} characters and was clipped`, 'clipped');
    text = clip(text, max);
  }
  return text;
}

/** The name of a node (`name`, else given + family name) or a plain string. */
export function readName(reader: JsonLdReader, value: unknown, path: IssuePath, max: number = LIMITS.shortText): string | undefined {
  const node = reader.resolve(literal(first(value)));
  if (!isNode(node)) return readText(reader, node, path, max);
  const name = readText(reader, prop(node, 'name'), [...path, 'name'], max);
  if (name) return name;
  const given = readText(reader, prop(node, 'givenName'), path, max);
  const family = readText(reader, prop(node, 'familyName'), path, max);
  const joined = [given, family].filter(Boolean).join(' ');
  return joined ? clip(joined, max) : readText(reader, prop(node, 'alternateName'), [...path, 'alternateName'], max);
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * A number from a number or a string as publishers write it. Decisions: "4,5" is a decimal comma
 * (4.5); "1,234" (groups of three) is a thousands separator (1234); with both "." and ",", the last
 * one is the decimal mark ("1.234,5" → 1234.5, "1,234.5" → 1234.5). Spaces are ignored.
 */
export function parseNumber(value: unknown): number | undefined {
  const raw = literal(value);
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string' || raw.length > 40) return undefined;
  let s = raw.replace(/[\s\u00a0\u202f]/g, '');
  const dot = s.lastIndexOf('.');
  const comma = s.lastIndexOf(',');
  if (dot >= 0 && comma >= 0) {
    s = dot > comma ? s.replace(/,/g, '') : s.replace(/\./g, '').replace(',', '.');
  } else if (comma >= 0) {
    s = /^[+-]?\d{1,3}(?:,\d{3})+$/.test(s) ? s.replace(/,/g, '') : s.replace(',', '.');
  }
  if (!NUMBER.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

const NUM = String.raw`[+-]?\d+(?:[.,]\d+)?`;
const FRACTION = new RegExp(String.raw`^\s*(${NUM})\s*(?:/|out of|of)\s*(${NUM})\s*$`, 'i');
const PERCENT = new RegExp(String.raw`^\s*(${NUM})\s*%\s*$`);

/** A rating written as text: "6 / 10", "4.5 out of 5", "60%" (Google accepts all three). */
export function parseRatingText(value: string): { value: number; best?: number; percent?: boolean } | undefined {
  if (value.length > 40) return undefined;
  const fraction = FRACTION.exec(value);
  if (fraction) {
    const v = parseNumber(fraction[1]);
    const best = parseNumber(fraction[2]);
    return v === undefined || best === undefined ? undefined : { value: v, best };
  }
  const percent = PERCENT.exec(value);
  if (percent) {
    const v = parseNumber(percent[1]);
    return v === undefined ? undefined : { value: v, best: 100, percent: true };
  }
  const plain = parseNumber(value);
  return plain === undefined ? undefined : { value: plain };
}

const ISO_DURATION = /^P(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/i;
const LOOSE_DURATION = /^(?:(\d+)\s*h(?:ours?|rs?)?\.?)?\s*(?:(\d+)\s*m(?:in(?:ute)?s?)?\.?)?$/i;

/**
 * Whole minutes from an ISO 8601 duration (PT95M, PT1H35M, PT1H35M20S → 95), a bare number of
 * minutes, or "1h 35m" / "95 min". Years and months are not exact lengths, so they are refused.
 */
export function parseDurationMinutes(value: unknown): number | undefined {
  const raw = literal(value);
  if (typeof raw === 'number') return Number.isFinite(raw) && raw >= 0 ? Math.round(raw) : undefined;
  if (typeof raw !== 'string' || raw.length > 40) return undefined;
  const s = raw.trim();
  const iso = ISO_DURATION.exec(s);
  if (iso && s !== 'P' && !/T$/i.test(s)) {
    const [weeks, days, hours, minutes, seconds] = iso.slice(1).map((part) => (part === undefined ? 0 : Number(part.replace(',', '.'))));
    const total = (weeks ?? 0) * 10_080 + (days ?? 0) * 1_440 + (hours ?? 0) * 60 + (minutes ?? 0) + (seconds ?? 0) / 60;
    return Math.round(total);
  }
  const loose = LOOSE_DURATION.exec(s);
  if (loose && (loose[1] !== undefined || loose[2] !== undefined)) {
    return Number(loose[1] ?? 0) * 60 + Number(loose[2] ?? 0);
  }
  return undefined;
}

/** Minutes as an ISO 8601 duration: 129 → PT129M (the form IMDb and Google use). */
export const toIsoDuration = (minutes: number): string => `PT${minutes}M`;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * An ISO date or date-time, kept as written. A space instead of `T` (WordPress) is mended;
 * an English date such as "September 12, 2024" is read as a day, with a warning.
 */
export function readDate(reader: JsonLdReader, value: unknown, path: IssuePath): string | undefined {
  const raw = literal(first(value));
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 1000 && raw <= 9999) return String(raw);
  if (typeof raw !== 'string') return undefined;
  const s = raw.trim();
  if (!s || s.length > 60) {
    if (s) reader.warn(path, 'is not a date and was ignored', 'invalid-date');
    return undefined;
  }
  if (isIsoDate(s)) return s;
  const mended = s.replace(/^(\d{4}-\d{2}-\d{2})[ ](\d{2}:\d{2})/, '$1T$2').replace(/ ?([+-]\d{2}:?\d{2}|Z)$/, '$1');
  if (isIsoDate(mended)) return mended;
  if (/\b\d{4}\b/.test(s) && /[a-z]/i.test(s)) {
    const parsed = new Date(s);
    if (!Number.isNaN(parsed.getTime())) {
      const day = `${pad(parsed.getFullYear(), 4)}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`;
      if (isIsoDate(day)) {
        reader.warn(path, `"${clip(s, 40)}" is not ISO 8601; read as ${day}`, 'date-reformatted');
        return day;
      }
    }
  }
  reader.warn(path, `"${clip(s, 40)}" is not an ISO 8601 date and was ignored`, 'invalid-date');
  return undefined;
}

export const yearOf = (isoDate: string): number => Number(isoDate.slice(0, 4));
export const isYearOnly = (isoDate: string): boolean => /^\d{4}$/.test(isoDate);

/**
 * A URL from a string, a `{"url": …}` node or an `{"@id": …}` node, kept only where it leads
 * somewhere from any page: an absolute `http(s)` URL, a protocol-relative one (`//host/path`), or a
 * path-absolute one (`/path`, resolved against the page like any link). A bare host name
 * ("www.example.org"), a relative path, `javascript:`, `data:` or other junk would become a broken
 * or unsafe link, so it is dropped with a warning, never a failed document. HTML entities, which
 * WordPress writes into URLs (`&amp;`), are decoded first.
 */
export function readUrl(reader: JsonLdReader, value: unknown, path: IssuePath): string | undefined {
  let raw = literal(first(value));
  if (isNode(raw)) raw = literal(first(prop(raw, 'url') ?? raw['@id']));
  if (typeof raw !== 'string') return undefined;
  const url = decodeEntities(raw.slice(0, LIMITS.url * 2)).trim();
  if (!url) return undefined;
  const shown = () => clip(url.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' '), 60);
  if (!isSafeUrl(url)) {
    reader.warn(path, `"${shown()}" is not an http(s) or relative URL and was dropped`, 'unsafe-url');
    return undefined;
  }
  if (!LEADS_SOMEWHERE.test(url)) {
    reader.warn(path, `"${shown()}" is not an absolute http(s) URL or a path from the site's root, so it would be a broken link; dropped`, 'not-a-link');
    return undefined;
  }
  return url;
}

/** `https://host…`, `//host…` or `/path…` (not `//` alone); whitespace inside means it is not a URL. */
const LEADS_SOMEWHERE = /^(?:https?:\/\/[^\s/?#]+|\/\/[^\s/?#]+|\/(?!\/))[^\s]*$/i;

const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;
const LANGUAGE_NAMES = new Map<string, string>([
  ['english', 'en'], ['russian', 'ru'], ['ukrainian', 'uk'], ['french', 'fr'], ['german', 'de'], ['spanish', 'es'],
  ['italian', 'it'], ['portuguese', 'pt'], ['polish', 'pl'], ['dutch', 'nl'], ['arabic', 'ar'], ['hebrew', 'he'],
  ['chinese', 'zh'], ['japanese', 'ja'], ['korean', 'ko'], ['turkish', 'tr'], ['hindi', 'hi'], ['persian', 'fa'],
]);

/** A BCP 47 tag from `"en"`, `"en_US"`, `"English"` or a `Language` node (`alternateName` or `name`). */
export function readLanguage(reader: JsonLdReader, value: unknown, path: IssuePath): string | undefined {
  const raw = reader.resolve(literal(value));
  const candidates = isNode(raw) ? [prop(raw, 'alternateName'), prop(raw, 'name')] : [raw];
  for (const candidate of candidates) {
    const c = literal(first(candidate));
    if (typeof c !== 'string' || c.length > 35) continue;
    const tag = c.trim().replace(/_/g, '-');
    if (LANGUAGE_TAG.test(tag)) return tag;
    const named = LANGUAGE_NAMES.get(tag.toLowerCase());
    if (named) return named;
  }
  if (raw !== undefined) reader.warn(path, 'is not a language tag such as en or pt-BR and was ignored', 'invalid-language');
  return undefined;
}

/** Drops undefined values and empty arrays, so emitted JSON-LD and converted data carry no noise. */

/** A node's language for formatting only (names joined, numbers): no warning, that comes where it is read. */
export const quietLanguage = (node: JsonLdNode): string | undefined => {
  const value = first(prop(node, 'inLanguage'));
  return value === undefined ? undefined : readLanguage(new JsonLdReader(null), value, []);
};

/** A node's `inLanguage` for the data, with a warning where it cannot be read. */
export const languageOf = (reader: JsonLdReader, node: JsonLdNode, path: IssuePath): string | undefined => {
  const value = first(prop(node, 'inLanguage'));
  return value === undefined ? undefined : readLanguage(reader, value, [...path, 'inLanguage']);
};
