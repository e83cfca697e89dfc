import { type Database, migrate } from '@diplograph/db';
import { createNlpClient, type NlpClient } from '@diplograph/nlp';
import { type Article, readCorpus } from './corpus/read-corpus.js';
import { applyDecisions } from './decisions/apply-decisions.js';
import { gatherDecisions, rejectedByDecisions, type StaleDecision } from './decisions/gather-decisions.js';
import { extractCorpus } from './extract/extract.js';
import { type Proposal, readReviewFile, withProposals, writeReviewFile } from './extract/review-file.js';
import { type FactDocument, readFacts } from './facts/read-facts.js';
import { buildGraph } from './graph/build-graph.js';
import type { GraphData } from './graph/graph-data.js';
import { InvalidInputError, type Problem } from './problems.js';
import { readCorpusFacts } from './reading/read-corpus-facts.js';
import { IngestFailedError } from './write/write-failure.js';
import { type WriteResult, writeGraph } from './write/write-graph.js';

export interface IngestOptions {
  corpusDir: string;
  factsDir: string;
  /** Where to write the proposals for review; none are written without it. */
  reviewFile?: string;
  timeoutMs?: number;
  onProgress?: (written: number, total: number) => void;
  /**
   * The NLP server that machine reading parses the articles with; by default the one the
   * environment names (NLP_URL, else the local server). `null` reads no facts by machine.
   */
  nlp?: NlpClient | null;
  /** What the write is doing besides writing: waiting for another run, cleaning up after one. */
  onNotice?: (message: string) => void;
  /** The curators' decisions log; without it, only the decisions of the fact files are applied. */
  decisionsLog?: string;
}

/** The curators' decisions this run applied, and those it could not, with why. */
export interface DecisionsReport {
  applied: number;
  stale: StaleDecision[];
}

export interface IngestResult extends WriteResult {
  articles: number;
  factFiles: number;
  /** Proposals of new entities found in the articles, pending or decided. */
  proposals: number;
  /** Articles whose facts were read by machine, and how many of them had to be parsed anew. */
  machineRead: number;
  parsed: number;
  decisions: DecisionsReport;
  durationMs: number;
}

/**
 * Reads and compiles the corpus and the curated facts, checking everything. Throws
 * InvalidInputError listing every problem.
 */
export async function compileInput(
  options: Pick<IngestOptions, 'corpusDir' | 'factsDir'> & {
    /** A second folder of articles read as part of the corpus: the evaluation's own (gold/written). */
    extraCorpusDir?: string;
  },
): Promise<{
  graph: GraphData;
  articles: Article[];
  documents: FactDocument[];
}> {
  const corpusDirs = [options.corpusDir, ...(options.extraCorpusDir ? [options.extraCorpusDir] : [])];
  const [facts, ...corpora] = await Promise.all([readFacts(options.factsDir), ...corpusDirs.map(readCorpus)]);
  const articles = corpora.flatMap((c) => c.articles);
  const problems: Problem[] = [...corpora.flatMap((c) => c.problems), ...facts.problems];
  if (problems.length > 0) throw new InvalidInputError(problems);
  const built = buildGraph(facts.documents, articles);
  if (built.problems.length > 0) throw new InvalidInputError(built.problems);
  return { graph: built.graph, articles, documents: facts.documents };
}

/**
 * Reads and checks everything first; writes only when nothing is wrong. The graph holds the
 * curated facts, the mentions of known entities in each article, and the facts machine reading
 * finds in the articles that curators have not described, marked as machine-read. What looks new
 * but is too uncertain for the graph comes back as proposals for review.
 */
export async function loadInput(
  options: Pick<IngestOptions, 'corpusDir' | 'factsDir' | 'nlp' | 'decisionsLog'>,
): Promise<{
  graph: GraphData;
  articles: number;
  factFiles: number;
  proposals: Proposal[];
  machineRead: number;
  parsed: number;
  decisions: DecisionsReport;
}> {
  const input = await compileInput(options);
  const extraction = extractCorpus(input.graph, input.articles);
  const nlp = options.nlp === undefined ? createNlpClient() : options.nlp;
  const decided = await gatherDecisions(options.decisionsLog, input.documents, input.graph, input.articles);
  const rejected = new Set([
    ...input.documents.flatMap((d) => d.data.rejected.map((r) => r.id)),
    ...rejectedByDecisions(decided.current),
  ]);
  const read = nlp ? await readCorpusFacts(input.graph, input.articles, nlp, rejected) : undefined;
  const graph = read?.graph ?? input.graph;
  const reviewed = applyDecisions(
    { nodes: graph.nodes, relationships: [...graph.relationships, ...extraction.mentions] },
    decided.current,
  );
  return {
    graph: reviewed.graph,
    decisions: { applied: reviewed.applied, stale: [...decided.stale, ...reviewed.stale] },
    articles: input.articles.length,
    factFiles: input.documents.length,
    proposals: extraction.proposals,
    machineRead: read?.read ?? 0,
    parsed: read?.parsed ?? 0,
  };
}

/** Migrates the database, then writes the graph of the corpus and the curated facts. */
export async function ingest(db: Database, options: IngestOptions): Promise<IngestResult> {
  const started = performance.now();
  const input = await loadInput(options);
  // Read before writing anything: a review file that cannot be read must not leave a half-done run.
  const review = options.reviewFile ? await readReviewFile(options.reviewFile) : undefined;
  await migrate(db);
  const written = await writeGraph(db, input.graph, {
    timeoutMs: options.timeoutMs,
    onProgress: options.onProgress,
    onNotice: options.onNotice,
  });
  const updated = review && withProposals(review, input.proposals);
  if (options.reviewFile && updated) {
    try {
      await writeReviewFile(options.reviewFile, updated);
    } catch (error) {
      // The graph is committed by now: say so, not merely that the run failed.
      throw new IngestFailedError('applied', error, 'writing the review file');
    }
  }
  return {
    ...written,
    articles: input.articles,
    factFiles: input.factFiles,
    proposals: updated?.proposals.length ?? input.proposals.length,
    machineRead: input.machineRead,
    parsed: input.parsed,
    decisions: input.decisions,
    durationMs: Math.round(performance.now() - started),
  };
}
