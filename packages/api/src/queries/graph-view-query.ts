import type { Database } from '@diplograph/db';
import {
  ENTITY_LABELS,
  RELATIONSHIP_TYPES,
  REVIEW_QUEUE_KEY,
  type RelationshipType,
} from '@diplograph/schema';
import neo4j from 'neo4j-driver';
import { type GraphRecord, NODE_PROJECTION, nodeProjection, toRecord } from '../records.js';

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

/**
 * Whether a query asks for the properties of a view's nodes and of its edges: most ask for
 * neither, and they are most of what a view weighs.
 */
export interface ViewAsked {
  nodeProperties: boolean;
  edgeProperties: boolean;
}

/** What a node's label is made of, when its properties are not asked. */
const LABELLING = ['id', 'name', 'quote'];

const viewNode = (asked: ViewAsked) =>
  `{node: ${asked.nodeProperties ? NODE_PROJECTION('n') : nodeProjection('n', LABELLING)}, degree: COUNT { (n)--() }}`;

const viewEdge = (r: string, asked: ViewAsked) =>
  `{id: ${r}.id, type: type(${r}), source: startNode(${r}).id, target: endNode(${r}).id, properties: ${asked.edgeProperties ? `properties(${r})` : '{}'}}`;

function toViewNode(row: { node: Record<string, unknown>; degree: number }): ViewNode {
  const record: GraphRecord = toRecord(row.node);
  const { id, __typename, ...properties } = record;
  return {
    id,
    type: __typename,
    label: String(record.name ?? record.quote ?? id),
    degree: row.degree,
    properties,
  };
}

/**
 * A relationship-type disjunction for a pattern (`A|B|C`). Types are written into the statement,
 * not passed as a parameter, so that a dense node expands only those relationship groups; they
 * are taken from the model's fixed list.
 */
function typePattern(types: RelationshipType[]): string {
  for (const type of types) if (!RELATIONSHIP_TYPES.includes(type)) throw new Error(`unknown type ${type}`);
  return types.join('|');
}

/**
 * A node with more relationships than this is a hub: edges among a view are looked for from their
 * other end, and a hub reached past the start node is not expanded. Below it, expanding every
 * relationship of a node costs less than pairing it with the view's nodes one by one.
 */
export const HUB_DEGREE = 500;

/**
 * Cypher for the relationships of the given types from the hub `a` to the other hubs among
 * `nodes`, one type at a time, since per type a hub's group is mostly empty or small, which the
 * counts of a dense node's groups tell at once: a small group is expanded, a large one (a
 * country's 40,000 participations) is joined hub by hub (Expand(Into), which per type reads the
 * other side's group of that type, often empty). Expand(Into) over all the types at once reads the
 * smaller side's relationships of all of them: thousands per pair of hubs.
 */
function fromHubByType(types: RelationshipType[]): string {
  typePattern(types);
  const hub = (n: string) => `COUNT { (${n})--() } > ${HUB_DEGREE}`;
  return types
    .map(
      (type) => `WITH a, nodes WHERE COUNT { (a)-[:${type}]->() } <= ${HUB_DEGREE}
      MATCH (a)-[r:${type}]->(b) WHERE b IN nodes AND ${hub('b')}
      RETURN r
      UNION ALL
      WITH a, nodes WHERE COUNT { (a)-[:${type}]->() } > ${HUB_DEGREE}
      UNWIND nodes AS b
      WITH a, b WHERE ${hub('b')}
      MATCH (a)-[r:${type}]->(b)
      RETURN r`,
    )
    .join('\n      UNION ALL\n      ');
}

/**
 * Cypher that, given the list `nodes`, returns `edges`: every relationship of the given types
 * between two of them, in id order. Each is found once, by identity, from its lower-degree end: a
 * node that is not a hub expands its relationships (those to a hub, and those it starts); two hubs
 * are joined type by type (`fromHubByType`). So a country with 40,000
 * participations is never expanded for a view that holds it.
 */
