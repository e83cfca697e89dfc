import { luceneQuery } from '@diplograph/api';
import { type Loose, type Question, TYPE_OF } from './question.js';

/** Search as an analyst types: best matches first. */
export const search: Question = {
  name: 'search',
  title: 'search',
  args: (picks) => picks.searches.map((text) => ({ text })),
  api: {
    query: `query Search($text: String!) {
  search(query: $text, first: 10) { score type node { id ... on Entity { name } } }
}`,
    variables: (a) => a,
    key: (data: Loose) => data.search.map((hit: Loose) => hit.node.id),
  },
  neo4jGraphql: {
    query: `query Search($lucene: String!) {
  search(lucene: $lucene, first: 10) { id type name score }
}`,
    variables: (a) => ({ lucene: luceneQuery(String(a.text)) ?? '' }),
    key: (data: Loose) => data.search.map((hit: Loose) => hit.id),
  },
  cypher: {
    statement: `CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: 10}) YIELD node, score
RETURN node.id AS id, ${TYPE_OF('node')} AS type, node.name AS name, score
ORDER BY score DESC, node.id`,
    params: (a) => ({ lucene: luceneQuery(String(a.text)) ?? '' }),
    key: (rows: Loose[]) => rows.map((r) => r.id),
  },
};
