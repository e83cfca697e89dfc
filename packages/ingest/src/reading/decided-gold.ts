import type { Decision } from '@diplograph/schema';
import type { GatheredDecisions, StaleDecision } from '../decisions/gather-decisions.js';
import type { GraphData } from '../graph/graph-data.js';
import { type ReadItemAt, type ReadItemsOfFacts, readItemKey } from './read-item.js';

/**
 * What curators' decisions say of one read item, overriding the hand gold for it: whether it is a
 * true fact (accepted, or corrected, since one corrects only what is there; or rejected), and the
 * values a correction gave its fields, which are then the gold ones.
 */
export interface Verdict {
  holds: boolean;
  date?: string;
  role?: string;
}

/** The verdicts on one article's read items, by `readItemKey`. */
export type ItemVerdicts = ReadonlyMap<string, Verdict>;

/** The curators' decisions as gold: the verdicts they give, and what they reach or why not. */
export interface DecidedGold {
  /** Verdicts by the article's Source id. */
  verdicts: ReadonlyMap<string, ItemVerdicts>;
  /** The decisions counted, in the order made, with the read items of scored articles each reached. */
  counted: Array<{ decision: Decision; items: readonly ReadItemAt[] }>;
  /** The decisions not counted, and why: stale ones, and those about no fact scored here. */
  uncounted: StaleDecision[];
}

const LIST_NAMES = {
  people: 'a person',
  organizations: 'an organization',
  places: 'a place',
  meetings: 'a meeting',
  participants: 'a participation',
  meetingPlace: "a meeting's place",
  documents: 'a document',
  commitments: 'a commitment',
} as const;

/**
 * Turns the decisions the ingest gathered into verdicts on the read items of the articles that
 * have reading gold (`scored`, by Source id), each decision over the ones before it about the same
 * fact: the last accept or reject says whether the fact holds, and a correction of a meeting's
 * date or a participation's role gives the gold value of that field. A decision about a fact the
 * reading did not make, about a kind of fact or field no category scores, or about a passage that
 * changed, is not counted, with the reason.
 */
export function decidedGold(
  decisions: GatheredDecisions,
  reading: { graph: GraphData; readItems: ReadItemsOfFacts },
  scored: ReadonlySet<string>,
): DecidedGold {
  const facts = new Map<string, { origin: unknown; kind: string }>([
    ...reading.graph.nodes.map((n) => [n.id, { origin: n.props.origin, kind: n.label }] as const),
    ...reading.graph.relationships.map((r) => [r.id, { origin: r.props.origin, kind: r.type }] as const),
  ]);
  const verdicts = new Map<string, Map<string, Verdict>>();
  const counted: DecidedGold['counted'] = [];
  const uncounted: StaleDecision[] = [...decisions.stale];
  for (const d of decisions.current) {
    const all = reading.readItems.get(d.fact) ?? [];
    const items = all.filter((i) => scored.has(i.sourceId));
    const why = uncountable(d, facts.get(d.fact), all, items);
    if (why) {
      uncounted.push({ decision: d, why });
      continue;
    }
    for (const { sourceId, item } of items) {
      const article = verdicts.get(sourceId) ?? new Map<string, Verdict>();
      const key = readItemKey(item);
      article.set(key, next(article.get(key), d));
      verdicts.set(sourceId, article);
    }
    counted.push({ decision: d, items });
  }
  return { verdicts, counted, uncounted };
}

/** Why a decision cannot be counted against this reading, if it cannot. */
function uncountable(
  d: Decision,
  fact: { origin: unknown; kind: string } | undefined,
  all: readonly ReadItemAt[],
  items: readonly ReadItemAt[],
): string | undefined {
  if (d.kind === 'merge' || d.kind === 'link') {
    return `a ${d.kind} judges no read item: no category of machine reading counts it`;
  }
  if (!fact) return `this reading has no fact ${d.fact}`;
  if (fact.origin !== 'machine') return `${d.fact} is a curated fact`;
  const list = all[0]?.item.list;
  if (list === undefined) return `no category scores a ${fact.kind} fact`;
  if (items.length === 0) return 'none of the articles it was read from has reading gold';
  const scoredField =
    (d.field === 'date' && list === 'meetings') || (d.field === 'role' && list === 'participants');
  if (d.kind === 'correct' && !scoredField) return `no category scores the ${d.field} of ${LIST_NAMES[list]}`;
  return undefined;
}

/** A verdict after one more decision about its fact. */
function next(before: Verdict | undefined, d: Decision): Verdict {
  if (d.kind === 'reject') return { holds: false };
  const verdict = { ...before, holds: true };
  if (d.kind === 'correct' && d.field === 'date' && d.after !== null) verdict.date = d.after;
  if (d.kind === 'correct' && d.field === 'role' && d.after !== null) verdict.role = d.after;
  return verdict;
}
