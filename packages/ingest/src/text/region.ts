/**
 * A saved news page is more than its article: tickers of other headlines, widgets, links to other
 * articles, comment forms. Segmenting it tells the ingest which text is the article.
 */
export type RegionKind = 'title' | 'byline' | 'dateline' | 'body' | 'caption' | 'noise';

/** A run of the raw text; the regions of a page follow each other with no gap. */
export interface Region {
  kind: RegionKind;
  start: number;
  end: number;
  reason?: string;
}

/** Whether two runs of the same text share a character (ends are exclusive). */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
