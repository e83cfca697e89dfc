import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, freePort, repoRoot } from '@diplograph/db';
import { type Agreement, checkAgreement } from './check.js';
import { type RequestTrace, traceRequests } from './diagnose.js';
import { waitForIdleNeo4j } from './idle.js';
import { compileCorpus, type IngestFigures, ingestCorpus, reingestCorpus } from './ingest-run.js';
import { type LoadFigures, runLoad } from './load.js';
import { loadAverage, waitForQuiet } from './load-average.js';
import { BENCH_PASSWORD, type Neo4jMemory, startBenchNeo4j } from './neo4j.js';
import { QUESTIONS } from './queries/index.js';
import { type ServerProcess, spawnServer } from './servers/spawn.js';
import { generateCorpus, type SyntheticCorpus } from './synthetic/generate.js';
import { type Shape, shapeFor } from './synthetic/shape.js';
import { SYSTEMS, type System } from './systems.js';

export interface RunOptions {
  connections: number[];
  seconds: { warmup: number; measure: number };
  quiet: { maxLoad: number; waitSeconds: number };
  memory: Neo4jMemory;
  log: (line: string) => void;
}

export interface ScaleResult {
  scale: number;
  /** What a reader must know about how this scale's figures were obtained. */
  note?: string;
  /** The commit measured and when. */
  commit?: string;
  startedAt?: string;
  shape: Shape;
  memory: Neo4jMemory;
  ingest: IngestFigures & { load: number };
  agreements: Agreement[];
  traces: RequestTrace[];
  idleRssMiB: Record<System, number>;
  runs: LoadFigures[];
}

/** Everything for one scale, on a Neo4j of its own: generate, ingest, check answers, load. */
export async function runScale(nodes: number, options: RunOptions): Promise<ScaleResult> {
  const { log } = options;
  const startedAt = new Date().toISOString().slice(0, 16);
  const commit = currentCommit();
  const shape = shapeFor(nodes);
  const corpus = generateCorpus(shape);
  log(
    `scale ${nodes}: ${corpus.articles.length} articles; Neo4j heap ${options.memory.heap}, page cache ${options.memory.pageCache}, transactions ${options.memory.txMemory}`,
  );
  const neo4j = await startBenchNeo4j(options.memory);
  const work = await mkdtemp(join(tmpdir(), 'diplograph-bench-'));
  const servers: ServerProcess[] = [];
  try {
    const ingest = await ingestStep(corpus, neo4j.db, work, options);

    const env = { NEO4J_URI: neo4j.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: BENCH_PASSWORD };
    const root = repoRoot();
    const ports = { api: await freePort(), neo4jGraphql: await freePort(), cypher: await freePort() };
    const bases: Record<System, string> = {
      api: `http://127.0.0.1:${ports.api}`,
      neo4jGraphql: `http://127.0.0.1:${ports.neo4jGraphql}`,
      cypher: `http://127.0.0.1:${ports.cypher}`,
    };
    const byName: Record<System, ServerProcess> = {
      api: await spawnServer(
        'api',
        join(root, 'packages/api/dist/main.js'),
        bases.api,
        {
          ...env,
          PORT: String(ports.api),
          LOG_LEVEL: 'warn',
          GRAPHIQL: 'false',
          NEO4J_QUERY_TIMEOUT_MS: '60000',
        },
        /API ready/,
      ),
      neo4jGraphql: await spawnServer(
        'neo4j-graphql',
        join(root, 'bench/dist/servers/neo4j-graphql-server.js'),
        bases.neo4jGraphql,
        { ...env, PORT: String(ports.neo4jGraphql) },
        /READY/,
      ),
      cypher: await spawnServer(
        'cypher',
        join(root, 'bench/dist/servers/cypher-server.js'),
        bases.cypher,
        { ...env, PORT: String(ports.cypher) },
        /READY/,
      ),
    };
    servers.push(...Object.values(byName));

    const agreements = await checkAgreement(corpus.picks, bases);
    log(`  answers agree: ${agreements.map((a) => `${a.question} ${a.argSets}×`).join(', ')}`);
    const traces = await traceRequests(neo4j.db, corpus.picks);
    log(
      `  statements per API request: ${traces.map((t) => `${t.question} ${t.statements.length}`).join(', ')}`,
    );
    const idleRssMiB = Object.fromEntries(SYSTEMS.map((s) => [s, byName[s].rssMiB()])) as Record<
      System,
      number
    >;

    const runs: LoadFigures[] = [];
    for (const question of QUESTIONS) {
      const argSets = question.args(corpus.picks);
      await waitForQuiet(options.quiet.maxLoad, options.quiet.waitSeconds);
      for (const connections of options.connections) {
        // Systems take turns at each step, so that a drift of the machine's load hits all three.
        for (const system of SYSTEMS) {
          await waitForIdleNeo4j(neo4j.db, 60);
          const load = await waitForQuiet(options.quiet.maxLoad, options.quiet.waitSeconds / 12);
          const figures = await runLoad(
            byName[system],
            system,
            question,
            argSets,
            connections,
            options.seconds,
            load,
          );
          runs.push(figures);
          log(
            `  ${question.name} ${system} c=${connections}: p50 ${figures.p50.toFixed(1)} ms, p95 ${figures.p95.toFixed(1)}, p99 ${figures.p99.toFixed(1)}, ${figures.throughput.toFixed(0)} req/s, ${figures.peakRssMiB.toFixed(0)} MiB (load ${load})${figures.errors ? `, ${figures.errors} errors` : ''}`,
          );
        }
      }
    }
    return {
      scale: nodes,
      commit,
      startedAt,
      shape,
      memory: options.memory,
      ingest,
      agreements,
      traces,
      idleRssMiB,
      runs,
    };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await neo4j.stop();
    await rm(work, { recursive: true, force: true });
  }
}

