import { createHash } from 'node:crypto';
import type { BuildContext } from './context.js';
import { addDays, dateProperties, neo4jDate } from './dates.js';
import { link } from './links.js';
import type { Holding } from './posts.js';

interface Span {
  from: string;
  to: string;
}

/**
 * The days on which the sources establish a tenure: from its stated start (or first attestation)
 * to its stated end (or last attestation).
 */
export function knownSpan(h: Holding): Span | undefined {
  const firsts = [h.start?.latest, ...h.attested.map((d) => d.earliest)].filter(isDay);
  const lasts = [h.end?.earliest, ...h.attested.map((d) => d.latest)].filter(isDay);
  const from = firsts.length ? min(firsts) : h.end?.earliest;
  const to = lasts.length ? max(lasts) : h.start?.latest;
  return from && to ? { from, to } : undefined;
}

/**
 * Writes each tenure as a HELD relationship with its known span and the widest span it may cover:
 * up to the days other people are known to have held the same post.
 */
export function buildHoldings(ctx: BuildContext, holdings: Holding[]): void {
  const spans = new Map(holdings.map((h) => [h, knownSpan(h)] as const));
  const byPost = new Map<string, Holding[]>();
  for (const h of holdings) {
    const list = byPost.get(h.post);
    if (list) list.push(h);
    else byPost.set(h.post, [h]);
  }
  for (const holding of holdings) {
    const known = spans.get(holding);
    if (!known) continue;
    const others = (byPost.get(holding.post) ?? []).filter((h) => h.person !== holding.person);
    const before = others.map((h) => spans.get(h)?.to).filter((d): d is string => !!d && d < known.from);
    const after = others.map((h) => spans.get(h)?.from).filter((d): d is string => !!d && d > known.to);
    const possibleFrom = holding.start?.earliest ?? (before.length ? addDays(max(before), 1) : null);
    const possibleTo = holding.end?.latest ?? (after.length ? addDays(min(after), -1) : null);
    link(ctx, {
      type: 'HELD',
      from: holding.person,
      to: holding.post,
      location: { doc: holding.location.doc, path: [...holding.location.path, 'person'] },
      evidence: holding.evidence,
      inherited: [],
      qualifier: createHash('sha1').update(holding.title).digest('hex').slice(0, 8),
      props: {
        title: holding.title,
        ...dateProperties('start', holding.start),
        ...dateProperties('end', holding.end),
        attested: holding.attested.map((d) => d.text),
        knownFrom: neo4jDate(known.from),
        knownTo: neo4jDate(known.to),
        possibleFrom: possibleFrom ? neo4jDate(possibleFrom) : null,
        possibleTo: possibleTo ? neo4jDate(possibleTo) : null,
      },
    });
  }
}

function isDay(value: string | undefined): value is string {
  return value !== undefined;
}
/** ISO days sort as text. */
const min = (days: string[]) => [...days].sort()[0] as string;
const max = (days: string[]) => [...days].sort().at(-1) as string;
