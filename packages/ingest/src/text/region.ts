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
