import { z } from 'zod';
import { aliases, node } from '../record-fields.js';
import { entityBase, ref } from './common.js';
import { entitySection } from './entity-section.js';

// The entity types simple enough to be declared once each (see EntitySection): the fact files'
// section, the ingest's builder and the node's record all come from the declaration here.

/**
 * A standing scheme of cooperation (a seasonal-workers or labour-mobility programme): who runs it
 * and which instruments or commitments set it up.
 */
const programme = entitySection({
  label: 'Programme',
  input: z.strictObject({
    ...entityBase,
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    acronym: z.string().min(1).optional(),
    runBy: z.array(ref).default([]),
    /** Instruments or commitments that set it up or extend it. */
    establishedBy: z.array(ref).default([]),
  }),
  record: z.object({ ...node, aliases, acronym: z.string().nullable() }),
  links: { runBy: 'RUN_BY', establishedBy: 'ESTABLISHES' },
});

// Each declaration is named below by its section, its list in a fact file and its label. TypeScript
// cannot type an object built by a loop over keys, so these three lines are written out.

/** The sections the ingest compiles with its generic builder; the others have builders of their own. */
export const ENTITY_SECTIONS = { programmes: programme };
export type EntitySectionName = keyof typeof ENTITY_SECTIONS;
export const ENTITY_SECTION_NAMES = Object.keys(ENTITY_SECTIONS) as EntitySectionName[];

/** Their lists in a fact file. */
export const ENTITY_SECTION_LISTS = { programmes: z.array(programme.input).default([]) };

/** What their nodes store, by label (records.ts NODE_RECORDS has them with the others). */
export const ENTITY_RECORDS = { Programme: programme.record };
