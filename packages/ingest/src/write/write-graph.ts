import { createHash } from 'node:crypto';
import type { Database } from '@diplograph/db';
import {
  ACTOR_LABELS,
  ENTITY_LABELS,
  type EntityLabel,
  RELATIONSHIP_TYPES,
  type RelationshipType,
} from '@diplograph/schema';
import { DEFAULT_INGEST_TIMEOUT_MS } from '../config.js';
import type { GraphData, NodeRow, RelationshipRow } from '../graph/graph-data.js';

export interface WriteOptions {
  /** Rows per UNWIND statement. */
  batchSize?: number;
  /** Longest the whole write may take, in milliseconds: INGEST_TIMEOUT_MS's default unless given. */
  timeoutMs?: number;
  onProgress?: (written: number, total: number) => void;
}

export interface WriteResult {
  /** Identifies the written graph: equal inputs give equal digests. */
  digest: string;
  nodes: Partial<Record<EntityLabel, number>>;
  relationships: Partial<Record<RelationshipType, number>>;
  removedNodes: number;
  removedRelationships: number;
}

// One statement per label and one per relationship type, with the label or type written into the
// Cypher text: only ever from the model's fixed lists (checkVocabulary below), never from a row.
// A relationship type given as a parameter (`$(row.type)`) makes MERGE expand every relationship
// between the two nodes and filter on the type, 30 to 70 times slower than a static type.

/** A node's labels besides Entity. */
function labelsOf(label: EntityLabel): string[] {
  return (ACTOR_LABELS as readonly string[]).includes(label) ? [label, 'Actor'] : [label];
}

/** Into an empty graph nothing can match: CREATE spares the lookups of MERGE. */
const CREATE_NODES = Object.fromEntries(
  ENTITY_LABELS.map((label) => [
    label,
    `UNWIND $rows AS row
CREATE (n:Entity:${labelsOf(label).join(':')})
SET n = row.props, n.digest = $digest`,
  ]),
) as Record<EntityLabel, string>;

/** Over an earlier graph: a node whose label changed loses the labels it no longer has. */
const MERGE_NODES = Object.fromEntries(
  ENTITY_LABELS.map((label) => {
    const labels = labelsOf(label);
    const others = [...ENTITY_LABELS, 'Actor'].filter((other) => !labels.includes(other));
    return [
      label,
      `UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props, n.digest = $digest, n:${labels.join(':')}
REMOVE n:${others.join(':')}`,
    ];
  }),
) as Record<EntityLabel, string>;

const relationshipStatement = (merge: boolean) =>
  Object.fromEntries(
    RELATIONSHIP_TYPES.map((type) => [
      type,
      `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
${merge ? `MERGE (a)-[r:${type} {id: row.id}]->(b)` : `CREATE (a)-[r:${type}]->(b)`}
SET r = row.props, r.digest = $digest`,
    ]),
  ) as Record<RelationshipType, string>;
const CREATE_RELATIONSHIPS = relationshipStatement(false);
const MERGE_RELATIONSHIPS = relationshipStatement(true);

/**
 * Two ingests at once take turns: each first takes the write lock of the first migration's node
 * (setting a property takes it, even to its own value) and holds it until it commits, so the
 * other then finds the graph this one wrote instead of creating the same nodes again.
 */
const TAKE_TURN = 'MATCH (m:Migration) WITH m ORDER BY m.version LIMIT 1 SET m.version = m.version';

const IS_EMPTY = 'OPTIONAL MATCH (n:Entity) WITH n LIMIT 1 RETURN n IS NULL AS empty';

/** Deletes what an earlier run wrote and this one did not. */
const SWEEP = `CALL {
  MATCH (n:Entity) WHERE n.digest <> $digest OR n.digest IS NULL
  DETACH DELETE n
  RETURN count(*) AS nodes
}
CALL {
  MATCH ()-[r]->() WHERE r.digest <> $digest
  DELETE r
  RETURN count(*) AS relationships
}
RETURN nodes, relationships`;

/** Counts per label and type, each read from the count store: constant time at any size. */
const COUNTS = [
  ...ENTITY_LABELS.map(
    (label) => `MATCH (n:${label}) RETURN 'node' AS kind, '${label}' AS name, count(n) AS n`,
  ),
  ...RELATIONSHIP_TYPES.map(
    (type) => `MATCH ()-[r:${type}]->() RETURN 'relationship' AS kind, '${type}' AS name, count(r) AS n`,
  ),
].join('\nUNION ALL\n');

