import { ENTITY_LABELS, type EntityLabel, type FuzzyDate, parseFuzzyDate } from '@diplograph/schema';

/** A node as the API hands it to resolvers: its properties, dates rebuilt, and its GraphQL type. */
export interface GraphRecord {
  id: string;
  __typename: EntityLabel;
  [property: string]: unknown;
}

/** A stored record of one label, as resolvers see it. */
export type Stored<T> = T & { __typename: EntityLabel };

/** Properties of a relationship, with the ids of the evidence that supports it. */
export interface RelationshipProps {
  id: string;
  evidence?: string[];
  [property: string]: unknown;
}

/**
 * Stored properties no field reads: the folded copies of names and quotes that only the full-text
 * index uses, and the ingest's digest. A map projection cannot leave keys out, so they are
 * projected as null: Neo4j does not send their text, and `toRecord` drops them.
 */
const UNREAD = ['searchAcronym', 'searchName', 'searchAliases', 'searchQuote', 'digest'];

const nodeFields = (n: string) => `.*, __labels: labels(${n}), ${UNREAD.map((k) => `${k}: null`).join(', ')}`;

/** The Cypher projection that `toRecord` reads. */
export const NODE_PROJECTION = (n: string) => `${n} {${nodeFields(n)}}`;

/** A passage's projection with its source's, so that `Evidence.source` costs no statement of its own. */
export const EVIDENCE_PROJECTION = (n: string) =>
  `${n} {${nodeFields(n)}, source: [(${n})-[:QUOTED_FROM]->(${n}_source:Source) | ${NODE_PROJECTION(`${n}_source`)}][0]}`;

/**
 * Turns a projected node into a record: `<name>`, `<name>Precision`, `<name>Earliest` and
 * `<name>Latest` properties become one fuzzy date; the GraphQL type comes from the label.
 */
export function toRecord(row: Record<string, unknown>): GraphRecord {
  const { __labels, ...props } = row as { __labels: string[] } & Record<string, unknown>;
  for (const key of UNREAD) delete props[key];
  const record: Record<string, unknown> = rebuildDates(props);
  record.__typename = ENTITY_LABELS.find((label) => __labels.includes(label));
  return record as GraphRecord;
}

export function rebuildDates(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...props };
  for (const key of Object.keys(props)) {
    if (!(`${key}Precision` in props)) continue;
    out[key] = fuzzy(props[key]);
    delete out[`${key}Precision`];
    delete out[`${key}Earliest`];
    delete out[`${key}Latest`];
  }
  return out;
}

export function fuzzy(text: unknown): FuzzyDate | null {
  if (typeof text !== 'string') return null;
  const parsed = parseFuzzyDate(text);
  return typeof parsed === 'string' ? null : parsed;
}