/** Only the ingest of one scale, on a Neo4j of its own (BENCH_STEPS=ingest): its figures. */
export async function ingestScale(nodes: number, options: RunOptions): Promise<ScaleResult['ingest']> {
  const corpus = generateCorpus(shapeFor(nodes));
  options.log(`scale ${nodes}: ${corpus.articles.length} articles, ingest only`);
  const neo4j = await startBenchNeo4j(options.memory);
  const work = await mkdtemp(join(tmpdir(), 'diplograph-bench-'));
  try {
    return await ingestStep(corpus, neo4j.db, work, options);
  } finally {
    await neo4j.stop();
    await rm(work, { recursive: true, force: true });
  }
}

/** Waits for a quiet machine, then reads, compiles and writes the corpus into the empty database. */
async function ingestStep(corpus: SyntheticCorpus, db: Database, work: string, options: RunOptions) {
  const { log } = options;
  const load = await waitForQuiet(options.quiet.maxLoad, options.quiet.waitSeconds * 2);
  log(`  ingest (load ${load})`);
  const compiled = await compileCorpus(corpus, work, log);
  const ingest = { ...(await ingestCorpus(db, compiled, log)), load };
  log(
    `  ${ingest.nodes + ingest.relationships} rows written at ${Math.round(ingest.writeRate)} rows/s ` +
      `(write ${(ingest.writeMs / 1000).toFixed(1)} s: staging ${(ingest.phases.stagingMs / 1000).toFixed(1)}, ` +
      `publishing and counts ${(ingest.phases.publishMs / 1000).toFixed(1)}; end to end ${Math.round(ingest.overallRate)} rows/s; ` +
      `load at the end ${loadAverage()})`,
  );
  const reingest = await reingestCorpus(db, corpus, work, log);
  const { unchanged, changed, reverted } = reingest;
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  log(
    `  unchanged re-ingest ${seconds(unchanged.readMs + unchanged.compileMs + unchanged.writeMs)} s ` +
      `(read ${seconds(unchanged.readMs)}, compile ${seconds(unchanged.compileMs)}, write ${seconds(unchanged.writeMs)}); ` +
      `${changed.rows} rows changed: write ${seconds(changed.writeMs)} s, reverted ${seconds(reverted.writeMs)} s`,
  );
  return { ...ingest, reingest };
}

function currentCommit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: repoRoot(),
      encoding: 'utf8',
    }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no', 'packages'], {
      cwd: repoRoot(),
      encoding: 'utf8',
    }).trim();
    return dirty ? `${head} (packages/ modified)` : head;
  } catch {
    return 'unknown';
  }
}
