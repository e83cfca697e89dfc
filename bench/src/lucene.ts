import { searchWords } from '@diplograph/schema';

// What the API does to a search before it reaches the index (packages/api/src/queries/search-query.ts),
// done here for the clients of @neo4j/graphql and raw Cypher, which pass a Lucene query as is.
const FIELD_WEIGHTS = { searchAcronym: 8, searchName: 4, searchAliases: 3, searchQuote: 1 };
const FUZZY_FROM = 5;

export function luceneQuery(text: string): string {
  const words = searchWords(text).slice(0, 12);
  const clause = (w: string) => {
    const exact = Object.entries(FIELD_WEIGHTS).map(
      ([field, weight]) => `${field}:${w}^${weight} ${field}:${w}*^${weight / 2}`,
    );
    const typo = w.length >= FUZZY_FROM ? [`searchName:${w}~1^0.5`, `searchAliases:${w}~1^0.5`] : [];
    return [...exact, ...typo].join(' ');
  };
  return words.map((w) => `+(${clause(w)})`).join(' ');
}
