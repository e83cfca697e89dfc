import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@diplograph/db';
import { loadAverage } from './load-average.js';
import type { Neo4jMemory } from './neo4j.js';
import { renderResults, scaleLabel } from './report.js';
import { ingestScale, runScale, type ScaleResult } from './scale-run.js';
import { parseScale } from './synthetic/shape.js';

/**
 * `./diplograph bench`: for each scale, a synthetic graph through the real ingest into a Neo4j of
 * its own, then the six questions against our API, @neo4j/graphql and raw Cypher. Results go to
 * bench/results/<scale>.json and into BENCHMARKS.md between its results markers.
 *
 * BENCH_SCALES (1k,100k,1m), BENCH_CONNECTIONS (1,8,32), BENCH_SECONDS (5), BENCH_WARMUP_SECONDS (2),
 * BENCH_MAX_LOAD (1.0) and BENCH_LOAD_WAIT_SECONDS (60), BENCH_NEO4J_HEAP / _PAGECACHE / _TX_MEMORY;
 * BENCH_STEPS=ingest runs only the ingest of each scale and writes no results.
 */
const env = process.env;
const list = (text: string) =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

/**
 * The ingest's largest transaction publishes every node of the graph (3 to 4 KiB of transaction
 * state per node): above 300,000 nodes it needs more than the default 3g.
 */
function memoryFor(nodes: number): Neo4jMemory {
  const big = nodes > 300_000;
  return {
    heap: env.BENCH_NEO4J_HEAP ?? (big ? '8g' : '4g'),
    pageCache: env.BENCH_NEO4J_PAGECACHE ?? (big ? '2g' : '1g'),
    txMemory: env.BENCH_NEO4J_TX_MEMORY ?? (big ? '6g' : '3g'),
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
  const resultsDir = join(repoRoot(), 'bench', 'results');
  await mkdir(resultsDir, { recursive: true });
  for (const scale of list(env.BENCH_SCALES ?? '1k,100k,1m').map(parseScale)) {
    const options = {
      connections: list(env.BENCH_CONNECTIONS ?? '1,8,32').map(Number),
      seconds: { warmup: Number(env.BENCH_WARMUP_SECONDS ?? 2), measure: Number(env.BENCH_SECONDS ?? 5) },
      quiet: {
        maxLoad: Number(env.BENCH_MAX_LOAD ?? 1),
        waitSeconds: Number(env.BENCH_LOAD_WAIT_SECONDS ?? 60),
      },
      memory: memoryFor(scale),
      log,
    };
    // The ingest alone, for working on it: its figures are logged, no results are written.
    if (env.BENCH_STEPS === 'ingest') {
      await ingestScale(scale, options);
      continue;
    }
    const result = await runScale(scale, options);
    await writeFile(join(resultsDir, `${scaleLabel(scale)}.json`), `${JSON.stringify(result, null, 1)}\n`);
  }
  if (env.BENCH_STEPS === 'ingest') return;
  const results: ScaleResult[] = [];
  // One file per scale (1k.json, 100k.json, 1M.json); the other benchmarks keep theirs here too.
  for (const file of (await readdir(resultsDir)).filter((f) => /^\d+[kM]?\.json$/.test(f))) {
    results.push(JSON.parse(await readFile(join(resultsDir, file), 'utf8')) as ScaleResult);
  }
  results.sort((a, b) => a.scale - b.scale);
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  const meta = [
    `Run of ${new Date().toISOString().slice(0, 16)}Z: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${minutes} min for this command (load average at the end ${loadAverage()}).`,
  ];
  const section = renderResults(results, meta);
  const file = join(repoRoot(), 'BENCHMARKS.md');
  const text = await readFile(file, 'utf8').catch(() => '<!-- results:start -->\n<!-- results:end -->\n');
  const updated = text.replace(
    /<!-- results:start -->[\s\S]*<!-- results:end -->/,
    `<!-- results:start -->\n${section}\n<!-- results:end -->`,
  );
  await writeFile(file, updated);
  log(`results in ${file} (${minutes} min)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
