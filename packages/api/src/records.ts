import {
  ENTITY_LABELS,
  type EntityLabel,
  type FuzzyDate,
  parseFuzzyDate,
  REVIEW_QUEUE_KEY,
} from '@diplograph/schema';

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

/** The fuzzy dates of node records (packages/schema records.ts): `<name>` with its companions. */
const NODE_DATES = ['date', 'published', 'founded'];

/**
 * Stored properties no field reads with the node: the folded copies of names and quotes that only
 * the full-text index uses, the ingest's digest, the review queue's sort key (its order, not a
 * fact), an article's whole text (Source.text reads it on its own), and the bounds of fuzzy dates (for sorting and filtering in Cypher; a record's date is
 * rebuilt from its text). A map projection cannot leave keys out, so
 * they are projected as null: Neo4j does not send their values, and `toRecord` drops them.
 */
const UNREAD = new Set([
  'searchAcronym',
  'searchName',
  'searchAliases',
  'searchQuote',
  'digest',
  REVIEW_QUEUE_KEY,
  'articleText',
  ...NODE_DATES.flatMap((date) => [`${date}Earliest`, `${date}Latest`]),
]);

const nodeFields = (n: string) =>
  `.*, __labels: labels(${n}), ${[...UNREAD].map((k) => `${k}: null`).join(', ')}`;

/** The Cypher projection that `toRecord` reads. */
export const NODE_PROJECTION = (n: string) => `${n} {${nodeFields(n)}}`;

/**
 * The projection of only the properties a query reads (`null`: all of them, as NODE_PROJECTION),
 * with each fuzzy date's precision and the node's labels. Names come from the schema's fields,
 * never from a query's text; unread properties stay out.
 */
export function nodeProjection(n: string, properties: readonly string[] | null): string {
  return properties ? partialProjection(n, properties, []) : NODE_PROJECTION(n);
}

/** A node's projection of these properties, with its labels and the `extra` map entries. */
function partialProjection(n: string, properties: readonly string[], extra: string[]): string {
  const keys = properties
    .filter((key) => !UNREAD.has(key))
    .flatMap((key) => (NODE_DATES.includes(key) ? [key, `${key}Precision`] : [key]));
  return `${n} {${[...selected(new Set(keys)), `__labels: labels(${n})`, ...extra].join(', ')}}`;
}

/** Map projection entries of properties by name (backquoted: a field's name may be a Cypher word). */
const selected = (keys: Iterable<string>) => [...keys].map((key) => `.\`${key}\``);

/** The projection of a relationship's properties the query reads (`null`: all of them). */
export function relationshipProjection(r: string, properties: readonly string[] | null): string {
  return properties ? `${r} {${selected(properties).join(', ')}}` : `properties(${r})`;
}

/** A passage's projection with its source's, so that `Evidence.source` costs no statement of its own. */
export const EVIDENCE_PROJECTION = (n: string) => `${n} {${nodeFields(n)}, source: ${sourceOf(n, null)}}`;

const sourceOf = (n: string, properties: readonly string[] | null) =>
  `[(${n})-[:QUOTED_FROM]->(${n}_source:Source) | ${nodeProjection(`${n}_source`, properties)}][0]`;

/** What a request asks of passages and of their sources (`source: null`: their sources are not asked). */
export interface PassageProperties {
  passage: readonly string[];
  source: readonly string[] | null;
}

/** A passage's own properties among those asked: `source` is its source's node, not a property. */
const ownProperties = (properties: PassageProperties) => properties.passage.filter((key) => key !== 'source');

/** The keys of a passage projected with these properties: its own, and `source`. */
export const passageKeys = (properties: PassageProperties | null) =>
  properties && [...ownProperties(properties), 'source'];

/**
 * The projection of the passage properties a request asks (`null`: all, as EVIDENCE_PROJECTION).
 * `withSource: false` for a statement that brings each source once: `Evidence.source` then loads
 * it by `sourceId`.
 */
export function passageProjection(
  n: string,
  properties: PassageProperties | null,
  withSource = true,
): string {
  if (!properties) return withSource ? EVIDENCE_PROJECTION(n) : NODE_PROJECTION(n);
  const source = withSource && properties.source ? sourceOf(n, properties.source) : 'null';
  return partialProjection(n, ownProperties(properties), [`source: ${source}`]);
}

/**
 * Turns a projected node into a record: `<name>`, `<name>Precision`, `<name>Earliest` and
 * `<name>Latest` properties become one fuzzy date; the GraphQL type comes from the label.
 */
export function toRecord(
  row: Record<string, unknown>,
  projected: readonly string[] | null = null,
): GraphRecord {
  const record = rebuildDates(row, UNREAD);
  record.__typename = ENTITY_LABELS.find((label) => (row.__labels as string[]).includes(label));
  return checkedReads(record, projected) as GraphRecord;
}

/**
 * Under test, a record of a projection of some properties throws when a resolver reads one it
 * lacks: a field that reads a property of another name must say so (`reads` in its extensions,
 * compiler/projection.ts), and every test of an answer checks that it does.
 */
const CHECK_READS = process.env.NODE_ENV === 'test';

/** Keys that graphql-js, DataLoader and the test runner probe on any value. */
const PROBED = new Set(['then', 'toJSON', 'constructor', 'asymmetricMatch', 'nodeType', '$$typeof']);

export function checkedReads<T extends object>(record: T, projected: readonly string[] | null): T {
  if (!projected || !CHECK_READS) return record;
  return new Proxy(record, {
    get(target, key, receiver) {
      if (typeof key === 'string' && !(key in target) && !PROBED.has(key) && !key.startsWith('__'))
        throw new Error(`the statement did not project '${key}' (it projected ${projected.join(', ')})`);
      return Reflect.get(target, key, receiver);
    },
  });
}

const COMPANIONS = ['Precision', 'Earliest', 'Latest'];
const NOTHING: ReadonlySet<string> = new Set();

/**
 * The properties with each fuzzy date as one value, leaving out `__labels` and the `skip` keys. It
 * builds a new object in one pass: it runs for every node of every answer.
 */
export function rebuildDates(props: Record<string, unknown>, skip = NOTHING): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(props)) {
    if (key === '__labels' || skip.has(key) || isCompanion(key, props)) continue;
    out[key] = `${key}Precision` in props ? fuzzy(props[key]) : props[key];
  }
  return out;
}

/** `<name>Precision`, `<name>Earliest` or `<name>Latest` of a fuzzy date `<name>`. */
function isCompanion(key: string, props: Record<string, unknown>): boolean {
  const suffix = COMPANIONS.find((s) => key.endsWith(s));
  return suffix !== undefined && `${key.slice(0, -suffix.length)}Precision` in props;
}

export function fuzzy(text: unknown): FuzzyDate | null {
  if (typeof text !== 'string') return null;
  const parsed = parseFuzzyDate(text);
  return typeof parsed === 'string' ? null : parsed;
}
