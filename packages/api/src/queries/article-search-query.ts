import type { Database } from '@diplograph/db';
import { foldKeepingOffsets, searchWords } from '@diplograph/schema';
import neo4j from 'neo4j-driver';
import { NODE_PROJECTION, toRecord } from '../records.js';
import type { SourceShape } from '../shapes.js';

export interface ArticleHit {
  source: SourceShape;
  score: number;
  /** A short passage around the first place the article holds the first word searched for. */
  excerpt: string | null;
}

/** How much text an excerpt shows on each side of the word it found. */
const EXCERPT_CONTEXT = 80;

/**
 * Each word searched for is required, whole or as the start of a word. Only letters and digits
 * survive folding, so no input can change the query's structure.
 */
function articleQuery(words: string[]): string {
  return words.map((w) => `+(articleText:${w}^2 articleText:${w}*)`).join(' ');
}

/** The excerpt around the first word's first match, found in the folded text at the same offsets. */
function excerptOf(text: string, word: string): string | null {
  const folded = foldKeepingOffsets(text);
  const at = folded.search(new RegExp(`(?<![\\p{L}\\p{N}])${word}`, 'u'));
  if (at < 0) return null;
  const start = Math.max(0, at - EXCERPT_CONTEXT);
  const end = Math.min(text.length, at + word.length + EXCERPT_CONTEXT);
  const inner = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${inner}${end < text.length ? '…' : ''}`;
}

/** The articles whose text holds every word of `text`, best first, each with an excerpt. */
export async function searchArticles(db: Database, text: string, limit: number): Promise<ArticleHit[]> {
  const words = searchWords(text).slice(0, 12);
  const [first] = words;
  if (first === undefined) return [];
  const rows = await db.read<{ source: Record<string, unknown>; score: number; text: string }>(
    `CALL db.index.fulltext.queryNodes('source_text', $query, {limit: $limit}) YIELD node, score
RETURN ${NODE_PROJECTION('node')} AS source, score, node.articleText AS text
ORDER BY score DESC, node.id`,
    { query: articleQuery(words), limit: neo4j.int(limit) },
  );
  return rows.map((row) => ({
    source: toRecord(row.source) as SourceShape,
    score: row.score,
    excerpt: excerptOf(row.text, first),
  }));
}
