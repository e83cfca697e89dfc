import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isLanguage, type NlpClient } from '@diplograph/nlp';
import type { Decision } from '@diplograph/schema';
import { gatherDecisions, type StaleDecision } from '../decisions/gather-decisions.js';
import { articleSources } from '../extract/extract.js';
import { type ReadingGold, readReadingGold } from '../extract/gold.js';
import { compileInput } from '../ingest.js';
import { decidedGold, type ItemVerdicts } from './decided-gold.js';
import { knownOf } from './known.js';
import { readCorpusFacts } from './read-corpus-facts.js';
import { type ReadingScore, scoreReading, sumReadingScores } from './score.js';

type Split = ReadingGold['split'];

/** Scores per group of articles: a split, or a split in one language. */
type ReadingGroups = Array<{ name: string; split: Split; articles: number; scores: ReadingScore[] }>;

export interface ReadingEvaluation {
  /** Against the hand gold alone. */
  groups: ReadingGroups;
  /**
   * The dev split cut in two by the article's number (odd: half A, even: half B), so a rule
   * written while reading half A's mistakes can be checked on half B, which was not looked at.
   */
  halves: ReadingGroups;
  /** With the curators' decisions counted as gold, where any could be counted. */
  decided?: ReadingGroups;
  /** The decisions counted, each with the articles (file and split) whose read items it reached. */
  counted: Array<{ decision: Decision; articles: Array<{ file: string; split: Split }> }>;
  /** The decisions not counted, and why. */
  uncounted: StaleDecision[];
}

/**
 * Reads the corpus as the ingest reads it and scores every article that has reading gold, per
 * split and per language within each split: against the hand gold, then with the curators'
 * decisions (the log's and the fact files', as the ingest gathers them) counted as gold for the
 * items they are about. The test split is never tuned on: its figures are reported apart, and its
 * mistakes are listed only on request.
 */
export async function evaluateReading(options: {
  corpusDir: string;
  factsDir: string;
  goldDir: string;
  nlp: NlpClient;
  decisionsLog?: string;
}): Promise<ReadingEvaluation> {
  // Our own articles (gold/written) are read with the corpus, and scored as a split of their own.
  const writtenDir = join(options.goldDir, 'written');
  const written = existsSync(writtenDir);
  const input = await compileInput({ ...options, ...(written && { extraCorpusDir: writtenDir }) });
  const known = knownOf(input.graph);
  const sources = new Map(articleSources(input.graph, input.articles).map((s) => [s.article.file, s]));
  const golds = [
    ...(await readReadingGold(options.goldDir)),
    ...(written ? await readReadingGold(writtenDir) : []),
  ];
  const annotated = golds.map((gold) => {
    const found = sources.get(gold.file);
    if (!found) throw new Error(`gold file for ${gold.file}, which is not in the corpus folder`);
    const language = found.article.metadata?.language ?? 'fr';
    if (!isLanguage(language))
      throw new Error(`${gold.file} is in ${language}, which machine reading does not read`);
    return { gold, sourceId: found.source.id };
  });
  // Nothing is left out as rejected: a rejected fact's verdict is counted like any other.
  const read = await readCorpusFacts(input.graph, input.articles, options.nlp, new Set());
  const readings = new Map(read.readings.map((r) => [r.sourceId, r]));
  const articles = annotated.map(({ gold, sourceId }) => {
    const found = readings.get(sourceId);
    if (!found)
      throw new Error(`${gold.file} has reading gold, but it is curated: machine reading does not read it`);
    return { gold, sourceId, found };
  });
  const decisions = await gatherDecisions(options.decisionsLog, input.documents, input.graph, input.articles);
  const decided = decidedGold(decisions, read, new Set(articles.map((a) => a.sourceId)));
  const score = (verdictsOf: (sourceId: string) => ItemVerdicts | undefined) =>
    articles.map(({ gold, sourceId, found }) => ({
      gold,
      scores: scoreReading(gold, found.text, found.reading, known, verdictsOf(sourceId)).map((s) => ({
        ...s,
        mistakes: s.mistakes.map((m) => `${gold.file.slice(0, 3)} ${m}`),
      })),
    }));
  const bySource = new Map(articles.map((a) => [a.sourceId, a.gold]));
  const scored = score(() => undefined);
  return {
    groups: groupsOf(scored),
    halves: halvesOf(scored),
    decided: decided.counted.length > 0 ? groupsOf(score((id) => decided.verdicts.get(id))) : undefined,
    counted: decided.counted.map(({ decision, items }) => ({
      decision,
      articles: [...new Set(items.map((i) => i.sourceId))].flatMap((id) => {
        const gold = bySource.get(id);
        return gold ? [{ file: gold.file, split: gold.split }] : [];
      }),
    })),
    uncounted: decided.uncounted,
  };
}

