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
  const batchSize = options.batchSize ?? 2_000;
  const digest = graphDigest(graph);
  const total = graph.nodes.length + graph.relationships.length;
  let written = 0;
  const progress = (n: number) => {
    written += n;
    options.onProgress?.(written, total);
  };

  return db.writeTransaction(async (tx) => {
    written = 0;
    for (const label of ENTITY_LABELS) {
      const rows = graph.nodes.filter((n) => n.label === label);
      for (const batch of batches(rows, batchSize)) {
        await db.run(tx, upsertNodes(label), { rows: batch.map(nodeParams), digest });
        progress(batch.length);
      }
    }
    for (const type of RELATIONSHIP_TYPES) {
      const rows = graph.relationships.filter((r) => r.type === type);
      for (const batch of batches(rows, batchSize)) {
        await db.run(tx, upsertRelationships(type), { rows: batch.map(relationshipParams), digest });
        progress(batch.length);
      }
    }
    const [removed] = await db.run<{ nodes: number; relationships: number }>(tx, SWEEP, { digest });
    return {
      digest,
      ...(await countGraph(db, tx)),
      removedNodes: removed?.nodes ?? 0,
      removedRelationships: removed?.relationships ?? 0,
    };
  }, options.timeoutMs);
}

/** Counts per label and relationship type, from the count store (constant time at any size). */
export async function countGraph(db: Database, tx: ManagedTransaction) {
  const nodes: Partial<Record<EntityLabel, number>> = {};
  const relationships: Partial<Record<RelationshipType, number>> = {};
  for (const label of ENTITY_LABELS) {
    const [row] = await db.run<{ n: number }>(tx, `MATCH (n:${label}) RETURN count(n) AS n`);
    if (row?.n) nodes[label] = row.n;
  }
  for (const type of RELATIONSHIP_TYPES) {
    const [row] = await db.run<{ n: number }>(tx, `MATCH ()-[r:${type}]->() RETURN count(r) AS n`);
    if (row?.n) relationships[type] = row.n;
  }
  return { nodes, relationships };
}

// Labels and types below come from the model's fixed lists, never from input.

function upsertNodes(label: EntityLabel): string {
  const actor = (ACTOR_LABELS as readonly string[]).includes(label);
  const others = ENTITY_LABELS.filter((l) => l !== label);
  return `UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props, n.digest = $digest
REMOVE n:${others.join(':')}${actor ? '' : ':Actor'}
SET n:${label}${actor ? ':Actor' : ''}`;
}

function upsertRelationships(type: RelationshipType): string {
  return `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${type} {id: row.id}]->(b)
SET r = row.props, r.digest = $digest`;
}

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

function nodeParams(row: NodeRow) {
  return { id: row.id, props: withoutNulls(row.props) };
}

function relationshipParams(row: RelationshipRow) {
  return { id: row.id, from: row.from, to: row.to, props: withoutNulls(row.props) };
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
