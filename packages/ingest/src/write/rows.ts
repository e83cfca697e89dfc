import type { GraphData, NodeRow, RelationshipRow } from '../graph/graph-data.js';
import type { RowDigests } from './digests.js';

/** What a node statement receives per row: its properties and its digest. */
export function nodeParams(row: NodeRow, digests: RowDigests) {
  return { id: row.id, props: withoutNulls(row.props), digest: digests.nodes.get(row.id) };
}

/** What a relationship statement receives per row: its ends, its properties and its digest. */
export function relationshipParams(row: RelationshipRow, digests: RowDigests) {
  return {
    id: row.id,
    from: row.from,
    to: row.to,
    props: withoutNulls(row.props),
    digest: digests.relationships.get(row.id),
  };
}

/** Neo4j does not store nulls; leaving them out keeps written and read properties equal. */
function withoutNulls(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
}

export function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

export function* batches<T>(rows: T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/**
 * The nodes at which a write's review queue keys are set (refreshReviewKeys): the machine-read
 * nodes and the start of every machine-read relationship, which reaches it and its other end.
 */
export function machineReadAt(graph: GraphData): string[] {
  const machine = (row: { props: Record<string, unknown> }) => row.props.origin === 'machine';
  return [
    ...graph.nodes.filter(machine).map((row) => row.id),
    ...graph.relationships.filter(machine).map((row) => row.from),
  ];
}