function edgesAmongNodes(types: RelationshipType[], asked: ViewAsked): string {
  const pattern = typePattern(types);
  return `CALL (nodes) {
  UNWIND nodes AS a
  CALL (a, nodes) {
    WITH a, nodes WHERE COUNT { (a)--() } <= ${HUB_DEGREE}
    MATCH (a)-[r:${pattern}]-(b) WHERE b IN nodes AND (startNode(r) = a OR COUNT { (b)--() } > ${HUB_DEGREE})
    RETURN r
    UNION
    WITH a, nodes WHERE COUNT { (a)--() } > ${HUB_DEGREE}
    CALL (a, nodes) {
      ${fromHubByType(types)}
    }
    RETURN r
  }
  WITH DISTINCT r ORDER BY r.id
  RETURN collect(${viewEdge('r', asked)}) AS edges
}`;
}

/**
 * One breadth-first layer: from each node of `frontier` in turn, its first $perNode neighbours
 * by id; nodes not yet `seen` join the view (and the next frontier) until it holds $limit.
 * Only the first $perNode + 1 neighbours of a node are kept, to tell whether it had more; the
 * `first` layer (the start node's) passes over the first $skip, which pages through a hub. Neo4j
 * keeps them with a top-k, not a full sort, but it reads the id of every neighbour: so past the
 * first layer a hub (over HUB_DEGREE relationships) is not expanded and the view is marked
 * truncated; a view of the hub itself pages through it.
 */
function layer(types: RelationshipType[], first: boolean): string {
  return `CALL (frontier) {
  UNWIND frontier AS p
  WITH p, ${first ? 'false' : `COUNT { (p)--() } > ${HUB_DEGREE}`} AS hub
  CALL (p, hub) {
    WITH p WHERE NOT hub
    MATCH (p)-[:${typePattern(types)}]-(n:Entity)
    WITH DISTINCT n ORDER BY n.id${first ? ' SKIP $skip' : ''} LIMIT $perNodePlusOne
    RETURN collect(n) AS around
  }
  RETURN collect(around) AS arounds, true IN collect(hub) AS passedHub
}
WITH reduce(acc = {seen: seen, next: [], truncated: truncated OR passedHub}, around IN arounds |
  reduce(a = {seen: acc.seen, next: acc.next, truncated: acc.truncated OR size(around) > $perNode}, n IN around[0..$perNode] |
    CASE
      WHEN n IN a.seen THEN a
      WHEN size(a.seen) >= $limit THEN {seen: a.seen, next: a.next, truncated: true}
      ELSE {seen: a.seen + n, next: a.next + n, truncated: a.truncated}
    END)) AS acc
WITH acc.seen AS seen, acc.next AS frontier, acc.truncated AS truncated`;
}

interface ViewRow {
  nodes: { node: Record<string, unknown>; degree: number }[];
  edges: ViewEdge[];
}

function toView(row: ViewRow, truncated: boolean): GraphView {
  return {
    nodes: row.nodes.map(toViewNode),
    edges: row.edges.map((edge) => {
      // The digest and the review queue's key are bookkeeping, not the relationship's facts.
      const { digest: _digest, id: _id, [REVIEW_QUEUE_KEY]: _key, ...properties } = edge.properties;
      return { ...edge, properties };
    }),
    truncated,
  };
}

/**
 * The neighbourhood of a node, breadth first to `depth`: at most `perNode` neighbours are taken
 * from any one node (hubs are sampled, not exhausted; `skip` pages through the start node's, in id
 * order) and at most `limit` nodes overall. One
 * statement: the layers, then the edges among the nodes taken.
 */
export async function neighbourhood(
  db: Database,
  id: string,
  options: { depth: number; limit: number; perNode: number; skip: number; types: RelationshipType[] },
  asked: ViewAsked,
): Promise<GraphView | null> {
  const layers = Array.from({ length: options.depth }, (_, i) => layer(options.types, i === 0));
  const [row] = await db.read<ViewRow & { truncated: boolean }>(
    `MATCH (s:Entity {id: $id})
WITH [s] AS seen, [s] AS frontier, false AS truncated
${layers.join('\n')}
WITH seen AS nodes, truncated
${edgesAmongNodes(options.types, asked)}
RETURN [n IN nodes | ${viewNode(asked)}] AS nodes, edges, truncated`,
    {
      id,
      limit: neo4j.int(options.limit),
      perNode: neo4j.int(options.perNode),
      skip: neo4j.int(options.skip),
      perNodePlusOne: neo4j.int(options.perNode + 1),
    },
  );
  return row ? toView(row, row.truncated) : null;
}

