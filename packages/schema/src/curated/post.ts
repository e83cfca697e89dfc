import { z } from 'zod';
import { dateInput, entityBase, evidence, id, ref } from './common.js';

/**
 * A person's tenure of a post as the sources give it: stated start or end dates when they exist,
 * otherwise the dates on which a source attests that the person held it.
 */
export const holdingInput = z
  .strictObject({
    person: id,
    /** The title as the source writes it, which may differ from the post's title. */
    title: z.string().min(1),
    start: dateInput.optional(),
    end: dateInput.optional(),
    attested: z.array(dateInput).default([]),
    evidence,
  })
  .refine((h) => h.start !== undefined || h.end !== undefined || h.attested.length > 0, {
    message: 'a holding needs a start, an end or at least one attested date',
  });

/** A position that exists apart from its holders, such as France's directeur de l'immigration. */
export const postInput = z
  .strictObject({
    ...entityBase,
    title: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    /** The body the post belongs to; a head of state's post may have only a country. */
    organization: ref.optional(),
    country: ref.optional(),
    holders: z.array(holdingInput).default([]),
  })
  .refine((p) => p.organization !== undefined || p.country !== undefined, {
    message: 'a post needs an organization or a country',
  });
export type HoldingInput = z.infer<typeof holdingInput>;
export type PostInput = z.infer<typeof postInput>;