/**
 * Writes the whole graph in one write transaction, so that a failure leaves the database as it
 * was. Nodes and relationships are created (into an empty graph) or merged on their ids, in
 * batches, and get the digest of this graph; what an earlier run wrote and this graph no longer
 * holds is deleted at the end. The counts are read after the commit: inside the transaction each
 * would have to read its whole state.
 */
export async function writeGraph(
  db: Database,
  graph: GraphData,
  options: WriteOptions = {},
): Promise<WriteResult> {
  checkVocabulary(graph);
  const batchSize = options.batchSize ?? 10_000;
  const digest = graphDigest(graph);
  const total = graph.nodes.length + graph.relationships.length;

  const removed = await db.writeTransaction(async (tx) => {
    await db.run(tx, TAKE_TURN);
    const [{ empty } = { empty: true }] = await db.run<{ empty: boolean }>(tx, IS_EMPTY);
    let written = 0;
    const write = async <T>(statement: string, rows: T[], params: (row: T) => unknown) => {
      for (const batch of batches(rows, batchSize)) {
        await db.run(tx, statement, { rows: batch.map(params), digest });
        written += batch.length;
        options.onProgress?.(written, total);
      }
    };
    const nodeStatements = empty ? CREATE_NODES : MERGE_NODES;
    for (const [label, rows] of groupBy(graph.nodes, (row) => row.label)) {
      await write(nodeStatements[label], rows, nodeParams);
    }
    const relationshipStatements = empty ? CREATE_RELATIONSHIPS : MERGE_RELATIONSHIPS;
    for (const [type, rows] of groupBy(graph.relationships, (row) => row.type)) {
      await write(relationshipStatements[type], rows, relationshipParams);
    }
    // An empty graph held nothing to sweep.
    if (empty) return { nodes: 0, relationships: 0 };
    const [swept] = await db.run<{ nodes: number; relationships: number }>(tx, SWEEP, { digest });
    return swept ?? { nodes: 0, relationships: 0 };
  }, options.timeoutMs ?? DEFAULT_INGEST_TIMEOUT_MS);
  return {
    digest,
    ...(await countGraph(db)),
    removedNodes: removed.nodes,
    removedRelationships: removed.relationships,
  };
}

/** Node counts per label and relationship counts per type, leaving out zeros. */
async function countGraph(db: Database) {
  const nodes: Partial<Record<EntityLabel, number>> = {};
  const relationships: Partial<Record<RelationshipType, number>> = {};
  const rows = await db.read<{ kind: 'node' | 'relationship'; name: string; n: number }>(COUNTS);
  for (const { kind, name, n } of rows) {
    if (n === 0) continue;
    if (kind === 'node') nodes[name as EntityLabel] = n;
    else relationships[name as RelationshipType] = n;
  }
  return { nodes, relationships };
}

const LABELS = new Set<string>(ENTITY_LABELS);
const TYPES = new Set<string>(RELATIONSHIP_TYPES);

function checkVocabulary(graph: GraphData): void {
  for (const node of graph.nodes) {
    if (!LABELS.has(node.label)) throw new Error(`${node.id}: "${node.label}" is not a label of the model`);
  }
  for (const relationship of graph.relationships) {
    if (!TYPES.has(relationship.type)) {
      throw new Error(`${relationship.id}: "${relationship.type}" is not a relationship type of the model`);
    }
  }
}

function nodeParams(row: NodeRow) {
  return { id: row.id, props: withoutNulls(row.props) };
}

function relationshipParams(row: RelationshipRow) {
  return { id: row.id, from: row.from, to: row.to, props: withoutNulls(row.props) };
}

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** Neo4j does not store nulls; leaving them out keeps written and read properties equal. */
function withoutNulls(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
}

function* batches<T>(rows: T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/** A digest of the rows in a canonical order: the same graph always gets the same digest. */
export function graphDigest(graph: GraphData): string {
  const hash = createHash('sha256');
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  for (const row of [...graph.nodes].sort(byId)) hash.update(JSON.stringify(row)).update('\n');
  for (const row of [...graph.relationships].sort(byId)) hash.update(JSON.stringify(row)).update('\n');
  return hash.digest('hex');
}
