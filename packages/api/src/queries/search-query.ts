import type { Database } from '@diplograph/db';
import { type EntityLabel } from '@diplograph/schema';
import neo4j from 'neo4j-driver';
import { type GraphRecord, NODE_PROJECTION, toRecord } from '../records.js';

export interface SearchHit {
  node: GraphRecord;
  score: number;
}

/**
 * A Lucene query for what an analyst types: each word folded to plain lowercase letters (the
 * index folds accents the same way) and matched whole or as a prefix, all words required. Only
 * letters and digits survive, so no input can change the query's structure.
 */
export function luceneQuery(text: string): string | null {
  const words = text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((w) => (w.length > 1 ? `(${w}^2 OR ${w}*)` : w)).join(' AND ');
}

/** Ranked nodes whose names, aliases, acronyms, titles or quotes match. */
export async function search(db: Database, text: string, labels: EntityLabel[], limit: number): Promise<SearchHit[]> {
  const query = luceneQuery(text);
  if (!query) return [];
  const rows = await db.read<{ node: Record<string, unknown>; score: number }>(
    `CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $fetch}) YIELD node, score
WHERE size($labels) = 0 OR any(label IN labels(node) WHERE label IN $labels)
RETURN ${NODE_PROJECTION('node')} AS node, score
ORDER BY score DESC, node.id
LIMIT $limit`,
    // Filtering by type happens after the index ranks; fetch more so that filtered pages stay full.
    { query, labels, fetch: neo4j.int(labels.length ? limit * 10 : limit), limit: neo4j.int(limit) },
  );
  return rows.map((row) => ({ node: toRecord(row.node), score: row.score }));
}
