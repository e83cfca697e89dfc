import { type Loose, type Question, quotes, sorted } from './question.js';

interface Meeting {
  id: string;
  role: string;
  commitments: { id: string; evidence: string[] }[];
}

const meetings = (items: Meeting[]) =>
  sorted(
    // The API names roles as GraphQL enum values (LED_DELEGATION); the graph stores led-delegation.
    items.map((m) => ({
      ...m,
      role: m.role.toLowerCase().replace(/_/g, '-'),
      commitments: sorted(m.commitments, (c) => c.id),
    })),
    (m) => m.id,
  );

/** An actor's meetings, latest first, the commitments made at each, and their evidence. */
export const nested: Question = {
  name: 'nested',
  title: 'actor → meetings → commitments → evidence',
  args: (picks) => picks.people.map((id) => ({ id })),
  api: {
    query: `query Nested($id: ID!) {
  node(id: $id) {
    id
    ... on Person {
      name
      events(first: 50) {
        edges {
          role
          node {
            id name date { text }
            commitments(first: 10) { edges { node { id summary status evidence { quote source { title } } } } }
          }
        }
      }
    }
  }
}`,
    variables: (a) => a,
    key: (data: Loose) =>
      meetings(
        data.node.events.edges.map((e: Loose) => ({
          id: e.node.id,
          role: e.role,
          commitments: e.node.commitments.edges.map((c: Loose) => ({
            id: c.node.id,
            evidence: quotes(c.node.evidence),
          })),
        })),
      ),
  },
  neo4jGraphql: {
    query: `query Nested($id: ID!) {
  people(where: { id: { eq: $id } }) {
    id name
    eventsConnection(first: 50, sort: [{ node: { dateEarliest: DESC } }]) {
      edges {
        properties { role }
        node {
          id name date
          commitments(limit: 10, sort: [{ name: ASC }]) { id name status evidence { quote source { name } } }
        }
      }
    }
  }
}`,
    variables: (a) => a,
    key: (data: Loose) =>
      meetings(
        data.people[0].eventsConnection.edges.map((e: Loose) => ({
          id: e.node.id,
          role: e.properties.role,
          commitments: e.node.commitments.map((c: Loose) => ({ id: c.id, evidence: quotes(c.evidence) })),
        })),
      ),
  },
  cypher: {
    statement: `MATCH (p:Person {id: $id})
CALL (p) {
  MATCH (p)-[r:PARTICIPATED_IN]->(e:Event)
  WITH r, e ORDER BY e.dateEarliest DESC, r.id DESC LIMIT 50
  RETURN collect({
    role: r.role, id: e.id, name: e.name, date: e.date,
    commitments: COLLECT {
      MATCH (e)<-[:MADE_AT]-(c:Commitment)
      WITH c ORDER BY c.name LIMIT 10
      RETURN {id: c.id, name: c.name, status: c.status,
              evidence: COLLECT { MATCH (c)-[:SUPPORTED_BY]->(x:Evidence)-[:QUOTED_FROM]->(s:Source)
                                  RETURN {quote: x.quote, source: s.name} }}
    }
  }) AS events
}
RETURN p.id AS id, p.name AS name, events`,
    params: (a) => a,
    key: (rows: Loose[]) =>
      meetings(
        rows[0].events.map((e: Loose) => ({
          id: e.id,
          role: e.role,
          commitments: e.commitments.map((c: Loose) => ({ id: c.id, evidence: quotes(c.evidence) })),
        })),
      ),
  },
};
