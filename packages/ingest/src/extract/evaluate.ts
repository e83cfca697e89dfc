import { foldText } from '@diplograph/schema';
import type { Article } from '../corpus/read-corpus.js';
import { regionAt } from '../graph/evidence.js';
import { compileInput } from '../ingest.js';
import { overlaps } from '../text/region.js';
import { type ArticleExtraction, articleSources, extractArticle } from './extract.js';
import { buildGazetteer, EMPTY_GRAPH } from './gazetteer.js';
import { type GoldFile, readGold } from './gold.js';
import type { Proposal } from './review-file.js';

/** How many items the gold has in a category, how many were found, and how many of those are right. */
export interface Score {
  category: string;
  gold: number;
  found: number;
  correct: number;
}

export interface Evaluation {
  scores: Score[];
  /** Mentions and proposals found in page noise: there should be none. */
  inNoise: { mentions: number; proposals: number };
}

const same = (a: string | null, b: string | null) => a !== null && b !== null && foldText(a) === foldText(b);

/** Matches one to one: each gold item takes the first found item that fits it and is still free. */
function score<G, F>(category: string, gold: G[], found: F[], fits: (g: G, f: F) => boolean): Score {
  const free = [...found];
  let correct = 0;
  for (const item of gold) {
    const i = free.findIndex((f) => fits(item, f));
    if (i < 0) continue;
    free.splice(i, 1);
    correct++;
  }
  return { category, gold: gold.length, found: found.length, correct };
}

function ofKind<K extends Proposal['kind']>(proposals: Proposal[], kind: K) {
  return proposals.filter((p): p is Extract<Proposal, { kind: K }> => p.kind === kind);
}

/**
 * Scores one article. Mentions and dates are read with the curated graph; proposals are read
 * `unaided`, with nothing known, since every entity of the five articles is curated already.
 */
export function scoreArticle(gold: GoldFile, linked: ArticleExtraction, unaided: ArticleExtraction): Score[] {
  const { people, organizations, acronyms, places, meetings } = gold.proposals;
  const proposed = unaided.proposals;
  return [
    score('mentions', gold.mentions, linked.mentions, (g, m) => g.entity === m.entityId && overlaps(g, m)),
    score(
      'mentions, exact offsets',
      gold.mentions,
      linked.mentions,
      (g, m) => g.entity === m.entityId && g.start === m.start && g.end === m.end,
    ),
    score(
      'dates (value and precision)',
      gold.dates,
      linked.dates,
      (g, d) => overlaps(g, d) && g.value === d.date.text && g.precision === d.date.precision,
    ),
    score('proposed people', people, ofKind(proposed, 'person'), (g, p) => same(g.name, p.name)),
    score(
      'proposed organizations',
      organizations,
      ofKind(proposed, 'organization'),
      (g, p) => same(g.name, p.name) || same(g.acronym, p.acronym),
    ),
    score('proposed acronyms', acronyms, ofKind(proposed, 'acronym'), (g, p) => same(g.acronym, p.acronym)),
    score('proposed places', places, ofKind(proposed, 'place'), (g, p) => same(g.name, p.name)),
    score('proposed meetings', meetings, ofKind(proposed, 'meeting'), (g, p) => g.date === p.date),
  ];
}

/** Adds up the scores of the articles by category, with a total of the proposal categories. */
export function sumScores(perArticle: Score[][]): Score[] {
  const totals = new Map<string, Score>();
  for (const s of perArticle.flat()) {
    const total = totals.get(s.category) ?? { category: s.category, gold: 0, found: 0, correct: 0 };
    total.gold += s.gold;
    total.found += s.found;
    total.correct += s.correct;
    totals.set(s.category, total);
  }
  const all = [...totals.values()];
  const proposals = all.filter((s) => s.category.startsWith('proposed '));
  const sum = (key: 'gold' | 'found' | 'correct') => proposals.reduce((n, s) => n + s[key], 0);
  return [
    ...all,
    { category: 'proposals, all kinds', gold: sum('gold'), found: sum('found'), correct: sum('correct') },
  ];
}

function countInNoise(article: Article, ...extractions: ArticleExtraction[]) {
  const inNoise = (offset: number) => regionAt(article.regions, offset)?.kind === 'noise';
  return {
    mentions: extractions.flatMap((e) => e.mentions).filter((m) => inNoise(m.start)).length,
    proposals: extractions
      .flatMap((e) => e.proposals.flatMap((p) => p.evidence))
      .filter((e) => inNoise(e.start) || inNoise(e.end - 1)).length,
  };
}

/** Reads the corpus and the facts as the ingest does, and scores the extraction against the gold. */
export async function evaluateExtraction(options: {
  corpusDir: string;
  factsDir: string;
  goldDir: string;
}): Promise<Evaluation> {
  const input = await compileInput(options);
  const golds = await readGold(options.goldDir);
  const known = buildGazetteer(input.graph);
  const nothingKnown = buildGazetteer(EMPTY_GRAPH);
  const sources = new Map(articleSources(input.graph, input.articles).map((s) => [s.article.file, s]));
  const perArticle: Score[][] = [];
  const inNoise = { mentions: 0, proposals: 0 };
  for (const gold of golds) {
    const found = sources.get(gold.file);
    if (!found) throw new Error(`gold file for ${gold.file}, which is not in the corpus folder`);
    const linked = extractArticle(found.article, found.source, known);
    const unaided = extractArticle(found.article, found.source, nothingKnown);
    perArticle.push(scoreArticle(gold, linked, unaided));
    const noise = countInNoise(found.article, linked, unaided);
    inNoise.mentions += noise.mentions;
    inNoise.proposals += noise.proposals;
  }
  return { scores: sumScores(perArticle), inNoise };
}

const ratio = (n: number, d: number) => (d === 0 ? '-' : (n / d).toFixed(3));

/** A plain-text table of precision, recall and F1 per category. */
export function formatEvaluation({ scores, inNoise }: Evaluation): string {
  const header = ['category', 'gold', 'found', 'correct', 'precision', 'recall', 'F1'];
  const rows = scores.map((s) => {
    const f1 = s.gold + s.found === 0 ? '-' : ((2 * s.correct) / (s.gold + s.found)).toFixed(3);
    return [
      s.category,
      s.gold,
      s.found,
      s.correct,
      ratio(s.correct, s.found),
      ratio(s.correct, s.gold),
      f1,
    ].map(String);
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [
    line(header),
    ...rows.map(line),
    '',
    'Mentions and dates are read with the curated facts. Proposals are read with nothing known, since',
    'every entity of the annotated articles is curated already.',
    `In page noise: ${inNoise.mentions} mentions, ${inNoise.proposals} proposal passages.`,
  ].join('\n');
}
