import { isLanguage, type NlpClient } from '@diplograph/nlp';
import type { Article } from '../corpus/read-corpus.js';
import { articleSources } from '../extract/extract.js';
import type { GraphData } from '../graph/graph-data.js';
import { type SourceReading, withMachineReading } from './into-graph.js';
import { knownOf } from './known.js';
import { readArticle } from './read-article.js';
import type { ReadItemsOfFacts } from './read-item.js';

export interface MachineReadingResult {
  graph: GraphData;
  /** Articles read by machine, and how many of them the NLP server had to parse (not cached). */
  read: number;
  parsed: number;
  /** What was read in each of those articles, and the read items each machine-read fact came from. */
  readings: SourceReading[];
  readItems: ReadItemsOfFacts;
}

/**
 * Reads the facts of every article that curators have not described, in its language, through
 * the NLP server, and adds them to the graph as machine-read. An article's parse is cached by the
 * digest of its text, so an unchanged article is never parsed twice. Articles in a language the
 * pipeline does not read are left to mention linking. `rejected` holds the ids of machine-read
 * facts that curators rejected.
 */
export async function readCorpusFacts(
  graph: GraphData,
  articles: Article[],
  nlp: NlpClient,
  rejected: ReadonlySet<string>,
): Promise<MachineReadingResult> {
  const known = knownOf(graph);
  const curated = known.curatedSources;
  const todo = articleSources(graph, articles).flatMap(({ article, source }) => {
    const language = article.metadata?.language ?? 'fr';
    return !curated.has(source.id) && isLanguage(language) ? [{ article, source, language }] : [];
  });
  const before = nlp.counts.parsed;
  const parses = await nlp.annotateAll(
    todo.map(({ article, language }) => ({ text: article.text, language })),
  );
  const readings: SourceReading[] = todo.map(({ article, source, language }, i) => ({
    sourceId: source.id,
    text: article.text,
    regions: article.regions,
    reading: readArticle(article, parses[i] ?? { sentences: [] }, source.published, language, known),
  }));
  const machine = withMachineReading(graph, readings, rejected);
  return {
    graph: machine.graph,
    read: todo.length,
    parsed: nlp.counts.parsed - before,
    readings,
    readItems: machine.readItems,
  };
}
