import { type Loose, type Question, quotes, sorted } from './question.js';

interface Entry {
  id: string;
  evidence: string[];
}

/** Which commitments trace back to this instrument, and on what evidence? */
export const lineage: Question = {
  name: 'lineage',
  title: 'lineage to an instrument',
  args: (picks) => picks.instruments.map((id) => ({ id })),
  api: {
    query: `query Lineage($id: ID!) {
  lineage(of: $id, first: 100) {
    edges { node { depth node { id name ... on Commitment { status } evidence { quote source { title } } } } }
  }
}`,
    variables: (a) => a,
    key: (data: Loose) =>
      sorted<Entry>(
        data.lineage.edges.map((e: Loose) => ({
          id: e.node.node.id,
          evidence: quotes(e.node.node.evidence),
        })),
        (c) => c.id,
      ),
  },
  neo4jGraphql: {
    query: `query Lineage($id: ID!) {
  lineage(of: $id) { id name status evidence { quote source { name } } }
}`,
    variables: (a) => a,
    key: (data: Loose) =>
      sorted<Entry>(
        data.lineage.map((c: Loose) => ({ id: c.id, evidence: quotes(c.evidence) })),
        (c) => c.id,
      ),
  },
  cypher: {
    statement: `MATCH (root:Entity {id: $id})
MATCH p = SHORTEST 1 (d:Commitment)-[:DERIVES_FROM]->{1,10}(root)
WITH d, length(p) AS depth ORDER BY depth, d.dateEarliest, d.name, d.id LIMIT 100
RETURN d.id AS id, d.name AS name, d.status AS status, depth,
  COLLECT { MATCH (d)-[:SUPPORTED_BY]->(e:Evidence)-[:QUOTED_FROM]->(s:Source)
            RETURN {quote: e.quote, source: s.name} } AS evidence`,
    params: (a) => a,
    key: (rows: Loose[]) =>
      sorted(
        rows.map((r) => ({ id: r.id, evidence: quotes(r.evidence) })),
        (c) => c.id,
      ),
  },
};
