import { z } from 'zod';
import { EVENT_KINDS, EVENT_STATUSES, PARTICIPATION_ROLES } from '../vocabulary.js';
import { dateInput, entityBase, evidence, id, ref } from './common.js';

export const participantInput = z.strictObject({
  actor: id,
  role: z.enum(PARTICIPATION_ROLES),
  /** The country or body whose delegation the actor belonged to, when the source says. */
  onBehalfOf: id.optional(),
  evidence,
});

/** A meeting, visit, conference, mission or seminar, held or planned. */
export const eventInput = z.strictObject({
  ...entityBase,
  name: z.string().min(1),
  kind: z.enum(EVENT_KINDS),
  status: z.enum(EVENT_STATUSES).default('held'),
  date: dateInput.optional(),
  /** Ordinal in a series, e.g. 7 for the 7th GMMP meeting. */
  number: z.number().int().positive().optional(),
  places: z.array(ref).default([]),
  convenedBy: z.array(ref).default([]),
  participants: z.array(participantInput).default([]),
  /** Earlier events this one continues. */
  continues: z.array(ref).default([]),
  /** Events this one was held alongside ("en marge de"). */
  alongside: z.array(ref).default([]),
  /** A larger event this one was part of. */
  partOf: ref.optional(),
  /** Instruments that frame this event ("s'inscrit dans le cadre de"). */
  framedBy: z.array(ref).default([]),
  themes: z.array(ref).default([]),
});
export type ParticipantInput = z.infer<typeof participantInput>;
export type EventInput = z.infer<typeof eventInput>;
