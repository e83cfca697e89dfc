import { createHash } from 'node:crypto';
import { refreshReviewKeys } from '@diplograph/curation';
import type { Database } from '@diplograph/db';
import {
  ENTITY_LABELS,
  type EntityLabel,
  RELATIONSHIP_TYPES,
  type RelationshipType,
} from '@diplograph/schema';
import { DEFAULT_INGEST_TIMEOUT_MS } from '../config.js';
import type { GraphData } from '../graph/graph-data.js';
import { batches, groupBy, machineReadAt, nodeParams, relationshipParams } from './rows.js';
import { isEmpty, loadIntoEmptyGraph, type WriteRun } from './staged-load.js';
import { ANY_DIGEST, COUNTS, MERGE_NODES, MERGE_RELATIONSHIPS, SWEEP, TAKE_TURN } from './statements.js';
import { IngestFailedError, outcomeOf } from './write-failure.js';

export interface WriteOptions {
  /** Rows per UNWIND statement. */
  batchSize?: number;
  /** Longest the whole write may take, in milliseconds: INGEST_TIMEOUT_MS's default unless given. */
  timeoutMs?: number;
  onProgress?: (written: number, total: number) => void;
  /** What the write is doing besides writing: waiting for another run, cleaning up after one. */
  onNotice?: (message: string) => void;
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
 * Writes the graph so that a failure leaves the database as it was and the same input always
 * leaves the same graph. Into an empty database the rows are staged in committed batches and
 * published in one transaction (staged-load.ts). Over an earlier graph one write transaction
 * merges nodes and relationships on their ids, in batches, each with the digest of this graph,
 * then deletes what the earlier graph held and this one does not, and sets the review queue's keys.
 * The counts are read after the commit: inside the transaction each would have to read its whole
 * state.
 */
export async function writeGraph(
  db: Database,
  graph: GraphData,
  options: WriteOptions = {},
): Promise<WriteResult> {
  checkVocabulary(graph);
  const batchSize = options.batchSize ?? 10_000;
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_INGEST_TIMEOUT_MS);
  const run: WriteRun = {
    digest: graphDigest(graph),
    batchSize,
    deadline,
    onProgress: options.onProgress,
    onNotice: options.onNotice,
    progress: { phase: 'reading' },
  };
  try {
    const held = await heldGraph(db, graph, run.digest);
    if (held) {
      run.progress.phase = 'committed';
      return { digest: run.digest, ...held, removedNodes: 0, removedRelationships: 0 };
    }
    const loaded = (await isEmpty(db)) && (await loadIntoEmptyGraph(db, graph, run));
    const removed = loaded ? { nodes: 0, relationships: 0 } : await mergeInOneTransaction(db, graph, run);
    run.progress.phase = 'committed';
    return {
      digest: run.digest,
      ...(await countGraph(db)),
      removedNodes: removed.nodes,
      removedRelationships: removed.relationships,
    };
  } catch (error) {
    // Say what the failure left: the graph as it was, this run's, or this run's once Neo4j restarts.
    const outcome = await outcomeOf(db, run.digest, error, run.progress);
    throw new IngestFailedError(
      outcome,
      error,
      run.progress.phase === 'committed' ? 'reading the counts' : undefined,
    );
  }
}

/** Merges the graph over an earlier one and sweeps what it no longer holds, in one transaction. */
async function mergeInOneTransaction(db: Database, graph: GraphData, options: WriteRun) {
  const { digest } = options;
  const total = graph.nodes.length + graph.relationships.length;
  return db.writeTransaction(
    async (tx) => {
      // A retry of the transaction function starts over.
      options.progress.phase = 'writing';
      await db.run(tx, TAKE_TURN);
      let written = 0;
      const write = async <T>(statement: string, rows: T[], params: (row: T) => unknown) => {
        for (const batch of batches(rows, options.batchSize)) {
          await db.run(tx, statement, { rows: batch.map(params), digest });
          written += batch.length;
          options.onProgress?.(written, total);
        }
      };
      for (const [label, rows] of groupBy(graph.nodes, (row) => row.label)) {
        await write(MERGE_NODES[label], rows, nodeParams);
      }
      for (const [type, rows] of groupBy(graph.relationships, (row) => row.type)) {
        await write(MERGE_RELATIONSHIPS[type], rows, relationshipParams);
      }
      const [swept] = await db.run<{ nodes: number; relationships: number }>(tx, SWEEP, { digest });
      // The rows replaced every property, keys too; what was swept changed dependents.
      await refreshReviewKeys(db, tx, machineReadAt(graph));
      // What follows is the commit: a failure now may or may not have applied it.
      options.progress.phase = 'committing';
      return swept ?? { nodes: 0, relationships: 0 };
    },
    Math.max(1, options.deadline - Date.now()),
  );
}

/**
 * The counts of the graph the database holds when it is exactly this one, so that writing it again
 * would change nothing: every committed write leaves all its nodes with its digest (the merge
 * sweeps the others, the staged load publishes only its own), so a node with this digest and the
 * same counts per label and type mean the same rows. An unchanged re-ingest then writes nothing.
 * The digest is read first: counting a graph of another digest (an empty one, before a first load)
 * would only cost time.
 */
async function heldGraph(db: Database, graph: GraphData, digest: string) {
  const [row] = await db.read<{ digest: string | null }>(ANY_DIGEST);
  if (row?.digest !== digest) return undefined;
  const held = await countGraph(db);
  const same = <K extends string>(rows: { key: K }[], counts: Partial<Record<K, number>>) => {
    const expected = new Map<K, number>();
    for (const { key } of rows) expected.set(key, (expected.get(key) ?? 0) + 1);
    const keys = new Set([...expected.keys(), ...(Object.keys(counts) as K[])]);
    return [...keys].every((key) => (expected.get(key) ?? 0) === (counts[key] ?? 0));
  };
  const unchanged =
    same(
      graph.nodes.map((node) => ({ key: node.label })),
      held.nodes,
    ) &&
    same(
      graph.relationships.map((relationship) => ({ key: relationship.type })),
      held.relationships,
    );
  return unchanged ? held : undefined;
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

/**
 * What a write stores besides the rows, by version: a graph written before a change here (the
 * review queue's keys, version 2) has another digest, so the next ingest writes it again.
 */
const WRITE_FORMAT = 'diplograph-write/2';

/** A digest of the rows in a canonical order: the same graph always gets the same digest. */
export function graphDigest(graph: GraphData): string {
  const hash = createHash('sha256').update(WRITE_FORMAT).update('\n');
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  for (const row of [...graph.nodes].sort(byId)) hash.update(JSON.stringify(row)).update('\n');
  for (const row of [...graph.relationships].sort(byId)) hash.update(JSON.stringify(row)).update('\n');
  return hash.digest('hex');
}
