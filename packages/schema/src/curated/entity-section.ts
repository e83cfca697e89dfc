import type { z } from 'zod';
import { type EntityLabel, RELATIONSHIPS, type RelationshipType } from '../vocabulary.js';
import type { RefInput } from './common.js';

/**
 * A fact-file section plain enough for the ingest's generic builder: each entry is a node of
 * `label`; each field named in `links` is a list of references, each a relationship of its type;
 * every other field of the entry's own (not its id, description or evidence) is a property of the
 * node. A section whose entries need more (dates, nested entities, qualified links) keeps a builder
 * of its own.
 */
export interface EntitySection<I extends z.ZodObject = z.ZodObject, R extends z.ZodObject = z.ZodObject> {
  label: EntityLabel;
  /** An entry of the section in a fact file. */
  input: I;
  /** What its node stores. */
  record: R;
  links: { [K in keyof z.infer<I>]?: z.infer<I>[K] extends RefInput[] ? RelationshipType : never };
}

/** Declares a section, checking that what `links` names are lists of references. */
export function entitySection<I extends z.ZodObject, R extends z.ZodObject>(
  section: EntitySection<I, R>,
): EntitySection<I, R> {
  return section;
}

/**
 * Which end of a relationship of this type an entity of this label is: the vocabulary says, so a
 * section's links need not. A type that may join the label at both ends has its source there.
 */
export function endOf(label: EntityLabel, type: RelationshipType): 'from' | 'to' {
  const from: readonly EntityLabel[] = RELATIONSHIPS[type].from;
  return from.includes(label) ? 'from' : 'to';
}
