import { z } from 'zod';
import { PLACE_KINDS } from '../vocabulary.js';
import { entityBase, ref } from './common.js';

export const placeInput = z.strictObject({
  ...entityBase,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  kind: z.enum(PLACE_KINDS),
  /** The city, region or country the place lies in. */
  in: ref.optional(),
});
export type PlaceInput = z.infer<typeof placeInput>;
