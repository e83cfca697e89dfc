import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { freePort, repoRoot } from '@diplograph/db';
import { ingest } from '@diplograph/ingest';
import { loadAverage } from '../load-average.js';
import { BENCH_PASSWORD, startBenchNeo4j } from '../neo4j.js';
import { spawnServer } from '../servers/spawn.js';
import { LoopbackClient, loop, type Sample } from './client.js';
import { latencies } from './figures.js';

/**
 * `./diplograph bench admission`: the API under the load that used to exhaust its pool. Twenty
 * clients, each from an address of its own, loop on the heaviest query the limits allow (two
 * neighbourhoods of 1,000 nodes with their evidence, just under MAX_COST), while one more asks a
 * cheap question again and again; the cheap one is also timed alone first. Against a Neo4j of its
 * own holding the corpus, and the API's own process, as deployed. Writes bench/results/admission.json
 * and the admission section of BENCHMARKS.md.
 *
 * BENCH_SECONDS (60), BENCH_HEAVY_CLIENTS (20), BENCH_HONOUR_RETRY_AFTER (true); the API reads its
 * own settings (REQUEST_TIMEOUT_MS, COST_BUDGET, CHEAP_COST...) from the environment.
 */
const env = process.env;
const SECONDS = Number(env.BENCH_SECONDS ?? 60);
const HEAVY_CLIENTS = Number(env.BENCH_HEAVY_CLIENTS ?? 20);
const HONOUR = env.BENCH_HONOUR_RETRY_AFTER !== 'false';
const DEADLINE_MS = Number(env.REQUEST_TIMEOUT_MS ?? 15_000);

const VIEW = 'truncated nodes { id type label properties degree } edges { id type source target properties }';
const NEIGHBOURHOOD = `neighbourhood(id: "morocco", depth: 3, limit: 1000, perNode: 1000, includeEvidence: true) { ${VIEW} }`;
export const HEAVY = JSON.stringify({ query: `{ a: ${NEIGHBOURHOOD} b: ${NEIGHBOURHOOD} }` });
export const CHEAP = JSON.stringify({ query: '{ node(id: "khalid-zerouali") { id } }' });

/** The largest pool figures /metrics showed while `until` ran. */
async function watchPool(url: string, until: Promise<unknown>) {
  let done = false;
  void until.finally(() => {
    done = true;
  });
  const peak = { inUse: 0, waiting: 0 };
  while (!done) {
    const text = await (await fetch(`${url}/metrics`)).text();
    const sample = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? 0);
    peak.inUse = Math.max(peak.inUse, sample('diplograph_db_pool_connections\\{state="in_use"\\}'));
    peak.waiting = Math.max(peak.waiting, sample('diplograph_db_pool_waiting'));
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return peak;
}

