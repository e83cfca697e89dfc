import type { Database } from '@diplograph/db';
import { type EntityLabel, searchWords } from '@diplograph/schema';
import neo4j from 'neo4j-driver';
import { type GraphRecord, nodeProjection, toRecord } from '../records.js';

export interface SearchHit {
  node: GraphRecord;
  score: number;
}

/** How much a match in each indexed field counts: an acronym most, a quoted passage least. */
const FIELD_WEIGHTS = { searchAcronym: 8, searchName: 4, searchAliases: 3, searchQuote: 1 };

/** The fields that name a node: what a mistyped id may be close to. */
const NAME_WEIGHTS = { searchAcronym: 8, searchName: 4, searchAliases: 3 };

/** Words this long may also match names with one typo ("Retaileau" finds Retailleau). */
const FUZZY_FROM = 5;

/**
 * The Lucene clauses that match one folded word in the weighted fields: whole, or (for less) as
 * the start of a word, or a name with a typo (for least).
 */
function wordClauses(w: string, weights: Record<string, number>): string {
  const exact = Object.entries(weights).map(
    ([field, weight]) => `${field}:${w}^${weight} ${field}:${w}*^${weight / 2}`,
  );
  const typo = w.length >= FUZZY_FROM ? [`searchName:${w}~1^0.5`, `searchAliases:${w}~1^0.5`] : [];
  return [...exact, ...typo].join(' ');
}

/**
 * A Lucene query for what an analyst types: its words folded as the ingest folds indexed text,
 * each required, matched in any field. Only letters and digits survive folding, so no input can
 * change the query's structure.
 */
export function luceneQuery(text: string): string | null {
  const words = searchWords(text).slice(0, 12);
  if (words.length === 0) return null;
  return words.map((w) => `+(${wordClauses(w, FIELD_WEIGHTS)})`).join(' ');
}

/**
 * A Lucene query for the names an id may have meant ("fraance", "khalid-zeroali"): any of its
 * words in a name, alias or acronym, the nodes with more of them first. Ids often hold words their
 * names lack (a number, a date), so no word is required.
 */
export function nearNamesQuery(id: string): string | null {
  const words = searchWords(id).slice(0, 12);
  if (words.length === 0) return null;
  return words.map((w) => `(${wordClauses(w, NAME_WEIGHTS)})`).join(' ');
}

/** How many index hits are re-ranked for each hit returned, so an exact match below the cut still rises. */
const RERANK_POOL = 5;

/**
 * The clauses that rank the nodes whose names, aliases, acronyms, titles or quotes match, binding
 * `node`, `score` and `exact` for what follows, with their parameters; null when nothing can
 * match. A node whose acronym or whole name is exactly what was typed comes first, whatever the
 * index's scores: those depend on how often the words occur in the rest of the graph, which grows
 * with every article.
 */
export function searchClauses(
  text: string,
  labels: EntityLabel[],
  limit: number,
): { clauses: string; params: Record<string, unknown> } | null {
  const query = luceneQuery(text);
  if (!query) return null;
  return {
    // A node without an acronym compares null, and null sorts first in descending order: coalesce.
    clauses: `CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $fetch}) YIELD node, score
WHERE size($labels) = 0 OR any(label IN labels(node) WHERE label IN $labels)
WITH node, score, coalesce(node.searchAcronym = $typed OR node.searchName = $typed, false) AS exact
ORDER BY exact DESC, score DESC, node.id LIMIT $limit`,
    // Filtering by type happens after the index ranks; fetch more so that filtered pages stay full.
    params: {
      query,
      labels,
      typed: searchWords(text).join(' '),
      fetch: neo4j.int(limit * RERANK_POOL * (labels.length ? 2 : 1)),
      limit: neo4j.int(limit),
    },
  };
}

/** Ranked nodes that match what was typed (see `searchClauses`), best first. */
export async function search(
  db: Database,
  text: string,
  labels: EntityLabel[],
  limit: number,
  properties: readonly string[] | null = null,
): Promise<SearchHit[]> {
  const ranked = searchClauses(text, labels, limit);
  if (!ranked) return [];
  const rows = await db.read<{ node: Record<string, unknown>; score: number }>(
    `${ranked.clauses}
RETURN ${nodeProjection('node', properties)} AS node, score`,
    ranked.params,
  );
  return rows.map((row) => ({ node: toRecord(row.node, properties), score: row.score }));
}
