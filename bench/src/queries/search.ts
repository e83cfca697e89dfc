import { luceneQuery } from '@diplograph/api';
import { searchWords } from '@diplograph/schema';
import { type Loose, type Question, TYPE_OF } from './question.js';

/** What search compares with names and acronyms for an exact match: the folded words typed. */
const typed = (a: Loose) => searchWords(String(a.text)).join(' ');

/** Search as an analyst types: an exact name or acronym first, then best matches (of 5× as many hits). */
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
    query: `query Search($lucene: String!, $typed: String!) {
  search(lucene: $lucene, typed: $typed, first: 10) { id type name score }
}`,
    variables: (a) => ({ lucene: luceneQuery(String(a.text)) ?? '', typed: typed(a) }),
    key: (data: Loose) => data.search.map((hit: Loose) => hit.id),
  },
  cypher: {
    statement: `CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: 50}) YIELD node, score
WITH node, score, coalesce(node.searchAcronym = $typed OR node.searchName = $typed, false) AS exact
ORDER BY exact DESC, score DESC, node.id LIMIT 10
RETURN node.id AS id, ${TYPE_OF('node')} AS type, node.name AS name, score`,
    params: (a) => ({ lucene: luceneQuery(String(a.text)) ?? '', typed: typed(a) }),
    key: (rows: Loose[]) => rows.map((r) => r.id),
  },
};
