import { type Loose, type Question, sorted } from './question.js';

interface Meeting {
  id: string;
  participants: string[];
  commitments: string[];
  themes: string[];
}

// The page's meetings sorted by id and each page's ids sorted: the systems agree on which 100
// meetings are latest, and each relationship page holds all there is (three participants, two
// commitments, one theme a meeting).
const meetings = (items: Meeting[]) =>
  sorted(
    items.map((m) => ({
      id: m.id,
      participants: [...m.participants].sort(),
      commitments: [...m.commitments].sort(),
      themes: [...m.themes].sort(),
    })),
    (m) => m.id,
  );

const ids = (items: { id: string }[]) => items.map((i) => i.id);

/** A page of the 100 latest meetings, each with three relationship pages. */
export const wide: Question = {
  name: 'wide',
  title: '100 latest meetings, each with its participants, commitments and themes',
  args: () => [{}],
  api: {
    query: `query Wide {
  events(first: 100) {
    nodes {
      id
      participants(first: 5) { nodes { id } }
      commitments(first: 5) { nodes { id } }
      themes(first: 5) { nodes { id } }
    }
  }
}`,
    variables: (a) => a,
    key: (data: Loose) =>
      meetings(
        data.events.nodes.map((e: Loose) => ({
          id: e.id,
          participants: ids(e.participants.nodes),
          commitments: ids(e.commitments.nodes),
          themes: ids(e.themes.nodes),
        })),
      ),
  },
  neo4jGraphql: {
    query: `query Wide {
  events(limit: 100, sort: [{ dateEarliest: DESC }, { id: DESC }]) {
    id
    participants(limit: 5) { id }
    commitments(limit: 5) { id }
    themes(limit: 5) { id }
  }
}`,
    variables: (a) => a,
    key: (data: Loose) =>
      meetings(
        data.events.map((e: Loose) => ({
          id: e.id,
          participants: ids(e.participants),
          commitments: ids(e.commitments),
          themes: ids(e.themes),
        })),
      ),
  },
  cypher: {
    statement: `MATCH (e:Event)
WITH e ORDER BY e.dateEarliest DESC, e.id DESC LIMIT 100
RETURN e.id AS id,
  COLLECT { MATCH (e)<-[:PARTICIPATED_IN]-(a:Entity) RETURN a.id LIMIT 5 } AS participants,
  COLLECT { MATCH (e)<-[:MADE_AT]-(c:Commitment) RETURN c.id LIMIT 5 } AS commitments,
  COLLECT { MATCH (e)-[:ON_THEME]->(t:Theme) RETURN t.id LIMIT 5 } AS themes`,
    params: (a) => a,
    key: (rows: Loose[]) =>
      meetings(
        rows.map((r: Loose) => ({
          id: r.id,
          participants: r.participants,
          commitments: r.commitments,
          themes: r.themes,
        })),
      ),
  },
};
