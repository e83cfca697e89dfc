import { isLanguage, type NlpClient } from '@diplograph/nlp';
import { articleSources } from '../extract/extract.js';
import { readReadingGold } from '../extract/gold.js';
import { compileInput } from '../ingest.js';
import { knownOf } from './known.js';
import { readArticle } from './read-article.js';
import { type ReadingScore, scoreReading, sumReadingScores } from './score.js';

/** Scores per group of articles: a split, or a split in one language. */
export interface ReadingEvaluation {
  groups: Array<{ name: string; split: 'dev' | 'test'; articles: number; scores: ReadingScore[] }>;
}

/**
 * Reads every article that has reading gold, as the ingest reads it, and scores it per split and
 * per language within each split. The test split is never tuned on: its figures are reported
 * apart, and its mistakes are listed only on request.
 */
export async function evaluateReading(options: {
  corpusDir: string;
  factsDir: string;
  goldDir: string;
  nlp: NlpClient;
}): Promise<ReadingEvaluation> {
  const input = await compileInput(options);
  const known = knownOf(input.graph);
  const sources = new Map(articleSources(input.graph, input.articles).map((s) => [s.article.file, s]));
  const golds = await readReadingGold(options.goldDir);
  const scored = [];
  for (const gold of golds) {
    const found = sources.get(gold.file);
    if (!found) throw new Error(`gold file for ${gold.file}, which is not in the corpus folder`);
    const language = found.article.metadata?.language ?? 'fr';
    if (!isLanguage(language))
      throw new Error(`${gold.file} is in ${language}, which machine reading does not read`);
    const parse = await options.nlp.annotate(found.article.text, language);
    const reading = readArticle(found.article, parse, found.source.published, language);
    const scores = scoreReading(gold, found.article.text, reading, known).map((s) => ({
      ...s,
      mistakes: s.mistakes.map((m) => `${gold.file.slice(0, 3)} ${m}`),
    }));
    scored.push({ gold, scores });
  }
  const groups: ReadingEvaluation['groups'] = [];
  for (const split of ['test', 'dev'] as const) {
    const inSplit = scored.filter((s) => s.gold.split === split);
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
  return { groups };
}

const ratio = (n: number, d: number) => (d === 0 ? '    -' : (n / d).toFixed(3));

/** Tables of precision and recall per category and group, then the dev split's mistakes. */
export function formatReadingEvaluation(
  evaluation: ReadingEvaluation,
  options: { testMistakes?: boolean } = {},
): string {
  const lines: string[] = [];
  for (const group of evaluation.groups) {
    lines.push(
      '',
      `${group.name} (${group.articles} articles)`,
      `  ${'category'.padEnd(36)} gold found right  precision recall`,
    );
    for (const s of group.scores) {
      lines.push(
        `  ${s.category.padEnd(36)} ${String(s.gold).padStart(4)} ${String(s.found).padStart(5)} ${String(s.correct).padStart(5)}  ${ratio(s.correct, s.found).padStart(9)} ${ratio(s.correct, s.gold).padStart(6)}`,
      );
    }
  }
  for (const group of evaluation.groups) {
    if (!group.name.endsWith('all languages') || (group.split === 'test' && !options.testMistakes)) continue;
    lines.push('', `Mistakes, ${group.name} (- missed or wrong, + found but not in the gold):`);
    for (const s of group.scores) for (const m of s.mistakes) lines.push(`  ${s.category}: ${m}`);
  }
  if (!options.testMistakes)
    lines.push('', 'The test split is not tuned on: its mistakes are listed only with --test-mistakes.');
  return lines.join('\n');
}
