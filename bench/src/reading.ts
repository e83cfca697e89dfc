import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, repoRoot } from '@diplograph/db';
import { loadInput } from '@diplograph/ingest';
import {
  installNlp,
  LOCAL_NLP_STATE_DIR,
  NlpClient,
  nlpConfig,
  nlpEnv,
  startLocalNlp,
} from '@diplograph/nlp';

/**
 * `./diplograph bench reading`: the whole reading of a corpus of BENCH_READING_ARTICLES (1,000)
 * articles of the shared corpus's size, twice: first with an empty parse cache, then unchanged.
 * Each article is one of the corpus's with a line of its own appended, so every text is new to
 * the cache and costs what an article of that size costs. It times everything the ingest does
 * before writing (reading the folder, checking the facts, parsing, reading the facts, resolving);
 * it writes nothing to Neo4j. NLP_URL, else a local CoreNLP server started for the run.
 */
const env = process.env;
const count = Number(env.BENCH_READING_ARTICLES ?? 1000);
const corpusDir = env.CORPUS_DIR ?? join(repoRoot(), '..', 'shared', 'corpus');
const factsDir = join(repoRoot(), 'facts');

async function syntheticCorpus(dir: string): Promise<{ bytes: number }> {
  const files = await readdir(corpusDir);
  // The curated articles as they are, for the facts that quote them; the others as the material.
  for (const file of files.filter((f) => f.startsWith('00')))
    await copyFile(join(corpusDir, file), join(dir, file));
  const texts = files.filter((f) => f.endsWith('.txt') && !f.startsWith('00')).sort();
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const file = texts[i % texts.length] ?? '';
    const name = `${String(i).padStart(5, '0')}_${file}`;
    const text = `${await readFile(join(corpusDir, file), 'utf8')}\nRéf. ${i}\n`;
    bytes += Buffer.byteLength(text);
    await writeFile(join(dir, name), text);
    await copyFile(
      join(corpusDir, file.replace(/\.txt$/, '.json')),
      join(dir, name.replace(/\.txt$/, '.json')),
    );
  }
  return { bytes };
}

async function main(): Promise<void> {
  const config = nlpConfig(nlpEnv.parse(env));
  let stop = async () => {};
  let url = config.url;
  if (!config.external) {
    await installNlp(LOCAL_NLP_STATE_DIR, (line) => console.log(`  ${line}`));
    const runDir = await mkdtemp(join(tmpdir(), 'diplograph-bench-nlp-'));
    const running = await startLocalNlp(
      {
        port: await freePort(),
        heap: nlpEnv.parse(env).NLP_LOCAL_HEAP,
        stateDir: LOCAL_NLP_STATE_DIR,
        runDir,
      },
      { detached: false },
    );
    url = running.url;
    stop = () => running.stop();
  }
  const dir = await mkdtemp(join(tmpdir(), 'diplograph-bench-corpus-'));
  const cacheDir = await mkdtemp(join(tmpdir(), 'diplograph-bench-cache-'));
  try {
    const { bytes } = await syntheticCorpus(dir);
    console.log(
      `reading ${count} articles (${(bytes / count).toFixed(0)} bytes each on average) through ${url}`,
    );
    for (const pass of ['first read, empty cache', 'unchanged re-read']) {
      const nlp = new NlpClient({ url, cacheDir, timeoutMs: config.timeoutMs });
      const started = performance.now();
      const input = await loadInput({ corpusDir: dir, factsDir, nlp });
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `${pass}: ${seconds.toFixed(1)} s, ${(count / seconds).toFixed(1)} articles/s; ` +
          `${input.parsed} parsed, ${input.machineRead - input.parsed} from the cache; ` +
          `${input.graph.nodes.length} nodes, ${input.graph.relationships.length} relationships`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
    await stop();
  }
}

await main();
