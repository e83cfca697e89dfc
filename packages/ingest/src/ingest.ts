import { type Database, migrate } from '@diplograph/db';
import { readCorpus } from './corpus/read-corpus.js';
import { readFacts } from './facts/read-facts.js';
import { buildGraph } from './graph/build-graph.js';
import type { GraphData } from './graph/graph-data.js';
import { InvalidInputError, type Problem } from './problems.js';
import { type WriteResult, writeGraph } from './write/write-graph.js';

export interface IngestOptions {
  corpusDir: string;
  factsDir: string;
  timeoutMs?: number;
  onProgress?: (written: number, total: number) => void;
}

export interface IngestResult extends WriteResult {
  articles: number;
  factFiles: number;
  durationMs: number;
}

/**
 * Reads and checks everything first; writes only when nothing is wrong. Throws InvalidInputError
 * listing every problem otherwise.
 */
export async function loadInput(options: Pick<IngestOptions, 'corpusDir' | 'factsDir'>): Promise<{
  graph: GraphData;
  articles: number;
  factFiles: number;
}> {
  const [corpus, facts] = await Promise.all([readCorpus(options.corpusDir), readFacts(options.factsDir)]);
  const problems: Problem[] = [...corpus.problems, ...facts.problems];
  if (problems.length > 0) throw new InvalidInputError(problems);
  const built = buildGraph(facts.documents, corpus.articles);
  if (built.problems.length > 0) throw new InvalidInputError(built.problems);
  return { graph: built.graph, articles: corpus.articles.length, factFiles: facts.documents.length };
}

/** Migrates the database, then writes the graph of the corpus and the curated facts. */
export async function ingest(db: Database, options: IngestOptions): Promise<IngestResult> {
  const started = performance.now();
  const input = await loadInput(options);
  await migrate(db);
  const written = await writeGraph(db, input.graph, {
    timeoutMs: options.timeoutMs,
    onProgress: options.onProgress,
  });
  return {
    ...written,
    articles: input.articles,
    factFiles: input.factFiles,
    durationMs: Math.round(performance.now() - started),
  };
}
