import { z } from 'zod';
import { entityBase } from './common.js';

/** A subject of cooperation (readmission, legal mobility...), used to file events and commitments. */
export const themeInput = z.strictObject({
  ...entityBase,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
});
export type ThemeInput = z.infer<typeof themeInput>;
