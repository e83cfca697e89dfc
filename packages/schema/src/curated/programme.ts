import { z } from 'zod';
import { entityBase, ref } from './common.js';
import { entitySection } from './entity-section.js';

/**
 * A standing scheme of cooperation (a seasonal-workers or labour-mobility programme): who runs it
 * and which instruments or commitments set it up.
 */
export const programmeInput = z.strictObject({
  ...entityBase,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  acronym: z.string().min(1).optional(),
  runBy: z.array(ref).default([]),
  /** Instruments or commitments that set it up or extend it. */
  establishedBy: z.array(ref).default([]),
});

export const programmeSection = entitySection({
  label: 'Programme',
  input: programmeInput,
  links: { runBy: 'RUN_BY', establishedBy: 'ESTABLISHES' },
});
