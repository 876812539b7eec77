import * as z from 'zod/mini';
import { AgentSchema, IsoDate, SourceSchema, list, longText, text } from './common.js';
import { ClaimSchema } from './claim.js';
import { WorkSchema } from './work.js';

const sources = (what: string) =>
  list(SourceSchema, 50).check(z.minLength(1, { message: `${what} needs at least one source` }));

/** One side of a contested question, with the people or organisations who hold it. */
export const PositionSchema = z.object({
  /** A neutral heading ("Screenings should continue"), not a judgement of the side. */
  label: text(200),
  summary: longText(),
  heldBy: list(AgentSchema, 100).check(z.minLength(1, { message: 'a position needs at least one named holder' })),
  /** What its holders said, as claims with verification. */
  claims: z.optional(list(ClaimSchema, 50)),
  sources: sources('a position'),
});

/** A dated event on the controversy's timeline; every event carries its source. */
export const TimelineEventSchema = z.object({
  date: IsoDate,
  title: text(300),
  description: z.optional(longText()),
  sources: sources('a timeline event'),
});

/** A contested subject: neutral summary, positions side by side, timeline, statements, outcome. */
export const ControversySchema = z.object({
  type: z.literal('controversy'),
  $schema: z.optional(z.string().check(z.maxLength(500))),
  subject: text(300),
  /** The work at the centre, when there is one. */
  about: z.optional(WorkSchema),
  /** A neutral account that every side could accept as fair. */
  summary: longText(),
  positions: list(PositionSchema, 20).check(z.minLength(2, { message: 'a controversy needs at least two positions' })),
  timeline: z.optional(list(TimelineEventSchema, 500)),
  /** Statements by the parties, as claims. */
  statements: z.optional(list(ClaimSchema, 100)),
  /** Where things stand, as of a date. */
  status: z.optional(z.object({ description: longText(), asOf: IsoDate })),
  /** Other named parties involved, such as festivals or ministries. */
  parties: z.optional(list(AgentSchema, 100)),
  sources: sources('a controversy'),
});

export type Position = z.infer<typeof PositionSchema>;
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
export type Controversy = z.infer<typeof ControversySchema>;
