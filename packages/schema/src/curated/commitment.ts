import { z } from 'zod';
import { COMMITMENT_KINDS, COMMITMENT_STATUSES } from '../vocabulary.js';
import { dateInput, entityBase, ref } from './common.js';
import { derivationInput } from './instrument.js';

/** What was promised, decided or agreed, by whom and where, and what it derives from. */
export const commitmentInput = z.strictObject({
  ...entityBase,
  /** One line in our own words. */
  summary: z.string().min(1),
  kind: z.enum(COMMITMENT_KINDS),
  status: z.enum(COMMITMENT_STATUSES),
  date: dateInput.optional(),
  madeBy: z.array(ref).default([]),
  madeAt: ref.optional(),
  derivesFrom: z.array(derivationInput).default([]),
  /** Axis of an instrument this measure belongs to. */
  axis: ref.optional(),
  themes: z.array(ref).default([]),
});
export type CommitmentInput = z.infer<typeof commitmentInput>;
