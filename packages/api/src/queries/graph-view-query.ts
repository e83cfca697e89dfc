import type { Database } from '@diplograph/db';
import { RELATIONSHIP_TYPES, type RelationshipType } from '@diplograph/schema';
import neo4j from 'neo4j-driver';
import { type GraphRecord, NODE_PROJECTION, toRecord } from '../records.js';

/** A node as graph libraries take it: a stable id, a type, a label to show, and its properties. */
export interface ViewNode {
  id: string;
  type: string;
  label: string;
  /** How many relationships the node has in the whole graph: lets a UI warn before expanding a hub. */
  degree: number;
  properties: Record<string, unknown>;
}

export interface ViewEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export interface GraphView {
  nodes: ViewNode[];
  edges: ViewEdge[];
  /** True when a cap cut the view short: more nodes lie within reach. */
  truncated: boolean;
}

/** Relationships to passages and sources: left out of views unless asked for. */
export const EVIDENCE_TYPES: RelationshipType[] = ['SUPPORTED_BY', 'QUOTED_FROM', 'MENTIONS'];
export const FACT_TYPES = RELATIONSHIP_TYPES.filter((t) => !EVIDENCE_TYPES.includes(t));

const VIEW_NODE = `{node: ${NODE_PROJECTION('n')}, degree: COUNT { (n)--() }}`;

function toViewNode(row: { node: Record<string, unknown>; degree: number }): ViewNode {
  const record: GraphRecord = toRecord(row.node);
  const {
    id,
    __typename,
    digest: _digest,
    searchAcronym: _a,
    searchName: _n,
    searchAliases: _s,
    searchQuote: _q,
    ...properties
  } = record;
  return {
    id,
    type: __typename,
    label: String(record.name ?? record.quote ?? id),
    degree: row.degree,
    properties,
  };
}

/**
 * The neighbourhood of a node, breadth first to `depth`: at most `perNode` neighbours are taken
 * from any one node (hubs are sampled, not exhausted) and at most `limit` nodes overall. One
 * statement per layer, then one for the edges among the nodes returned.
 */
export async function neighbourhood(
  db: Database,
  id: string,
  options: { depth: number; limit: number; perNode: number; types: RelationshipType[] },
): Promise<GraphView | null> {
  const start = await nodesById(db, [id]);
  if (start.length === 0) return null;
  const seen = new Map(start.map((n) => [n.id, n] as const));
  let frontier = [id];
  let truncated = false;
  for (let layer = 0; layer < options.depth && frontier.length > 0; layer++) {
    const rows = await db.read<{ items: { node: Record<string, unknown>; degree: number }[]; more: boolean }>(
      `UNWIND $frontier AS id
MATCH (p:Entity {id: id})
CALL (p) {
  MATCH (p)-[r]-(n:Entity) WHERE type(r) IN $types
  WITH DISTINCT n ORDER BY n.id LIMIT $perNodePlusOne
  RETURN collect(${VIEW_NODE}) AS items
}
RETURN items[0..$perNode] AS items, size(items) > $perNode AS more`,
      {
        frontier,
        types: options.types,
        perNode: neo4j.int(options.perNode),
        perNodePlusOne: neo4j.int(options.perNode + 1),
      },
    );
    const next: string[] = [];
    for (const row of rows) {
      truncated ||= row.more;
      for (const item of row.items) {
        const node = toViewNode(item);
        if (seen.has(node.id)) continue;
        if (seen.size >= options.limit) {
          truncated = true;
          break;
        }
        seen.set(node.id, node);
        next.push(node.id);
      }
    }
    frontier = next;
  }
  const nodes = [...seen.values()];
  return {
    nodes,
    edges: await edgesAmong(
      db,
      nodes.map((n) => n.id),
      options.types,
    ),
    truncated,
  };
}

/** Nodes by id, in the generic shape. */
export async function nodesById(db: Database, ids: string[]): Promise<ViewNode[]> {
  const rows = await db.read<{ node: Record<string, unknown>; degree: number }>(
    `UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN ${NODE_PROJECTION('n')} AS node, COUNT { (n)--() } AS degree`,
    { ids },
  );
  return rows.map(toViewNode);
}

/** Every relationship of the given types between two of the given nodes. */
export async function edgesAmong(
  db: Database,
  ids: string[],
  types: RelationshipType[],
): Promise<ViewEdge[]> {
  const rows = await db.read<{ edge: ViewEdge & { properties: Record<string, unknown> } }>(
    `MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $types
RETURN {id: r.id, type: type(r), source: a.id, target: b.id, properties: properties(r)} AS edge
ORDER BY edge.id`,
    { ids, types },
  );
  return rows.map(({ edge }) => {
    const { digest: _digest, id: _id, ...properties } = edge.properties;
    return { ...edge, properties };
  });
}

/**
 * Shortest paths between two nodes over relationships of the given types, at most `maxLength`
 * long: one, or all of the same shortest length (at most `limit`).
 */
export async function shortestPaths(
  db: Database,
  from: string,
  to: string,
  options: { maxLength: number; all: boolean; limit: number; types: RelationshipType[] },
): Promise<{ paths: string[][]; view: GraphView }> {
  const rows = await db.read<{ ids: string[]; rels: string[] }>(
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ${options.all ? 'ALL SHORTEST' : 'SHORTEST 1'} (a)(()-[r]-() WHERE type(r) IN $types){1,${MAX_PATH_LENGTH}}(b)
WHERE length(p) <= $maxLength
RETURN [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | r.id] AS rels
LIMIT $limit`,
    {
      from,
      to,
      types: options.types,
      maxLength: neo4j.int(options.maxLength),
      limit: neo4j.int(options.limit),
    },
  );
  const ids = [...new Set(rows.flatMap((row) => row.ids))];
  const relIds = new Set(rows.flatMap((row) => row.rels));
  const [nodes, edges] = await Promise.all([nodesById(db, ids), edgesAmong(db, ids, options.types)]);
  return {
    paths: rows.map((row) => row.ids),
    view: { nodes, edges: edges.filter((e) => relIds.has(e.id)), truncated: false },
  };
}

/** The longest path `shortestPaths` looks for. */
export const MAX_PATH_LENGTH = 8;
