import type { Database } from '@diplograph/db';
import {
  ENTITY_LABELS,
  type EntityLabel,
  RELATIONSHIP_TYPES,
  type RelationshipType,
} from '@diplograph/schema';
import { DEFAULT_INGEST_TIMEOUT_MS } from '../config.js';
import type { GraphData } from '../graph/graph-data.js';
import { digestRows, graphDigest } from './digests.js';
import { mergeChanges } from './merge-changes.js';
import { isEmpty, loadIntoEmptyGraph } from './staged-load.js';
import { COUNTS, GRAPH_DIGEST } from './statements.js';
import { IngestFailedError, outcomeOf } from './write-failure.js';
import type { WriteRun } from './write-run.js';

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
 * published in one transaction (staged-load.ts). Over an earlier graph one transaction writes only
 * what changed, row by row (merge-changes.ts). The counts are read after the commit: inside the
 * transaction each would have to read its whole state.
 */
export async function writeGraph(
  db: Database,
  graph: GraphData,
  options: WriteOptions = {},
): Promise<WriteResult> {
  checkVocabulary(graph);
  const batchSize = options.batchSize ?? 10_000;
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_INGEST_TIMEOUT_MS);
  const digests = digestRows(graph);
  const run: WriteRun = {
    digest: graphDigest(digests),
    digests,
    batchSize,
    deadline,
    onProgress: options.onProgress,
    onNotice: options.onNotice,
    progress: { phase: 'reading' },
  };
  try {
    for (;;) {
      const held = await heldGraph(db, graph, run.digest);
      if (held) {
        run.progress.phase = 'committed';
        return { digest: run.digest, ...held, removedNodes: 0, removedRelationships: 0 };
      }
      const loaded = (await isEmpty(db)) && (await loadIntoEmptyGraph(db, graph, run));
      const removed = loaded ? { nodes: 0, relationships: 0 } : await mergeChanges(db, graph, run);
      if (!removed) {
        // Another ingest committed between reading the graph and writing: read it again.
        if (Date.now() > deadline) throw new Error('the ingest took longer than INGEST_TIMEOUT_MS allows');
        continue;
      }
      run.progress.phase = 'committed';
      return {
        digest: run.digest,
        ...(await countGraph(db)),
        removedNodes: removed.nodes,
        removedRelationships: removed.relationships,
      };
    }
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

/**
 * The counts of the graph the database holds when it is exactly this one, so that writing it again
 * would change nothing: every committed write records its graph's digest, and that digest with the
 * same counts per label and type mean the same rows. An unchanged re-ingest then reads two
 * values and writes nothing. The digest is read first: counting a graph of another digest (an
 * empty one, before a first load) would only cost time.
 */
async function heldGraph(db: Database, graph: GraphData, digest: string) {
  const [row] = await db.read<{ digest: string | null }>(GRAPH_DIGEST);
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