/** How many distinct neighbours a node has through one relationship type, of one node type. */
export interface NeighbourCount {
  relationship: string;
  nodeType: string;
  count: number;
}

/**
 * A node's neighbours counted by relationship type and node type, most first: what expanding it
 * by type would bring. Null when no node has the id.
 */
export async function neighbourCounts(
  db: Database,
  id: string,
  types: RelationshipType[],
): Promise<NeighbourCount[] | null> {
  const [row] = await db.read<{
    found: boolean;
    counts: { relationship: string; labels: string[]; count: number }[];
  }>(
    `OPTIONAL MATCH (s:Entity {id: $id})
CALL (s) {
  MATCH (s)-[r:${typePattern(types)}]-(n:Entity)
  WITH type(r) AS relationship, labels(n) AS labels, count(DISTINCT n) AS count
  ORDER BY count DESC, relationship, labels
  RETURN collect({relationship: relationship, labels: labels, count: count}) AS counts
}
RETURN s IS NOT NULL AS found, counts`,
    { id },
  );
  if (!row?.found) return null;
  return row.counts.map(({ relationship, labels, count }) => ({
    relationship,
    nodeType: ENTITY_LABELS.find((label) => labels.includes(label)) ?? 'Entity',
    count: Number(count),
  }));
}

/** The given nodes, in the order given, and the relationships of the given types among them. */
export async function subgraph(
  db: Database,
  ids: string[],
  types: RelationshipType[],
  asked: ViewAsked,
): Promise<GraphView> {
  const [row] = await db.read<ViewRow>(
    `UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH collect(n) AS listed, collect(DISTINCT n) AS nodes
${edgesAmongNodes(types, asked)}
RETURN [n IN listed | ${viewNode(asked)}] AS nodes, edges`,
    { ids },
  );
  return toView(row as ViewRow, false);
}

/**
 * Shortest paths between two nodes over relationships of the given types, at most `maxLength`
 * long: one, or all of the same shortest length (at most `limit`). The view comes from the paths
 * themselves, in the same statement.
 */
export async function shortestPaths(
  db: Database,
  from: string,
  to: string,
  options: { maxLength: number; all: boolean; limit: number; types: RelationshipType[] },
  asked: ViewAsked,
): Promise<{ paths: string[][]; view: GraphView }> {
  const [row] = (await db.read<ViewRow & { paths: string[][] }>(
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ${options.all ? 'ALL SHORTEST' : 'SHORTEST 1'} (a)-[:${typePattern(options.types)}]-{1,${MAX_PATH_LENGTH}}(b)
WHERE length(p) <= $maxLength
WITH p LIMIT $limit
WITH collect(p) AS paths // one row, even when no path was found
WITH paths,
     reduce(ns = [], p IN paths | ns + [n IN nodes(p) WHERE NOT n IN ns]) AS nodes,
     reduce(rs = [], p IN paths | rs + [r IN relationships(p) WHERE NOT r IN rs]) AS rels
CALL (rels) {
  UNWIND rels AS r
  WITH r ORDER BY r.id
  RETURN collect(${viewEdge('r', asked)}) AS edges
}
RETURN [p IN paths | [n IN nodes(p) | n.id]] AS paths, [n IN nodes | ${viewNode(asked)}] AS nodes, edges`,
    {
      from,
      to,
      maxLength: neo4j.int(options.maxLength),
      limit: neo4j.int(options.limit),
    },
  )) as [ViewRow & { paths: string[][] }];
  return { paths: row.paths, view: toView(row, false) };
}

/** The longest path `shortestPaths` looks for. */
export const MAX_PATH_LENGTH = 8;
