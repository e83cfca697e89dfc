import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Database, migrate } from '@diplograph/db';
import {
  buildGraph,
  type FactDocument,
  type GraphData,
  InvalidInputError,
  type Problem,
  readCorpus,
  writeGraph,
} from '@diplograph/ingest';
import { factFile } from '@diplograph/schema';
import type { SyntheticCorpus } from './synthetic/generate.js';

export interface IngestFigures {
  articles: number;
  nodes: number;
  relationships: number;
  /** Reading the corpus folder and validating the fact files. */
  readMs: number;
  /** buildGraph: references, quotes, dates, cycles. */
  compileMs: number;
  /** writeGraph, into an empty database: staging in committed batches, then publishing. */
  writeMs: number;
  /**
   * Where the write spent its time: the staging batches, then the transaction that publishes the
   * staged nodes (its statements and commit) with the counts read after it.
   */
  phases: { stagingMs: number; publishMs: number };
  /** (nodes + relationships) / write time. */
  writeRate: number;
  /** (nodes + relationships) / (read + compile + write). */
  overallRate: number;
  /** Writes over the loaded graph; absent from runs before they were measured. */
  reingest?: ReingestFigures;
}

/** Ingests over the graph just loaded: unchanged, then with a hundredth of its rows changed. */
export interface ReingestFigures {
  /** The unchanged corpus read, compiled and written again (the write finds it held). */
  unchanged: { readMs: number; compileMs: number; writeMs: number };
  /** One node in a hundred given a new property and one relationship in a hundred left out. */
  changed: RevisionFigures;
  /** The original graph written again over the changed one. */
  reverted: RevisionFigures;
}

export interface RevisionFigures {
  /** Rows that differ from the graph held. */
  rows: number;
  writeMs: number;
  removedRelationships: number;
}

/** The corpus read and compiled as the ingest does, before anything is written. */
export interface CompiledCorpus {
  graph: GraphData;
  articles: number;
  readMs: number;
  compileMs: number;
}

/**
 * The real ingest path up to the write: articles are written as .txt files with JSON sidecars and
 * read by `readCorpus`; fact files are validated by the model's `factFile` schema (what
 * `readFacts` does after parsing YAML); `buildGraph` compiles and checks everything.
 */
export async function compileCorpus(
  corpus: SyntheticCorpus,
  dir: string,
  log: (line: string) => void,
): Promise<CompiledCorpus> {
  const corpusDir = join(dir, 'corpus');
  await mkdir(corpusDir, { recursive: true });
  for (const article of corpus.articles) {
    await writeFile(join(corpusDir, article.file), article.text);
    await writeFile(
      join(corpusDir, article.file.replace(/\.txt$/, '.json')),
      JSON.stringify(article.sidecar),
    );
  }
  return readAndCompile(corpus, corpusDir, log);
}

/** Reads the corpus folder and the fact files, then compiles them: what every ingest does first. */
async function readAndCompile(
  corpus: SyntheticCorpus,
  corpusDir: string,
  log: (line: string) => void,
): Promise<CompiledCorpus> {
  let started = performance.now();
  const read = await readCorpus(corpusDir);
  const documents: FactDocument[] = corpus.factFiles.map((data, i) => ({
    file: `synthetic-${i}.yaml`,
    data: factFile.parse(data),
    lineOf: () => undefined,
  }));
  const readMs = performance.now() - started;
  failOn(read.problems);

  started = performance.now();
  const built = buildGraph(documents, read.articles);
  const compileMs = performance.now() - started;
  failOn(built.problems);
  const { nodes, relationships } = built.graph;
  log(
    `  compiled ${nodes.length} nodes and ${relationships.length} relationships in ${Math.round(compileMs)} ms`,
  );
  return { graph: built.graph, articles: read.articles.length, readMs, compileMs };
}

/**
 * Over the graph `ingestCorpus` loaded from `dir`: the unchanged corpus through the whole path
 * again, then a graph with a hundredth of its rows changed, then the original again, each timed.
 * It leaves the original graph.
 */
export async function reingestCorpus(
  db: Database,
  corpus: SyntheticCorpus,
  dir: string,
  log: (line: string) => void,
): Promise<ReingestFigures> {
  const again = await readAndCompile(corpus, join(dir, 'corpus'), log);
  let started = performance.now();
  await writeGraph(db, again.graph, { timeoutMs: 4 * 3_600_000 });
  const unchanged = {
    readMs: again.readMs,
    compileMs: again.compileMs,
    writeMs: performance.now() - started,
  };
  const revision = revised(again.graph);
  const revise = async (graph: GraphData): Promise<RevisionFigures> => {
    started = performance.now();
    const result = await writeGraph(db, graph, { timeoutMs: 4 * 3_600_000 });
    return {
      rows: revision.rows,
      writeMs: performance.now() - started,
      removedRelationships: result.removedRelationships,
    };
  };
  const changed = await revise(revision.graph);
  const reverted = await revise(again.graph);
  return { unchanged, changed, reverted };
}

/** The graph with one node in a hundred given a property and one relationship in a hundred left out. */
function revised(graph: GraphData): { graph: GraphData; rows: number } {
  const every = (i: number) => i % 100 === 50;
  const nodes = graph.nodes.map((row, i) =>
    every(i) ? { ...row, props: { ...row.props, revised: true } } : row,
  );
  const relationships = graph.relationships.filter((_, i) => !every(i));
  const rows = nodes.filter((_, i) => every(i)).length + graph.relationships.length - relationships.length;
  return { graph: { nodes, relationships }, rows };
}

/** Migrates, then writes the compiled graph with `writeGraph` into the empty database. */
export async function ingestCorpus(
  db: Database,
  compiled: CompiledCorpus,
  log: (line: string) => void,
): Promise<IngestFigures> {
  const { graph, readMs, compileMs } = compiled;
  await migrate(db);
  // When publishing starts splits the write into its two phases: observed on a copy of db, so
  // that the caller's is left as it was.
  let publishAt: number | undefined;
  const observed = db.observed((cypher) => {
    if (publishAt === undefined && cypher.includes('REMOVE n:Staged')) publishAt = performance.now();
  });
  const started = performance.now();
  let shown = 0;
  await writeGraph(observed, graph, {
    timeoutMs: 4 * 3_600_000,
    onProgress: (written, total) => {
      if (written - shown >= 500_000 || written === total) {
        shown = written;
        log(`  written ${written}/${total} rows in ${Math.round((performance.now() - started) / 1000)} s`);
      }
    },
  });
  const ended = performance.now();
  const writeMs = ended - started;
  const rows = graph.nodes.length + graph.relationships.length;
  return {
    articles: compiled.articles,
    nodes: graph.nodes.length,
    relationships: graph.relationships.length,
    readMs,
    compileMs,
    writeMs,
    phases: { stagingMs: (publishAt ?? ended) - started, publishMs: ended - (publishAt ?? ended) },
    writeRate: rows / (writeMs / 1000),
    overallRate: rows / ((readMs + compileMs + writeMs) / 1000),
  };
}

function failOn(problems: Problem[]): void {
  if (problems.length > 0) throw new InvalidInputError(problems);
}
