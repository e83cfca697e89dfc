import neo4j from 'neo4j-driver';
import { NEIGHBOURHOOD } from './graph-view-cypher.js';
import { FACT_TYPES, type Loose, type Question } from './question.js';

interface View {
  nodes: { id: string; degree: number }[];
  edges: { id: string }[];
}

const viewKey = (view: View) => ({
  nodes: view.nodes.map((n) => `${n.id}:${n.degree}`).sort(),
  edges: view.edges.map((e) => e.id).sort(),
});

const VIEW_FIELDS = 'nodes { id type label degree } edges { id type source target }';

/** The nodes within two steps of a node, hubs sampled, and the relationships among them. */
export const neighbourhood: Question = {
  name: 'neighbourhood',
  title: 'neighbourhood, depth 2',
  args: (picks) => picks.people.map((id) => ({ id })).reverse(),
  api: {
    query: `query Neighbourhood($id: ID!) {
  neighbourhood(id: $id, depth: 2, limit: 1000, perNode: 50) { ${VIEW_FIELDS} truncated }
}`,
    variables: (a) => a,
    key: (data: Loose) => viewKey(data.neighbourhood),
  },
  neo4jGraphql: {
    query: `query Neighbourhood($id: ID!, $types: [String!]!) {
  neighbourhood(id: $id, perNode: 50, types: $types) { ${VIEW_FIELDS} }
}`,
    variables: (a) => ({ ...a, types: FACT_TYPES }),
    key: (data: Loose) => viewKey(data.neighbourhood),
  },
  cypher: {
    statement: NEIGHBOURHOOD,
    params: (a) => ({ ...a, types: FACT_TYPES, perNode: neo4j.int(50) }),
    key: (rows: Loose[]) => viewKey(rows[0].view),
  },
};