async function main(): Promise<void> {
  const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
  log('starting a Neo4j of its own and loading the corpus');
  const neo4j = await startBenchNeo4j({ heap: '2g', pageCache: '512m', txMemory: '1g' });
  try {
    await ingest(neo4j.db, {
      corpusDir: join(repoRoot(), '..', 'shared', 'corpus'),
      factsDir: join(repoRoot(), 'facts'),
    });
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const api = await spawnServer(
      'api',
      join(repoRoot(), 'packages', 'api', 'dist', 'main.js'),
      base,
      {
        NEO4J_URI: neo4j.uri,
        NEO4J_PASSWORD: BENCH_PASSWORD,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
      },
      /Diplograph API ready/,
    );
    try {
      const url = new URL(`${base}/graphql`);
      const cheapClient = () => new LoopbackClient(url, '127.0.0.250');
      log('the cheap query alone: 5 s of warm-up, 10 s measured');
      await loop(cheapClient(), CHEAP, performance.now() + 5_000, HONOUR);
      const alone = latencies(await loop(cheapClient(), CHEAP, performance.now() + 10_000, HONOUR));
      log(`alone: p50 ${alone.p50} ms, p99 ${alone.p99} ms`);
      log(`${HEAVY_CLIENTS} heavy clients and the cheap one for ${SECONDS} s`);
      const loadBefore = loadAverage();
      const until = performance.now() + SECONDS * 1000;
      const heavyLoops = Array.from({ length: HEAVY_CLIENTS }, (_, i) =>
        loop(new LoopbackClient(url, `127.0.0.${i + 2}`), HEAVY, until, HONOUR),
      );
      const cheapLoop = loop(cheapClient(), CHEAP, until, HONOUR);
      const all = Promise.all([cheapLoop, ...heavyLoops]);
      const pool = await watchPool(base, all);
      const [cheapSamples, ...heavySamples] = await all;
      const heavy: Sample[] = heavySamples.flat();
      const everything = [...(cheapSamples ?? []), ...heavy];
      const slowest = Math.max(...everything.map((s) => s.ms));
      const answered = heavySamples.map((samples) => samples.filter((s) => s.status === 200).length);
      const result = {
        date: new Date().toISOString().slice(0, 16),
        commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot() }).toString().trim(),
        machine: `${cpus().length} cores, load average ${loadBefore} before the load, ${loadAverage()} after`,
        seconds: SECONDS,
        heavyClients: HEAVY_CLIENTS,
        honourRetryAfter: HONOUR,
        deadlineMs: DEADLINE_MS,
        cheapAlone: alone,
        cheapUnderLoad: latencies(cheapSamples ?? []),
        heavy: latencies(heavy),
        heavyAnsweredPerClient: { min: Math.min(...answered), max: Math.max(...answered) },
        slowestMs: Math.round(slowest),
        overDeadlineMs: Math.max(0, Math.round(slowest - DEADLINE_MS)),
        pool,
      };
      console.log(JSON.stringify(result, null, 1));
      await write(result);
    } finally {
      await api.stop();
    }
  } finally {
    await neo4j.stop();
  }
}

type Result = Record<string, unknown> & {
  cheapAlone: ReturnType<typeof latencies>;
  cheapUnderLoad: ReturnType<typeof latencies>;
  heavy: ReturnType<typeof latencies>;
  heavyAnsweredPerClient: { min: number; max: number };
  pool: { inUse: number; waiting: number };
};

/** bench/results/admission.json, and the table between the admission markers of BENCHMARKS.md. */
async function write(result: Result): Promise<void> {
  const dir = join(repoRoot(), 'bench', 'results');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'admission.json'), `${JSON.stringify(result, null, 1)}\n`);
  const statuses = (r: ReturnType<typeof latencies>) =>
    Object.entries(r.byStatus)
      .map(([status, n]) => `${n}× ${status}`)
      .join(', ');
  const row = (name: string, r: ReturnType<typeof latencies>) =>
    `| ${name} | ${r.requests} | ${statuses(r)} | ${r.p50} | ${r.p99} | ${r.max} |`;
  const section = [
    `Run of ${result.date}Z at ${result.commit}, ${result.machine}; ${result.seconds} s, ${result.heavyClients} heavy clients` +
      ` (Retry-After ${result.honourRetryAfter ? 'honoured' : 'ignored'}), deadline ${result.deadlineMs} ms.`,
    '',
    '| requests | sent | answers | p50 ms | p99 ms | max ms |',
    '|---|---|---|---|---|---|',
    row('cheap, alone', result.cheapAlone),
    row('cheap, under the heavy load', result.cheapUnderLoad),
    row('heavy (all clients)', result.heavy),
    '',
    `Heavy answers (200) per client: ${result.heavyAnsweredPerClient.min} to ${result.heavyAnsweredPerClient.max}. ` +
      `Slowest request: ${result.slowestMs} ms (${result.overDeadlineMs} ms past the deadline). ` +
      `Driver pool at most ${result.pool.inUse} connections in use, ${result.pool.waiting} requests waiting for one.`,
  ].join('\n');
  const file = join(repoRoot(), 'BENCHMARKS.md');
  const text = await readFile(file, 'utf8');
  await writeFile(
    file,
    text.replace(
      /<!-- admission:start -->[\s\S]*<!-- admission:end -->/,
      `<!-- admission:start -->\n${section}\n<!-- admission:end -->`,
    ),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
