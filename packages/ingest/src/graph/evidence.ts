import type { EvidenceInput, PageSection } from '@diplograph/schema';
import type { Region } from '../text/region.js';
import { at, type BuildContext, type Location } from './context.js';
import { searchFields } from './search-fields.js';

/**
 * Finds each quoted passage in its source and records it as an Evidence node quoted from the
 * Source. Returns the evidence ids, which the supported node or relationship keeps.
 */
export function recordEvidence(ctx: BuildContext, input: EvidenceInput, location: Location): string[] {
  const ids: string[] = [];
  for (const [sourceId, quotes] of Object.entries(input)) {
    const source = ctx.sources.get(sourceId);
    if (!source) {
      ctx.report(at(location, 'evidence', sourceId), `unknown source "${sourceId}"`);
      continue;
    }
    quotes.forEach((item, index) => {
      const here = at(location, 'evidence', sourceId, index);
      const quote = typeof item === 'string' ? item : item.quote;
      const occurrence = typeof item === 'string' ? undefined : item.occurrence;
      const found = locateQuote(source.article.text, quote, occurrence);
      if (typeof found === 'string') {
        ctx.report(here, `${sourceId}: ${found}`);
        return;
      }
      const region = regionAt(source.article.regions, found.start);
      if (!region || region.kind === 'noise') {
        const why = region?.reason ? ` (${region.reason})` : '';
        ctx.report(here, `${sourceId}: the quote lies in page noise${why}; facts cannot rest on it`);
        return;
      }
      const id = evidenceId(sourceId, found.start, found.end);
      if (!ctx.graph.hasNode(id)) {
        ctx.graph.addNode({
          label: 'Evidence',
          id,
          props: {
            id,
            sourceId,
            quote,
            start: found.start,
            end: found.end,
            section: region.kind as PageSection,
            ...searchFields({ quote }),
          },
        });
        ctx.graph.addRelationship({
          type: 'QUOTED_FROM',
          id: `QUOTED_FROM:${id}->${sourceId}`,
          from: id,
          to: sourceId,
          props: { id: `QUOTED_FROM:${id}->${sourceId}` },
        });
      }
      ids.push(id);
    });
  }
  return [...new Set(ids)].sort();
}

/** Evidence ids name their source and span: `src-001@120-157`. */
export function evidenceId(sourceId: string, start: number, end: number): string {
  return `${sourceId}@${start}-${end}`;
}

export function sourceOfEvidence(id: string): string {
  return id.slice(0, id.lastIndexOf('@'));
}

/** Links a node to the passages that support it. */
export function supportNode(ctx: BuildContext, nodeId: string, evidenceIds: string[]): void {
  for (const evidenceId of evidenceIds) {
    const id = `SUPPORTED_BY:${nodeId}->${evidenceId}`;
    ctx.graph.addRelationship({ type: 'SUPPORTED_BY', id, from: nodeId, to: evidenceId, props: { id } });
  }
}

/** Offsets of the nth occurrence of an exact quote, or why it cannot be placed. */
export function locateQuote(
  text: string,
  quote: string,
  occurrence?: number,
): { start: number; end: number } | string {
  const starts: number[] = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) starts.push(i);
  if (starts.length === 0) return `quote not found: "${quote}"${nearMissHint(text, quote)}`;
  if (occurrence === undefined && starts.length > 1) {
    return `quote occurs ${starts.length} times: "${quote}"; say which with {quote, occurrence}`;
  }
  const start = starts[(occurrence ?? 1) - 1];
  if (start === undefined) return `quote occurs only ${starts.length} time(s), not ${occurrence}: "${quote}"`;
  return { start, end: start + quote.length };
}

/** Curators often type straight apostrophes or single spaces where the page has others. */
function nearMissHint(text: string, quote: string): string {
  const loose = (s: string) => s.replace(/[’ʼ']/g, "'").replace(/[«»"]/g, '"').replace(/\s+/g, ' ');
  if (loose(text).includes(loose(quote)))
    return ' (it matches once apostrophes, quotation marks and spaces are written as in the article)';
  if (text.toLowerCase().includes(quote.toLowerCase())) return ' (it matches with other capitals)';
  return '';
}

export function regionAt(regions: Region[], offset: number): Region | undefined {
  return regions.find((r) => r.start <= offset && offset < r.end);
}
