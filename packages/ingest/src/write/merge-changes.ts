import { refreshReviewKeys } from '@diplograph/curation';
import type { Database } from '@diplograph/db';
import type { RelationshipType } from '@diplograph/schema';
import type { GraphData, NodeRow, RelationshipRow } from '../graph/graph-data.js';
import { batches, groupBy, nodeParams, relationshipParams } from './rows.js';
import {
  CREATE_RELATIONSHIPS,
  DELETE_NODES,
  DELETE_RELATIONSHIPS,
  GRAPH_DIGEST,
  HELD_ROWS,
  HELD_ROWS_PER_PAGE,
  MERGE_NODES,
  SET_GRAPH_DIGEST,
  TAKE_TURN,
} from './statements.js';
import type { WriteRun } from './write-run.js';

/** A relationship the graph holds that this write replaces or removes. */
interface StaleRelationship {
  type: RelationshipType;
  id: string;
  from: string;
  to: string;
}

/** How this graph differs from the one the database holds, row by row. */
interface Changes {
  /** The digest of the graph the changes were read against. */
  against: string | null;
  nodes: NodeRow[];
  relationships: RelationshipRow[];
  /** Held relationships that changed (rewritten after they are deleted) or went. */
  stale: StaleRelationship[];
  /** How many of the stale ones this graph lacks. */
  goneRelationships: number;
  goneNodes: string[];
}

interface HeldRow {
  id: string;
  digest: string | null;
  /** type, id, digest and end of each relationship that starts at the node. */
  out: [RelationshipType, string | null, string | null, string][];
}

/**
 * Writes over an earlier graph only what differs from it: the rows whose digest the graph does not
 * hold, the deletion of those it holds and this graph lacks, the review queue's keys where they
 * changed, and the graph's digest. So the transaction is as large as the change, not the graph: an
 * article read again changes its own rows. The differences are read before the transaction; if
 * another write committed meanwhile (the graph's digest moved), nothing is written and the result
 * is undefined, for the caller to read them again.
 */
export async function mergeChanges(db: Database, graph: GraphData, run: WriteRun) {
  const changes = await changesFrom(db, graph, run);
  return db.writeTransaction(
    async (tx) => {
      // A retry of the transaction function starts over.
      run.progress.phase = 'writing';
      await db.run(tx, TAKE_TURN);
      const [held] = await db.run<{ digest: string | null }>(tx, GRAPH_DIGEST);
      if ((held?.digest ?? null) !== changes.against) return undefined;
      const total = changes.stale.length + changes.nodes.length + changes.relationships.length;
      let written = 0;
      const write = async <T>(statement: string, rows: T[], params: (row: T) => unknown) => {
        for (const batch of batches(rows, run.batchSize)) {
          await db.run(tx, statement, { rows: batch.map(params) });
          written += batch.length;
          run.onProgress?.(written, total);
        }
      };
      // Deleted first: a changed relationship is created again, perhaps between other nodes.
      for (const [type, rows] of groupBy(changes.stale, (row) => row.type)) {
        await write(DELETE_RELATIONSHIPS[type], rows, (row) => row);
      }
      let removed = { nodes: 0, relationships: changes.goneRelationships };
      for (const ids of batches(changes.goneNodes, run.batchSize)) {
        const [deleted] = await db.run<{ nodes: number; relationships: number }>(tx, DELETE_NODES, { ids });
        removed = {
          nodes: removed.nodes + (deleted?.nodes ?? 0),
          relationships: removed.relationships + (deleted?.relationships ?? 0),
        };
      }
      for (const [label, rows] of groupBy(changes.nodes, (row) => row.label)) {
        await write(MERGE_NODES[label], rows, (row) => nodeParams(row, run.digests));
      }
      for (const [type, rows] of groupBy(changes.relationships, (row) => row.type)) {
        await write(CREATE_RELATIONSHIPS[type], rows, (row) => relationshipParams(row, run.digests));
      }
      // A rewritten row lost its key, and a relationship added or removed changes the keys of
      // the facts at both its ends.
      await refreshReviewKeys(db, tx, [
        ...changes.nodes.map((row) => row.id),
        ...[...changes.relationships, ...changes.stale].flatMap((row) => [row.from, row.to]),
      ]);
      await db.run(tx, SET_GRAPH_DIGEST, { digest: run.digest });
      // What follows is the commit: a failure now may or may not have applied it.
      run.progress.phase = 'committing';
      return removed;
    },
    Math.max(1, run.deadline - Date.now()),
  );
}

/**
 * Reads what the graph holds, a page of nodes at a time with the relationships that start at
 * them, and keeps only what differs from this graph: memory for the change, not for the graph.
 */
async function changesFrom(db: Database, graph: GraphData, run: WriteRun): Promise<Changes> {
  const [held] = await db.read<{ digest: string | null }>(GRAPH_DIGEST);
  const unchangedNodes = new Set<string>();
  const unchangedRelationships = new Set<string>();
  const stale: StaleRelationship[] = [];
  const goneNodes: string[] = [];
  let goneRelationships = 0;
  let after = '';
  for (;;) {
    const page = await db.read<HeldRow>(HELD_ROWS, { after });
    for (const node of page) {
      const digest = run.digests.nodes.get(node.id);
      if (digest === undefined) goneNodes.push(node.id);
      else if (digest === node.digest) unchangedNodes.add(node.id);
      for (const [type, id, heldDigest, to] of node.out) {
        // A relationship without an id is none this model writes: it goes with its node, or stays.
        if (id === null) continue;
        const ours = run.digests.relationships.get(id);
        if (ours === heldDigest) {
          unchangedRelationships.add(id);
          continue;
        }
        stale.push({ type, id, from: node.id, to });
        if (ours === undefined) goneRelationships++;
      }
    }
    if (page.length < HELD_ROWS_PER_PAGE) break;
    after = page[page.length - 1]?.id ?? after;
  }
  return {
    against: held?.digest ?? null,
    nodes: graph.nodes.filter((row) => !unchangedNodes.has(row.id)),
    relationships: graph.relationships.filter((row) => !unchangedRelationships.has(row.id)),
    stale,
    goneRelationships,
    goneNodes,
  };
}
