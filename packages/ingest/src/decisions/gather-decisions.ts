import { DecisionLog, passageDigest } from '@diplograph/curation';
import type { Decision } from '@diplograph/schema';
import type { Article } from '../corpus/read-corpus.js';
import { articleSources } from '../extract/extract.js';
import type { FactDocument } from '../facts/read-facts.js';
import type { GraphData } from '../graph/graph-data.js';
import { InvalidInputError } from '../problems.js';

/** A decision the ingest did not apply, and why: the curator has to look at the fact again. */
export interface StaleDecision {
  decision: Decision;
  why: string;
}

/** The decisions to apply on this run, and those whose passages changed since they were made. */
export interface GatheredDecisions {
  current: Decision[];
  stale: StaleDecision[];
}

/**
 * Every decision of the log and of the fact files (the exported ones), each once, in the order
 * made, checked against the articles: a decision made on words the article no longer has at those
 * offsets is stale, reported and not applied. A log line that is not a decision stops the run,
 * like any other input that cannot be read.
 */
export async function gatherDecisions(
  logFile: string | undefined,
  documents: FactDocument[],
  graph: GraphData,
  articles: Article[],
): Promise<GatheredDecisions> {
  const logged = logFile ? await new DecisionLog(logFile).read() : { decisions: [], problems: [] };
  if (logged.problems.length > 0) {
    throw new InvalidInputError(logged.problems.map((p) => ({ file: logFile ?? '', ...p })));
  }
  const byId = new Map<string, Decision>();
  for (const d of [...documents.flatMap((doc) => doc.data.decisions), ...logged.decisions]) byId.set(d.id, d);
  const texts = new Map(articleSources(graph, articles).map(({ source }) => [source.id, source.text]));
  const current: Decision[] = [];
  const stale: StaleDecision[] = [];
  const ordered = [...byId.values()].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  for (const d of ordered) {
    const missing = d.passages.find((p) => !texts.has(p.source));
    if (missing) {
      stale.push({ decision: d, why: `its source ${missing.source} is no longer in the corpus` });
      continue;
    }
    const quoted = d.passages.map((p) => ({ ...p, quote: texts.get(p.source)?.slice(p.start, p.end) ?? '' }));
    if (passageDigest(quoted) !== d.digest) {
      stale.push({ decision: d, why: 'the passage it was made against has changed' });
    } else {
      current.push(d);
    }
  }
  return { current, stale };
}

/**
 * The machine-read facts curators rejected: those whose last accept-or-reject decision is a
 * rejection. They join the fact files' `rejected` list, so machine reading leaves them out.
 */
export function rejectedByDecisions(decisions: readonly Decision[]): Set<string> {
  const last = new Map<string, Decision['kind']>();
  for (const d of decisions) if (d.kind === 'accept' || d.kind === 'reject') last.set(d.fact, d.kind);
  return new Set([...last].filter(([, kind]) => kind === 'reject').map(([fact]) => fact));
}
