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

/** A digest of the whole graph, from its rows' in id order: the same graph always gets the same. */
export function graphDigest(digests: RowDigests): string {
  const hash = createHash('sha256').update(WRITE_FORMAT).update('\n');
  for (const rows of [digests.nodes, digests.relationships]) {
    for (const id of [...rows.keys()].sort()) hash.update(`${id} ${rows.get(id)}\n`);
    hash.update('\n');
  }
  return hash.digest('hex');
}
