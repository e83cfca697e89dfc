import {
  ACTOR_LABELS,
  ENTITY_LABELS,
  type EntityLabel,
  RELATIONSHIP_TYPES,
  type RelationshipType,
} from '@diplograph/schema';

// One statement per label and one per relationship type, with the label or type written into the
// Cypher text: only ever from the model's fixed lists (the writer checks every row's label and
// type against them first), never from a row. A relationship type given as a parameter
// (`$(row.type)`) makes MERGE expand every relationship between the two nodes and filter on the
// type, 30 to 70 times slower than a static type.

/** A node's labels besides Entity. */
function labelsOf(label: EntityLabel): string[] {
  return (ACTOR_LABELS as readonly string[]).includes(label) ? [label, 'Actor'] : [label];
}

const perLabel = (statement: (label: EntityLabel) => string) =>
  Object.fromEntries(ENTITY_LABELS.map((label) => [label, statement(label)])) as Record<EntityLabel, string>;

const perType = (statement: (type: RelationshipType) => string) =>
  Object.fromEntries(RELATIONSHIP_TYPES.map((type) => [type, statement(type)])) as Record<
    RelationshipType,
    string
  >;

/** Over an earlier graph: a node whose label changed loses the labels it no longer has. */
export const MERGE_NODES = perLabel((label) => {
  const labels = labelsOf(label);
  const others = [...ENTITY_LABELS, 'Actor'].filter((other) => !labels.includes(other));
  return `UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props, n.digest = row.digest, n:${labels.join(':')}
REMOVE n:${others.join(':')}`;
});

/** Over an earlier graph: the earlier version of a changed relationship is deleted first. */
export const CREATE_RELATIONSHIPS = perType(
  (type) => `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:${type}]->(b)
SET r = row.props, r.digest = row.digest`,
);

/**
 * Relationships of an earlier graph that changed or went. Both ends are matched first, so that the
 * relationship is looked for from the end with fewer (a passage, not the article it quotes).
 */
export const DELETE_RELATIONSHIPS = perType(
  (type) => `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MATCH (a)-[r:${type} {id: row.id}]->(b)
DELETE r`,
);

/**
 * Nodes of an earlier graph that this one lacks, with what still joins them (a relationship this
 * write did not know, as from an older format), counted.
 */
export const DELETE_NODES = `UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH n, COUNT { (n)--() } AS attached
DETACH DELETE n
RETURN count(*) AS nodes, coalesce(sum(attached), 0) AS relationships`;

/**
 * What the graph holds, a page of nodes at a time in id order (the id index gives the order): each
 * node's digest, with the type, id, digest and end of every relationship that starts there (lists,
 * lighter than maps to build and decode).
 */
export const HELD_ROWS_PER_PAGE = 20_000;
export const HELD_ROWS = `MATCH (n:Entity) WHERE n.id > $after
WITH n ORDER BY n.id LIMIT ${HELD_ROWS_PER_PAGE}
RETURN n.id AS id, n.digest AS digest, [(n)-[r]->(m) | [type(r), r.id, r.digest, m.id]] AS out`;

/**
 * Into an empty graph, nodes are first written with the label Staged alone, which neither the API
 * nor the full-text index reads, by one run at a time (the staging lease below).
 */
export const STAGE_NODES = `UNWIND $rows AS row
CREATE (n:Staged)
SET n = row.props, n.digest = row.digest`;

/** Relationships between staged nodes: reachable only from them, so unseen until they are published. */
export const STAGE_RELATIONSHIPS = perType(
  (type) => `UNWIND $rows AS row
MATCH (a:Staged {id: row.from})
MATCH (b:Staged {id: row.to})
CREATE (a)-[r:${type}]->(b)
SET r = row.props, r.digest = row.digest`,
);

/** Staged nodes of one label become the graph's; the relationships are not touched again. */
export const PUBLISH_NODES = perLabel(
  (label) => `UNWIND $ids AS id
MATCH (n:Staged {id: id})
SET n:Entity:${labelsOf(label).join(':')}
REMOVE n:Staged`,
);

/** Deletes a batch of staged nodes with their relationships: 5,000 keep each transaction small. */
export const DELETE_STAGED = `MATCH (n:Staged)
WITH n LIMIT 5000
DETACH DELETE n
RETURN count(*) AS deleted`;

/** The node that the lease, the turn and the graph's digest are kept on. */
const FIRST_MIGRATION = 'MATCH (m:Migration) WITH m ORDER BY m.version LIMIT 1';

// The staging lease: which run may stage ($run), until when ($until, epoch ms). It is held on the
// node that TAKE_TURN locks, and renewed by every batch, in that batch's transaction: a run whose
// lease was taken over stops at its next batch, and the lease of a run that died lapses quickly.

/**
 * Gives the lease to $run if nobody holds it or it lapsed; says whether it did, and until when the
 * lease it found lasts (for a run that waits to say what it waits for). The node's write lock is
 * taken first (as TAKE_TURN does), so that two runs cannot both read a free lease and both take it.
 */
export const TAKE_LEASE = `${FIRST_MIGRATION}
SET m.version = m.version
WITH m
FOREACH (_ IN CASE WHEN m.stagingRun IS NULL OR m.stagingUntil < $now THEN [1] ELSE [] END |
  SET m.stagingRun = $run, m.stagingUntil = $until)
RETURN m.stagingRun = $run AS taken, m.stagingUntil AS until`;

/** Extends $run's lease; returns a row only while $run holds it. */
export const RENEW_LEASE = `${FIRST_MIGRATION}
WITH m WHERE m.stagingRun = $run
SET m.stagingUntil = $until
RETURN m.stagingRun AS run`;

export const RELEASE_LEASE = `${FIRST_MIGRATION}
WITH m WHERE m.stagingRun = $run
REMOVE m.stagingRun, m.stagingUntil`;

/**
 * Two ingests at once take turns: each first takes the write lock of the first migration's node
 * (setting a property takes it, even to its own value) and holds it until it commits, so the
 * other then finds the graph this one wrote instead of creating the same nodes again.
 */
export const TAKE_TURN = `${FIRST_MIGRATION} SET m.version = m.version`;

/**
 * The digest of the graph the database holds, kept with the lease: every write that commits sets
 * it in its own transaction.
 */
export const GRAPH_DIGEST = `${FIRST_MIGRATION} RETURN m.graphDigest AS digest`;
export const SET_GRAPH_DIGEST = `${FIRST_MIGRATION} SET m.graphDigest = $digest`;

export const IS_EMPTY = 'OPTIONAL MATCH (n:Entity) WITH n LIMIT 1 RETURN n IS NULL AS empty';

/** Counts per label and type, each read from the count store: constant time at any size. */
export const COUNTS = [
  ...ENTITY_LABELS.map(
    (label) => `MATCH (n:${label}) RETURN 'node' AS kind, '${label}' AS name, count(n) AS n`,
  ),
  ...RELATIONSHIP_TYPES.map(
    (type) => `MATCH ()-[r:${type}]->() RETURN 'relationship' AS kind, '${type}' AS name, count(r) AS n`,
  ),
].join('\nUNION ALL\n');
