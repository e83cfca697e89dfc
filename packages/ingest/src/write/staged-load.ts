import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { refreshReviewKeys } from '@diplograph/curation';
import type { Database } from '@diplograph/db';
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphData } from '../graph/graph-data.js';
import { batches, groupBy, machineReadAt, nodeParams, relationshipParams } from './rows.js';
import {
  DELETE_STAGED,
  IS_EMPTY,
  PUBLISH_NODES,
  RELEASE_LEASE,
  RENEW_LEASE,
  SET_GRAPH_DIGEST,
  STAGE_NODES,
  STAGE_RELATIONSHIPS,
  TAKE_LEASE,
} from './statements.js';
import type { WriteRun } from './write-run.js';

/** How long the staging lease lasts after each batch: a run that died blocks others this long. */
const LEASE_MS = 60_000;
/** How often a run waiting for the lease asks again. */
const RETRY_MS = 1_000;

/**
 * Loads a graph into an empty database without holding it all in one transaction: the rows are
 * written in committed batches as staged nodes and relationships, which nothing reads, then one
 * transaction publishes every staged node (labels only: relationships are not touched again). A
 * failure before that leaves the graph empty, as it was. The largest transaction is the
 * publishing one, a few kilobytes per node, instead of the whole graph.
 *
 * Returns false, leaving nothing staged, when another run filled the graph meanwhile: the caller
 * then merges into that graph instead.
 */
export async function loadIntoEmptyGraph(
  db: Database,
  graph: GraphData,
  options: WriteRun,
): Promise<boolean> {
  const run = randomUUID();
  const timeLeft = () => {
    const left = options.deadline - Date.now();
    if (left <= 0) throw new Error('the ingest took longer than INGEST_TIMEOUT_MS allows');
    return left;
  };
  const lease = () => ({ run, now: Date.now(), until: Date.now() + LEASE_MS });
  const underLease = <T>(work: (tx: ManagedTransaction) => Promise<T>) =>
    db.writeTransaction(async (tx) => {
      const [held] = await db.run(tx, RENEW_LEASE, lease());
      if (!held) throw new Error('another ingest took over the staging of the graph: this one stopped');
      return work(tx);
    }, timeLeft());
  const deleteStaged = async () => {
    let deleted = 0;
    for (;;) {
      const [row] = await underLease((tx) => db.run<{ deleted: number }>(tx, DELETE_STAGED));
      if (!row || row.deleted === 0) return deleted;
      deleted += row.deleted;
    }
  };

  // One run stages at a time; another waits until it published (then this one merges) or died.
  let waiting = false;
  for (;;) {
    const [found] = await db.writeTransaction(
      (tx) => db.run<{ taken: boolean; until: number | null }>(tx, TAKE_LEASE, lease()),
      timeLeft(),
    );
    if (found?.taken) break;
    if (!(await isEmpty(db))) return false;
    if (!waiting && found?.until) {
      // Silence here looked like a hang: a run that died holds the lease until it lapses.
      waiting = true;
      const seconds = Math.max(0, Math.ceil((found.until - Date.now()) / 1000));
      options.onNotice?.(
        `waiting for the staging lease of another ingest: it is loading this empty graph, or it died ` +
          `and its lease lapses at ${new Date(found.until).toISOString()} (in ${seconds} s)`,
      );
    }
    await sleep(Math.min(RETRY_MS, timeLeft()));
  }
  let published = false;
  try {
    // What a run that died had staged.
    const leftovers = await deleteStaged();
    if (leftovers > 0) options.onNotice?.(`deleted ${leftovers} staged nodes left by an ingest that died`);
    const total = graph.nodes.length + graph.relationships.length;
    let written = 0;
    options.progress.phase = 'staging';
    const stage = async <T>(rows: T[], statement: string, params: (row: T) => unknown) => {
      for (const batch of batches(rows, options.batchSize)) {
        await underLease((tx) => db.run(tx, statement, { rows: batch.map(params) }));
        written += batch.length;
        options.onProgress?.(written, total);
      }
    };
    const byLabel = groupBy(graph.nodes, (row) => row.label);
    for (const rows of byLabel.values()) {
      await stage(rows, STAGE_NODES, (row) => nodeParams(row, options.digests));
    }
    for (const [type, rows] of groupBy(graph.relationships, (row) => row.type)) {
      await stage(rows, STAGE_RELATIONSHIPS[type], (row) => relationshipParams(row, options.digests));
    }
    published = await underLease(async (tx) => {
      options.progress.phase = 'writing';
      const [{ empty } = { empty: true }] = await db.run<{ empty: boolean }>(tx, IS_EMPTY);
      if (!empty) return false;
      for (const [label, rows] of byLabel) {
        for (const batch of batches(rows, options.batchSize)) {
          await db.run(tx, PUBLISH_NODES[label], { ids: batch.map((row) => row.id) });
        }
      }
      // The review queue's keys need the fact labels, which only publishing gives.
      await refreshReviewKeys(db, tx, machineReadAt(graph));
      await db.run(tx, SET_GRAPH_DIGEST, { digest: options.digest });
      await db.run(tx, RELEASE_LEASE, { run });
      options.progress.phase = 'committing';
      return true;
    });
    return published;
  } finally {
    if (!published) {
      // Best effort: if the database is gone, the lease lapses and the next run deletes these.
      await deleteStaged()
        .then(() => db.writeTransaction((tx) => db.run(tx, RELEASE_LEASE, { run })))
        .catch(() => {});
    }
  }
}

/** Whether the graph has no node yet: staged ones do not count. */
export async function isEmpty(db: Database): Promise<boolean> {
  const [{ empty } = { empty: true }] = await db.read<{ empty: boolean }>(IS_EMPTY);
  return empty;
}
