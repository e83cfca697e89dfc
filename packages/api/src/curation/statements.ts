import {
  FACT_RELATIONSHIP_TYPES,
  RELATIONSHIP_TYPES,
  REVIEW_QUEUE_KEY,
  type RelationshipType,
} from '@diplograph/schema';

// The Cypher of curation. A fact is locked first (a property written, and removed before the
// commit): a second curator's transaction on the same fact waits for the first to commit. The
// fact is read by the next statement, which sees what the first left (a newer version, or no
// fact at all once rejected), so one of two decisions made at once is refused instead of lost.
// Relationship types are written into the text only from the model's fixed list. A statement
// that adds or removes fact relationships leaves the review queue's keys at their ends to
// refreshReviewKeys (packages/curation), in the same transaction.

/** Locks a node fact; no row when there is none. */
export const LOCK_NODE = `MATCH (n:Entity {id: $id})
SET n.reviewLock = true
RETURN n.id AS id`;

/** Reads what a decision checks and records of a locked node fact. */
export const READ_NODE = `MATCH (n:Entity {id: $id})
RETURN n.decision AS version, n.origin AS origin,
  [l IN labels(n) WHERE l <> 'Entity' AND l <> 'Actor'][0] AS label,
  n.date AS date, n.review AS review,
  [(n)-[:MADE_AT]->(m) | m.id][0] AS madeAt,
  [(n)-[:SUPPORTED_BY]->(e:Evidence) | e {source: e.sourceId, .start, .end, .quote}] AS passages`;

/** Locks a relationship fact, found from the node it starts from. */
export const LOCK_RELATIONSHIP = Object.fromEntries(
  RELATIONSHIP_TYPES.map((type) => [
    type,
    `MATCH (:Entity {id: $from})-[r:${type}]->(:Entity)
WHERE r.id = $id
SET r.reviewLock = true
RETURN r.id AS id`,
  ]),
) as Record<RelationshipType, string>;

/** Reads what a decision checks and records of a locked relationship fact. */
export const READ_RELATIONSHIP = Object.fromEntries(
  RELATIONSHIP_TYPES.map((type) => [
    type,
    `MATCH (a:Entity {id: $from})-[r:${type}]->(b:Entity)
WHERE r.id = $id
CALL (r) {
  UNWIND coalesce(r.evidence, []) AS evidenceId
  MATCH (e:Evidence {id: evidenceId})
  RETURN collect(e {source: e.sourceId, .start, .end, .quote}) AS quoted
}
RETURN r.decision AS version, r.origin AS origin, null AS label, null AS date, r.review AS review,
  null AS madeAt, r.role AS role, b.id AS to,
  CASE WHEN r.surface IS NULL THEN quoted ELSE [{source: a.id, start: r.start, end: r.end, quote: r.surface}] END AS passages`,
  ]),
) as Record<RelationshipType, string>;

/**
 * Marks a node fact as reviewed by a decision, which becomes its version; releases the lock. A
 * decided fact leaves the review queue: it loses its key.
 */
export const MARK_NODE = `MATCH (n:Entity {id: $id})
SET n += $props, n.decision = $decision
REMOVE n.reviewLock, n.${REVIEW_QUEUE_KEY}`;

export const MARK_RELATIONSHIP = Object.fromEntries(
  RELATIONSHIP_TYPES.map((type) => [
    type,
    `MATCH (:Entity {id: $from})-[r:${type}]->(:Entity)
WHERE r.id = $id
SET r += $props, r.decision = $decision
REMOVE r.reviewLock, r.${REVIEW_QUEUE_KEY}`,
  ]),
) as Record<RelationshipType, string>;

/**
 * A rejected node leaves the graph with its relationships; its evidence stays. Returns the nodes
 * it had fact relationships with, whose dependents it changed.
 */
