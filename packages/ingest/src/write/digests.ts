import { createHash } from 'node:crypto';
import type { GraphData, NodeRow, RelationshipRow } from '../graph/graph-data.js';

/**
 * What a write stores besides the rows, by version: a graph written before a change here (a
 * digest per row, version 3) holds other digests, so the next ingest writes every row again.
 */
const WRITE_FORMAT = 'diplograph-write/3';

/** The digest of each row by id, nodes and relationships apart (their ids may be equal). */
export interface RowDigests {
  nodes: Map<string, string>;
  relationships: Map<string, string>;
}

/**
 * A digest of one row as it is written: every node and relationship keeps its own, so that a write
 * over an earlier graph rewrites only the rows whose digest differs. 128 bits: compared per id,
 * they only have to tell two versions of one row apart.
 */
function rowDigest(row: NodeRow | RelationshipRow): string {
  return createHash('sha256')
    .update(WRITE_FORMAT)
    .update('\n')
    .update(JSON.stringify(row))
    .digest('base64url')
    .slice(0, 22);
}

export function digestRows(graph: GraphData): RowDigests {
  return {
    nodes: new Map(graph.nodes.map((row) => [row.id, rowDigest(row)])),
    relationships: new Map(graph.relationships.map((row) => [row.id, rowDigest(row)])),
  };
}

/**
 * A digest of the whole graph, one pass over its rows in the order they were compiled: the same
 * input gives the same rows in the same order (files are read in name order), and one hash costs
 * a fraction of one per row, which an unchanged re-ingest of a large graph would pay for nothing.
 * The same rows in another order get another digest and are then compared one by one.
 */
export function graphDigest(graph: GraphData): string {
  const hash = createHash('sha256').update(WRITE_FORMAT).update('\n');
  for (const rows of [graph.nodes, graph.relationships]) {
    for (const row of rows) hash.update(JSON.stringify(row)).update('\n');
    hash.update('\n');
  }
  return hash.digest('hex');
}
