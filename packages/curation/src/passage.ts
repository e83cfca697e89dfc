import { createHash } from 'node:crypto';
import type { DecidedPassage } from '@diplograph/schema';

/** A passage with its words, as read from the graph or from the article. */
export interface QuotedPassage extends DecidedPassage {
  quote: string;
}

/**
 * The digest a decision is made against: sha256 of the passages' sources, offsets and words, in
 * a fixed order. It changes when an article's words at those offsets change.
 */
export function passageDigest(passages: readonly QuotedPassage[]): string {
  const ordered = [...passages].sort(
    (a, b) => a.source.localeCompare(b.source) || a.start - b.start || a.end - b.end,
  );
  const hash = createHash('sha256');
  for (const p of ordered) hash.update(JSON.stringify([p.source, p.start, p.end, p.quote]));
  return hash.digest('hex');
}
