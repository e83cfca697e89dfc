import { type Loose, type Question, sorted } from './question.js';

interface Meeting {
  id: string;
  commitments: { id: string; derivesFrom: { id: string; madeAt: { id: string; places: string[] }[] }[] }[];
}

// Each level's items sorted by id, so that systems that order a page differently agree when the
// page holds all there is (a meeting has two commitments, a commitment one derivation, a meeting
// one place).
const meetings = (items: Meeting[]) =>
  sorted(
    items.map((m) => ({
      id: m.id,
      commitments: sorted(
        m.commitments.map((c) => ({ id: c.id, derivesFrom: sorted(c.derivesFrom, (d) => d.id) })),
        (c) => c.id,
      ),
    })),
    (m) => m.id,
  );

const places = (items: { id: string }[]) => items.map((p) => p.id).sort();

/**
 * Five levels: a person's latest meetings → the commitments made at each → what each follows up
 * → the meeting that one was made at → its places. Derivations from instruments are left out:
 * @neo4j/graphql's `derivesFrom` is typed to commitments only.
 */
export const deep: Question = {
  name: 'deep',
  title: 'person → meetings → commitments → derives from → made at → places',
  args: (picks) => picks.people.map((id) => ({ id })),
  api: {
    query: `query Deep($id: ID!) {
  node(id: $id) {
    id
    ... on Person {
      events(first: 10) {
        nodes {
          id
          commitments(first: 5) {
            nodes {
              id
              derivesFrom(first: 5) {
                nodes {
                  __typename id
                  ... on Commitment { madeAt { node { id places(first: 5) { nodes { id } } } } }
                }
              }
            }
          }
        }
      }
    }
  }
}`,
    variables: (a) => a,
    key: (data: Loose) =>
      meetings(
        data.node.events.nodes.map((e: Loose) => ({
          id: e.id,
          commitments: e.commitments.nodes.map((c: Loose) => ({
            id: c.id,
            derivesFrom: c.derivesFrom.nodes
              .filter((d: Loose) => d.__typename === 'Commitment')
              .map((d: Loose) => ({
                id: d.id,
                madeAt: d.madeAt
                  ? [{ id: d.madeAt.node.id, places: places(d.madeAt.node.places.nodes) }]
                  : [],
              })),
          })),
        })),
      ),
  },
  neo4jGraphql: {
    query: `query Deep($id: ID!) {
  people(where: { id: { eq: $id } }) {
    id
    eventsConnection(first: 10, sort: [{ node: { dateEarliest: DESC } }]) {
      edges {
        node {
          id
          commitments(limit: 5, sort: [{ name: ASC }]) {
            id
            derivesFrom(limit: 5) { id madeAt { id places(limit: 5) { id } } }
          }
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
          commitments: e.node.commitments.map((c: Loose) => ({
            id: c.id,
            derivesFrom: c.derivesFrom.map((d: Loose) => ({
              id: d.id,
              madeAt: d.madeAt.map((m: Loose) => ({ id: m.id, places: places(m.places) })),
            })),
          })),
        })),
      ),
  },
  cypher: {
    statement: `MATCH (p:Person {id: $id})
CALL (p) {
  MATCH (p)-[r:PARTICIPATED_IN]->(e:Event)
  WITH r, e ORDER BY e.dateEarliest DESC, r.id DESC LIMIT 10
  RETURN collect({
    id: e.id,
    commitments: COLLECT {
      MATCH (e)<-[:MADE_AT]-(c:Commitment)
      WITH c ORDER BY c.name LIMIT 5
      RETURN {id: c.id, derivesFrom: COLLECT {
        MATCH (c)-[:DERIVES_FROM]->(d:Commitment)
        WITH d ORDER BY d.id LIMIT 5
        RETURN {id: d.id, madeAt: COLLECT {
          MATCH (d)-[:MADE_AT]->(m:Event)
          RETURN {id: m.id, places: COLLECT { MATCH (m)-[:TOOK_PLACE_IN]->(pl:Place) RETURN pl.id LIMIT 5 }}
        }}
      }}
    }
  }) AS events
}
RETURN p.id AS id, events`,
    params: (a) => a,
    key: (rows: Loose[]) =>
      meetings(
        rows[0].events.map((e: Loose) => ({
          id: e.id,
          commitments: e.commitments.map((c: Loose) => ({
            id: c.id,
            derivesFrom: c.derivesFrom.map((d: Loose) => ({
              id: d.id,
              madeAt: d.madeAt.map((m: Loose) => ({ id: m.id, places: [...m.places].sort() })),
            })),
          })),
        })),
      ),
  },
};
