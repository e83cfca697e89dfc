import { luceneQuery } from '@diplograph/api';
import { type Loose, type Question, sorted } from './question.js';

const holdings = (items: { person: string; post: string; title: string }[]) =>
  sorted(items, (h) => `${h.post}|${h.person}`);

/** Who held a post, found by its title, on a day? */
export const postHolders: Question = {
  name: 'postHolders',
  title: 'who held a post on a date',
  args: (picks) => picks.posts.map(({ title, at }) => ({ title, at })),
  api: {
    query: `query PostHolders($title: String!, $at: Date!) {
  postHolders(title: $title, at: $at) { title person { id name } post { id } }
}`,
    variables: (a) => a,
    key: (data: Loose) =>
      holdings(
        data.postHolders.map((h: Loose) => ({ person: h.person.id, post: h.post.id, title: h.title })),
      ),
  },
  neo4jGraphql: {
    query: `query PostHolders($lucene: String!, $at: Date!) {
  postsByTitle(lucene: $lucene, first: 5) {
    id
    holdersConnection(where: { edge: { knownFrom: { lte: $at }, knownTo: { gte: $at } } }) {
      edges { properties { title } node { id name } }
    }
  }
}`,
    variables: (a) => ({ lucene: luceneQuery(String(a.title)) ?? '', at: a.at }),
    key: (data: Loose) =>
      holdings(
        data.postsByTitle.flatMap((post: Loose) =>
          post.holdersConnection.edges.map((e: Loose) => ({
            person: e.node.id,
            post: post.id,
            title: e.properties.title,
          })),
        ),
      ),
  },
  cypher: {
    statement: `CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: 50}) YIELD node, score
WHERE node:Post
WITH node ORDER BY score DESC, node.id LIMIT 5
MATCH (node)<-[r:HELD]-(p:Person)
WHERE r.knownFrom <= date($at) AND r.knownTo >= date($at)
RETURN p.id AS person, p.name AS name, node.id AS post, r.title AS title`,
    params: (a) => ({ lucene: luceneQuery(String(a.title)) ?? '', at: a.at }),
    key: (rows: Loose[]) => holdings(rows.map((r) => ({ person: r.person, post: r.post, title: r.title }))),
  },
};
