import { z } from 'zod';
import { countryInput, organizationInput, personInput } from './actor.js';
import { commitmentInput } from './commitment.js';
import { decision } from './decision.js';
import { ENTITY_SECTION_LISTS } from './entity-sections.js';
import { eventInput } from './event.js';
import { instrumentInput } from './instrument.js';
import { placeInput } from './place.js';
import { postInput } from './post.js';
import { sourceInput } from './source.js';
import { themeInput } from './theme.js';

/**
 * One curated fact file (YAML). Any file may hold any section; the ingest merges all files of the
 * facts folder and checks that ids are unique across them.
 */
export const factFile = z.strictObject({
  sources: z.array(sourceInput).default([]),
  countries: z.array(countryInput).default([]),
  organizations: z.array(organizationInput).default([]),
  people: z.array(personInput).default([]),
  places: z.array(placeInput).default([]),
  themes: z.array(themeInput).default([]),
  posts: z.array(postInput).default([]),
  events: z.array(eventInput).default([]),
  instruments: z.array(instrumentInput).default([]),
  commitments: z.array(commitmentInput).default([]),
  ...ENTITY_SECTION_LISTS,
  /**
   * Machine-read facts a curator rejects, by their stable ids (a node or a relationship): the
   * ingest leaves them out, with whatever rests on a rejected node. To correct one instead, write
   * the fact in a section above under the same id: a curated fact wins over a machine-read one.
   */
  rejected: z.array(z.strictObject({ id: z.string().min(1), reason: z.string().min(1) })).default([]),
  /**
   * Curators' decisions about machine-read facts, as `./diplograph review export` writes them from
   * the decisions log: the ingest applies them again on every run.
   */
  decisions: z.array(decision).default([]),
});
export type FactFile = z.infer<typeof factFile>;
export type FactSection = keyof FactFile;
