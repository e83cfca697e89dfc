import {
  ENTITY_SECTION_NAMES,
  ENTITY_SECTIONS,
  type EntityLabel,
  type EvidenceInput,
  endOf,
  type RelationshipType,
  ref,
} from '@diplograph/schema';
import { z } from 'zod';
import type { FactDocument } from '../facts/read-facts.js';
import { at, type BuildContext } from './context.js';
import { addEntity } from './entity.js';
import type { Properties } from './graph-data.js';
import { linkRefs } from './links.js';

/** An entry of a section the generic builder compiles, as the section's schema parsed it. */
type Entry = { id: string; description?: string | undefined; evidence: EvidenceInput } & Record<
  string,
  unknown
>;

/** Fields every entry has that are not properties of its own (addEntity stores the description). */
const BASE_FIELDS = new Set(['id', 'description', 'evidence']);

const refs = z.array(ref);

/** The entries of every section declared with entitySection (programmes...), each by its declaration. */
export function buildEntitySections(ctx: BuildContext, doc: FactDocument): void {
  for (const section of ENTITY_SECTION_NAMES) {
    const { label, links } = ENTITY_SECTIONS[section];
    buildEntries(ctx, doc, section, label, links, doc.data[section]);
  }
}

function buildEntries(
  ctx: BuildContext,
  doc: FactDocument,
  section: string,
  label: EntityLabel,
  links: Partial<Record<string, RelationshipType>>,
  entries: readonly Entry[],
): void {
  entries.forEach((input, index) => {
    const location = { doc, path: [section, index] };
    const props: Properties = {};
    for (const [field, value] of Object.entries(input))
      if (!BASE_FIELDS.has(field) && !links[field]) props[field] = value ?? null;
    const evidence = addEntity(ctx, label, input, location, props);
    for (const [field, type] of Object.entries(links)) {
      // The section's schema made this field a list of references; entitySection checked it.
      const list = refs.safeParse(input[field]);
      if (!type || !list.success) continue;
      const self = endOf(label, type) === 'from' ? { from: input.id } : { to: input.id };
      linkRefs(ctx, type, self, list.data, at(location, field), evidence);
    }
  });
}
