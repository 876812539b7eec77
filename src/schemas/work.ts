import * as z from 'zod/mini';
import { AgentSchema, IsoDate, LanguageTag, SafeUrl, list, longText, text } from './common.js';
import { WORK_YEARS } from './rules.js';

/** Kinds of reviewed or discussed works. */
export const WORK_KINDS = [
  'film', 'documentary', 'short', 'series', 'episode', 'book', 'article', 'thread',
  'video', 'podcast', 'game', 'album', 'play', 'other',
] as const;

/** A work that is reviewed or discussed: a film, a documentary, a thread, a video… */
export const WorkSchema = z.object({
  /** The title, in its usual form. */
  name: text(),
  kind: z.enum(WORK_KINDS),
  /** Title in its original language or script, when different. */
  originalName: z.optional(text()),
  year: z.optional(z.int().check(z.gte(WORK_YEARS.min), z.lte(WORK_YEARS.max))),
  datePublished: z.optional(IsoDate),
  /** Running time in whole minutes (schema.org `duration` PT129M). */
  runtimeMinutes: z.optional(z.int().check(z.gte(0), z.lte(100_000))),
  /** Cast and crew, each with `role` ("Director", "Writer", "Producer"). */
  people: z.optional(list(AgentSchema, 100)),
  /** Production countries, as written ("Canada", "France"). */
  countries: z.optional(list(text(80), 30)),
  inLanguage: z.optional(list(LanguageTag, 30)),
  description: z.optional(longText()),
  url: z.optional(SafeUrl),
  /** Other pages about the same work (IMDb, Wikipedia, the distributor). */
  sameAs: z.optional(list(SafeUrl, 30)),
});

export type Work = z.infer<typeof WorkSchema>;
export type WorkKind = (typeof WORK_KINDS)[number];
