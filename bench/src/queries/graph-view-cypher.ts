import { FACT_TYPES, TYPE_OF } from './question.js';

// One statement each for the graph views, shared by the @neo4j/graphql @cypher fields and the raw
// Cypher floor, so that both run exactly the same Cypher.

const VIEW_NODE = (n: string) =>
  `{id: ${n}.id, type: ${TYPE_OF(n)}, label: coalesce(${n}.name, ${n}.quote, ${n}.id), degree: COUNT { (${n})--() }}`;

/**
 * The relationships from the hub `a` to the other hubs among `nodes`, type by type (the types
 * written out: the bench asks for fact types): a small group of the type is expanded, a large one
 * joined hub by hub. Over all types at once, Expand(Into) between two hubs reads thousands.
 */
const FROM_HUB_BY_TYPE = FACT_TYPES.map(
  (type) => `WITH a, nodes WHERE COUNT { (a)-[:${type}]->() } <= 500
      MATCH (a)-[r:${type}]->(b) WHERE type(r) IN $types AND b IN nodes AND COUNT { (b)--() } > 500
      RETURN r
      UNION ALL
      WITH a, nodes WHERE COUNT { (a)-[:${type}]->() } > 500
      UNWIND nodes AS b
      WITH a, b WHERE COUNT { (b)--() } > 500
      MATCH (a)-[r:${type}]->(b) WHERE type(r) IN $types
      RETURN r`,
).join('\n      UNION ALL\n      ');

/**
 * The API's breadth-first neighbourhood to depth 2 (at most $perNode neighbours of each node, by id;
 * a hub, a node of more than 500 relationships, is not expanded past the start node), the edges
 * among its nodes found from their lower-degree end (a hub is never expanded for them).
 */
export const NEIGHBOURHOOD = `MATCH (s:Entity {id: $id})
CALL (s) {
  MATCH (s)-[r]-(n:Entity) WHERE type(r) IN $types
  WITH DISTINCT n ORDER BY n.id LIMIT $perNode
  RETURN collect(n) AS first
}
CALL (first) {
  UNWIND first AS m
  WITH m WHERE COUNT { (m)--() } <= 500
  CALL (m) {
    MATCH (m)-[r]-(n:Entity) WHERE type(r) IN $types
    WITH DISTINCT n ORDER BY n.id LIMIT $perNode
    RETURN collect(n) AS around
  }
  UNWIND around AS n
  RETURN collect(DISTINCT n) AS second
}
WITH [s] + first + [n IN second WHERE n <> s AND NOT n IN first] AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  CALL (a, nodes) {
    WITH a, nodes WHERE COUNT { (a)--() } <= 500
    MATCH (a)-[r]-(b) WHERE type(r) IN $types AND b IN nodes AND (startNode(r) = a OR COUNT { (b)--() } > 500)
    RETURN r
    UNION
    WITH a, nodes WHERE COUNT { (a)--() } > 500
    CALL (a, nodes) {
      ${FROM_HUB_BY_TYPE}
    }
    RETURN r
  }
  WITH DISTINCT r
  RETURN collect({id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id}) AS edges
}
RETURN {nodes: [n IN nodes | ${VIEW_NODE('n')}], edges: edges} AS view`;

/** One shortest path over fact relationships, with its nodes and relationships. */
export const SHORTEST_PATH = `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 1 (a)(()-[r]-() WHERE type(r) IN $types){1,8}(b)
WHERE length(p) <= $maxLength
RETURN {
  nodes: [n IN nodes(p) | ${VIEW_NODE('n')}],
  edges: [r IN relationships(p) | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id}]
} AS view`;
