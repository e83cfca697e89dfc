import neo4j from 'neo4j-driver';
import { SHORTEST_PATH } from './graph-view-cypher.js';
import { FACT_TYPES, type Loose, type Question } from './question.js';

/**
 * Equal-length shortest paths are equally right, and each system may meet a different one first:
 * answers agree when they join the same two nodes in the same number of steps.
 */
const pathKey = (ids: string[]) => ({ from: ids[0], to: ids.at(-1), length: ids.length - 1 });

/** How are two people connected? */
export const shortestPath: Question = {
  name: 'shortestPath',
  title: 'shortest path',
  args: (picks) => picks.pairs.map(([from, to]) => ({ from, to })),
  api: {
    query: `query ShortestPath($from: ID!, $to: ID!) {
  shortestPaths(from: $from, to: $to) {
    paths { nodeIds length }
    view { nodes { id type label degree } edges { id type source target } }
  }
}`,
    variables: (a) => a,
    key: (data: Loose) => pathKey(data.shortestPaths.paths[0]?.nodeIds ?? []),
  },
  neo4jGraphql: {
    query: `query ShortestPath($from: ID!, $to: ID!, $types: [String!]!) {
  shortestPath(from: $from, to: $to, types: $types) {
    nodes { id type label degree } edges { id type source target }
  }
}`,
    variables: (a) => ({ ...a, types: FACT_TYPES }),
    key: (data: Loose) => pathKey((data.shortestPath?.nodes ?? []).map((n: Loose) => n.id)),
  },
  cypher: {
    statement: SHORTEST_PATH,
    params: (a) => ({ ...a, types: FACT_TYPES, maxLength: neo4j.int(6) }),
    key: (rows: Loose[]) => pathKey((rows[0]?.view.nodes ?? []).map((n: Loose) => n.id)),
  },
};