export const DELETE_NODE = `MATCH (n:Entity {id: $id})
WITH n, [(n)-[:${FACT_RELATIONSHIP_TYPES.join('|')}]-(m:Entity) | m.id] AS around
DETACH DELETE n
RETURN around`;

export const DELETE_RELATIONSHIP = Object.fromEntries(
  RELATIONSHIP_TYPES.map((type) => [
    type,
    `MATCH (:Entity {id: $from})-[r:${type}]->(:Entity) WHERE r.id = $id DELETE r`,
  ]),
) as Record<RelationshipType, string>;

/** A corrected date, with its precision and the days it covers (which filters and sorting use). */
export const SET_DATE = `MATCH (n:Entity {id: $id})
SET n.date = $date.text, n.datePrecision = $date.precision,
  n.dateEarliest = date($date.earliest), n.dateLatest = date($date.latest)`;

/**
 * The commitment's MADE_AT links give way to one to the meeting the curator names. Returns the
 * meetings it no longer links to.
 */
export const SET_MADE_AT = `MATCH (n:Commitment {id: $id})
MATCH (m:Event {id: $meeting})
OPTIONAL MATCH (n)-[old:MADE_AT]->()
WITH n, m, collect(old) AS olds
WITH n, m, olds, reduce(acc = [], o IN olds | acc + coalesce(o.evidence, [])) AS evidence,
  [o IN olds | endNode(o).id] AS replaced
FOREACH (o IN olds | DELETE o)
CREATE (n)-[r:MADE_AT]->(m)
SET r.id = $relationship, r.evidence = evidence, r.review = 'corrected', r.decision = $decision
RETURN r.id AS id, replaced`;

/** Moves a mention to another entity. */
export const MOVE_MENTION = `MATCH (s:Entity {id: $from})-[r:MENTIONS]->(:Entity)
WHERE r.id = $id
MATCH (e:Entity {id: $to})
CREATE (s)-[c:MENTIONS]->(e)
SET c = properties(r)
REMOVE c.reviewLock
DELETE r
RETURN c.id AS id`;

/**
 * Merges an entity into another: its relationships move to the one kept (of the same types, from
 * the model), whose mergedIds list the merged id, so that it stays resolvable; then it goes.
 */
export const MERGE_INTO = `MATCH (d:Entity {id: $id})
MATCH (k:Entity {id: $into})
SET k.reviewLock = true
WITH d, k
CALL (d, k) {
  MATCH (d)-[r]->(x) WHERE x <> k
  CREATE (k)-[c:$(type(r))]->(x)
  SET c = properties(r)
  DELETE r
}
CALL (d, k) {
  MATCH (x)-[r]->(d) WHERE x <> k
  CREATE (x)-[c:$(type(r))]->(k)
  SET c = properties(r)
  DELETE r
}
SET k.mergedIds = coalesce(k.mergedIds, []) + d.id + coalesce(d.mergedIds, []),
  k.review = 'corrected', k.decision = $decision
REMOVE k.reviewLock, k.${REVIEW_QUEUE_KEY}
DETACH DELETE d
RETURN k.id AS id`;

/** The entity an id names: itself, else the one it was merged into (a scan: only for ids not found). */
export const ENTITY_ID = 'MATCH (n:Entity {id: $id}) RETURN n.id AS id';
export const MERGED_INTO = 'MATCH (k:Entity) WHERE $id IN k.mergedIds RETURN k.id AS id LIMIT 1';

/** A fact's review state and version, for a curator about to decide. */
export const NODE_REVIEW = `MATCH (n:Entity {id: $id})
RETURN n.decision AS decision, n.review AS review, n.origin AS origin`;

export const RELATIONSHIP_REVIEW = Object.fromEntries(
  RELATIONSHIP_TYPES.map((type) => [
    type,
    `MATCH (:Entity {id: $from})-[r:${type}]->(:Entity) WHERE r.id = $id
RETURN r.decision AS decision, r.review AS review, r.origin AS origin`,
  ]),
) as Record<RelationshipType, string>;
