import type { EntityMention } from './annotation.js';

/** The four CoNLL classes every pipeline's NER model has. */
export type EntityType = 'PER' | 'LOC' | 'ORG' | 'MISC';

// French tags PER, LOC, ORG, MISC; English and Spanish spell them out.
const TYPES: Record<string, EntityType> = {
  PER: 'PER',
  PERSON: 'PER',
  LOC: 'LOC',
  LOCATION: 'LOC',
  ORG: 'ORG',
  ORGANIZATION: 'ORG',
  MISC: 'MISC',
};

/** The mention's class whatever the language's model calls it; undefined for any other label. */
export function entityType(mention: Pick<EntityMention, 'ner'>): EntityType | undefined {
  return TYPES[mention.ner.replace(/^[BI]-/, '')];
}
