import { createHash } from 'node:crypto';
import type { Database } from '@diplograph/db';
import {
  ACTOR_LABELS,
  ENTITY_LABELS,
  type EntityLabel,
  RELATIONSHIP_TYPES,
  type RelationshipType,
} from '@diplograph/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphData, NodeRow, RelationshipRow } from '../graph/graph-data.js';

export interface WriteOptions {
  /** Rows per UNWIND statement. */
  batchSize?: number;
  /** Longest the whole write may take, in milliseconds. */
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

// One statement for every node and one for every relationship, whatever their label or type, so
// that the server plans two statements rather than one per label and type. Labels and types are
// parameters here, but only ever from the model's fixed lists: checked below before any write.

const UPSERT_NODES = `UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props, n.digest = $digest
REMOVE n:$(row.otherLabels)
SET n:$(row.labels)`;

const UPSERT_RELATIONSHIPS = `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r = row.props, r.digest = $digest`;

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
 * was. Nodes and relationships are merged on their ids, in batches, and get the digest of this
 * graph; what an earlier run wrote and this graph no longer holds is deleted at the end.
 */
export async function writeGraph(
  db: Database,
  graph: GraphData,
  options: WriteOptions = {},
): Promise<WriteResult> {
  checkVocabulary(graph);
  const batchSize = options.batchSize ?? 5_000;
  const digest = graphDigest(graph);
  const total = graph.nodes.length + graph.relationships.length;

  return db.writeTransaction(async (tx) => {
    let written = 0;
    const write = async <T>(statement: string, rows: T[], params: (row: T) => unknown) => {
      for (const batch of batches(rows, batchSize)) {
        await db.run(tx, statement, { rows: batch.map(params), digest });
        written += batch.length;
        options.onProgress?.(written, total);
      }
    };
    await write(UPSERT_NODES, graph.nodes, nodeParams);
    await write(UPSERT_RELATIONSHIPS, graph.relationships, relationshipParams);
    const [removed] = await db.run<{ nodes: number; relationships: number }>(tx, SWEEP, { digest });
    return {
      digest,
      ...(await countGraph(db, tx)),
      removedNodes: removed?.nodes ?? 0,
      removedRelationships: removed?.relationships ?? 0,
    };
  }, options.timeoutMs);
}

/** Node counts per label and relationship counts per type, leaving out zeros. */
export async function countGraph(db: Database, tx: ManagedTransaction) {
  const nodes: Partial<Record<EntityLabel, number>> = {};
  const relationships: Partial<Record<RelationshipType, number>> = {};
  const rows = await db.run<{ kind: 'node' | 'relationship'; name: string; n: number }>(tx, COUNTS);
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
  const actor = (ACTOR_LABELS as readonly string[]).includes(row.label);
  const labels = actor ? [row.label, 'Actor'] : [row.label];
  const otherLabels = [...ENTITY_LABELS, 'Actor'].filter((label) => !labels.includes(label));
  return { id: row.id, props: withoutNulls(row.props), labels, otherLabels };
}

function relationshipParams(row: RelationshipRow) {
  return { id: row.id, type: row.type, from: row.from, to: row.to, props: withoutNulls(row.props) };
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