/** Adds up the articles' scores per split, and per language within each split. */
function groupsOf(scored: Array<{ gold: ReadingGold; scores: ReadingScore[] }>): ReadingGroups {
  const groups: ReadingGroups = [];
  for (const split of ['test', 'dev', 'written'] as const) {
    const inSplit = scored.filter((s) => s.gold.split === split);
    if (inSplit.length === 0) continue;
    groups.push({
      name: `${split} split, all languages`,
      split,
      articles: inSplit.length,
      scores: sumReadingScores(inSplit.map((s) => s.scores)),
    });
    for (const language of ['fr', 'en', 'es'] as const) {
      const inLanguage = inSplit.filter((s) => s.gold.language === language);
      if (inLanguage.length > 0) {
        groups.push({
          name: `${split} split, ${language}`,
          split,
          articles: inLanguage.length,
          scores: sumReadingScores(inLanguage.map((s) => s.scores)),
        });
      }
    }
  }
  return groups;
}

/** The dev split's articles with an odd number (half A) and with an even one (half B). */
function halvesOf(scored: Array<{ gold: ReadingGold; scores: ReadingScore[] }>): ReadingGroups {
  const dev = scored.filter((s) => s.gold.split === 'dev');
  return (['A', 'B'] as const).map((half) => {
    const inHalf = dev.filter((s) => (Number.parseInt(s.gold.file, 10) % 2 === 1) === (half === 'A'));
    return {
      name: `dev half ${half} (${half === 'A' ? 'odd' : 'even'} numbers)`,
      split: 'dev',
      articles: inHalf.length,
      scores: sumReadingScores(inHalf.map((s) => s.scores)),
    };
  });
}

const ratio = (n: number, d: number) => (d === 0 ? '    -' : (n / d).toFixed(3));

/**
 * Tables of precision and recall per category and group, then the dev split's mistakes; then,
 * apart, the same tables with the curators' decisions counted as gold, which articles the
 * decisions reached, and the decisions that could not be counted.
 */
export function formatReadingEvaluation(
  evaluation: ReadingEvaluation,
  options: { testMistakes?: boolean; devHalves?: boolean; tuning?: boolean } = {},
): string {
  if (options.devHalves) return devHalvesLines(evaluation.halves).join('\n');
  // While tuning, the test split is not shown at all: not even its figures may steer a rule.
  const groups = options.tuning ? evaluation.groups.filter((g) => g.split !== 'test') : evaluation.groups;
  const lines = tables(groups);
  for (const group of groups) {
    if (!group.name.endsWith('all languages') || (group.split === 'test' && !options.testMistakes)) continue;
    lines.push('', `Mistakes, ${group.name} (- missed or wrong, + found but not in the gold):`);
    for (const s of group.scores) for (const m of s.mistakes) lines.push(`  ${s.category}: ${m}`);
  }
  if (options.tuning) return lines.join('\n');
  if (!options.testMistakes)
    lines.push('', 'The test split is not tuned on: its mistakes are listed only with --test-mistakes.');
  lines.push(...decisionLines(evaluation));
  return lines.join('\n');
}

/**
 * The two halves of the dev split, for developing the rules: no test figure at all, and the
 * mistakes of half A only, so that half B stays a check the rules were not written against.
 */
function devHalvesLines(halves: ReadingGroups): string[] {
  const lines = tables(halves);
  const [halfA] = halves;
  if (halfA) {
    lines.push('', `Mistakes, ${halfA.name} (- missed or wrong, + found but not in the gold):`);
    for (const s of halfA.scores) for (const m of s.mistakes) lines.push(`  ${s.category}: ${m}`);
  }
  return lines;
}

function tables(groups: ReadingGroups, suffix = ''): string[] {
  const lines: string[] = [];
  for (const group of groups) {
    lines.push(
      '',
      `${group.name}${suffix} (${group.articles} articles)`,
      `  ${'category'.padEnd(36)} gold found right  precision recall`,
    );
    for (const s of group.scores) {
      lines.push(
        `  ${s.category.padEnd(36)} ${String(s.gold).padStart(4)} ${String(s.found).padStart(5)} ${String(s.correct).padStart(5)}  ${ratio(s.correct, s.found).padStart(9)} ${ratio(s.correct, s.gold).padStart(6)}`,
      );
    }
  }
  return lines;
}

const decisionText = (d: Decision) =>
  `${d.kind}${d.field ? ` ${d.field} ${d.before ?? 'none'} → ${d.after}` : ''} of ${d.fact} by ${d.curator} (${d.id})`;

function decisionLines(evaluation: ReadingEvaluation): string[] {
  const { decided, counted, uncounted } = evaluation;
  if (counted.length === 0 && uncounted.length === 0) {
    return ['', "No curators' decisions to count: the figures above are the hand gold's alone."];
  }
  const lines = [
    '',
    `With curators' decisions counted as gold: ${counted.length} counted, ${uncounted.length} not counted.`,
    "A decision overrides the hand gold for the item it is about: accepted is right, rejected is wrong, a correction's value is the gold one.",
  ];
  if (decided) lines.push(...tables(decided, ", with curators' decisions"));
  if (counted.length > 0) lines.push('', 'Decisions counted (split, article: decision):');
  for (const { decision, articles } of counted) {
    for (const a of articles) lines.push(`  ${a.split.padEnd(4)} ${a.file}: ${decisionText(decision)}`);
  }
  if (uncounted.length > 0) lines.push('', 'Decisions not counted, and why:');
  for (const { decision, why } of uncounted) lines.push(`  ${decisionText(decision)}: ${why}`);
  return lines;
}
