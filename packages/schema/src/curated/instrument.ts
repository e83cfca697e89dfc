import { z } from 'zod';
import { DERIVATIONS, INSTRUMENT_KINDS, INSTRUMENT_STATUSES, PARTY_ROLES } from '../vocabulary.js';
import { dateInput, entityBase, evidence, id, ref } from './common.js';

export const partyInput = z.strictObject({
  actor: id,
  role: z.enum(PARTY_ROLES),
  evidence,
});

/** A link to the instrument or commitment this one implements, follows or is framed by. */
export const derivationInput = z.strictObject({
  from: id,
  how: z.enum(DERIVATIONS),
  evidence,
});

export const axisInput = z.strictObject({
  ...entityBase,
  name: z.string().min(1),
  /** Position of the axis in the instrument, from 1. */
  order: z.number().int().positive(),
});

/** A declaration, agreement, roadmap or strategy: adopted or signed when, where, by whom. */
export const instrumentInput = z.strictObject({
  ...entityBase,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  kind: z.enum(INSTRUMENT_KINDS),
  status: z.enum(INSTRUMENT_STATUSES),
  date: dateInput.optional(),
  places: z.array(ref).default([]),
  adoptedAt: ref.optional(),
  parties: z.array(partyInput).default([]),
  derivesFrom: z.array(derivationInput).default([]),
  axes: z.array(axisInput).default([]),
  themes: z.array(ref).default([]),
});
export type PartyInput = z.infer<typeof partyInput>;
export type DerivationInput = z.infer<typeof derivationInput>;
export type AxisInput = z.infer<typeof axisInput>;
export type InstrumentInput = z.infer<typeof instrumentInput>;
