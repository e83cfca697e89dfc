import type { Database } from '@diplograph/db';
import { freePort } from '@diplograph/db';
import { ingest } from '@diplograph/ingest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiProcess } from '../support/api-process.js';
import { type Graph, killDuringFirstLoad, killDuringIngest } from '../support/faults.js';
import { dumpGraph, loadCorpus } from '../support/ingest.js';
import { hammer } from '../support/load.js';
import { OwnNeo4j } from '../support/own-neo4j.js';
import { CORPUS_DIR, FACTS_DIR } from '../support/paths.js';
import { namesZerouali } from '../support/questions.js';

// Faults of the database and of the API process. They kill processes, so they run on a Neo4j of
// their own (the run's shared one is never touched), and the API runs as its own process.
// The long variants (test/reliability/*.long.test.ts, `./diplograph test-long`) repeat them larger.

let neo4j: OwnNeo4j;
let db: Database;
let corpus: Graph;

beforeAll(async () => {
  neo4j = await OwnNeo4j.start();
  db = neo4j.connect();
  await ingest(db, { corpusDir: CORPUS_DIR, factsDir: FACTS_DIR });
  corpus = await dumpGraph(db);
}, 600_000);
afterAll(async () => {
  await db?.close();
  await neo4j?.stop();
});

const QUESTION = JSON.stringify({
  query: '{ node(id: "khalid-zerouali") { ... on Person { name } } people { totalCount } }',
});

async function ask(url: string) {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: QUESTION,
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  return { status: response.status, body, ms: performance.now() - started };
}

describe('the database killed in the middle of an ingest', () => {
  it('leaves the previous graph, and the rerun completes', async () => {
    const { writtenWhenKilled, total } = await killDuringIngest(neo4j, db, corpus, 3_000);
    expect(writtenWhenKilled).toBeGreaterThan(0);
    expect(writtenWhenKilled).toBeLessThan(total);
    // Back to the corpus alone for the next tests: a plain ingest deletes what it no longer has.
    await ingest(db, { corpusDir: CORPUS_DIR, factsDir: FACTS_DIR });
    expect(await dumpGraph(db)).toEqual(corpus);
  }, 900_000);

  it('while loading an empty database shows readers nothing, and the rerun completes', async () => {
    const { writtenWhenKilled, total, staged, notices } = await killDuringFirstLoad(neo4j, db, 3_000);
    expect(writtenWhenKilled).toBeGreaterThan(0);
    expect(writtenWhenKilled).toBeLessThan(total);
    // The kill came in the middle of the staging: there was something to hide and to clean up.
    expect(staged).toBeGreaterThan(0);
    // The rerun said what it cleaned up; and what it waited for, if the dead run's lease had
    // not lapsed yet by the time Neo4j was back (waiting is tested on its own, concurrency.int).
    expect(notices.at(-1)).toBe(`deleted ${staged} staged nodes left by an ingest that died`);
    for (const notice of notices.slice(0, -1)) expect(notice).toMatch(/^waiting for the staging lease/);
    await loadCorpus(db);
    expect(await dumpGraph(db)).toEqual(corpus);
  }, 900_000);
});

describe('the database down under the API', () => {
  it('answers 503 with a clear error within a bounded time, and recovers by itself', async () => {
    const api = await startApiProcess(neo4j.config, { NEO4J_WAIT_MS: '2000' });
    try {
      expect((await ask(api.url)).status).toBe(200);
      await neo4j.kill();

      for (let i = 0; i < 5; i++) {
        const down = await ask(api.url);
        expect(down.status).toBe(503);
        expect(down.body.errors?.[0]).toMatchObject({
          message: 'The database is unavailable; try again shortly.',
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        });
        // NEO4J_WAIT_MS of retries, one back-off delay, and slack for a busy machine.
        expect(down.ms).toBeLessThan(8_000);
      }
      expect((await fetch(`${api.url}/ready`)).status).toBe(503);
      expect((await fetch(`${api.url}/health`)).status).toBe(200);

      await neo4j.restart();
      const back = performance.now();
      let answer = await ask(api.url);
      while (answer.status !== 200 && performance.now() - back < 30_000) answer = await ask(api.url);
      expect(answer.status).toBe(200);
      expect(namesZerouali(answer.body)).toBe(true);
      expect((await fetch(`${api.url}/ready`)).status).toBe(200);
      // The log says why, naming the database.
      const errors = api.lines.filter((l) => l.includes('"level":"error"'));
      expect(errors.some((l) => l.includes(`cannot reach Neo4j at ${neo4j.config.uri}`))).toBe(true);
    } finally {
      api.kill('SIGKILL');
    }
  }, 300_000);
});

describe('the database frozen under the API', () => {
  it('gives up within NEO4J_WAIT_MS, says so at /ready within two seconds, and recovers by itself', async () => {
    const api = await startApiProcess(neo4j.config, { NEO4J_WAIT_MS: '2000' });
    const timed = async (path: string) => {
      const started = performance.now();
      const response = await fetch(`${api.url}${path}`);
      return { status: response.status, ms: performance.now() - started };
    };
    try {
      expect((await ask(api.url)).status).toBe(200);
      // A frozen Neo4j (kill -STOP) keeps its connections open and never answers: no timeout of
      // the driver notices, and every request used to hang as long as it was frozen.
      neo4j.freeze();
      try {
        const first = await ask(api.url);
        expect(first.status).toBe(503);
        expect(first.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
        // NEO4J_WAIT_MS, and slack for a busy machine.
        expect(first.ms).toBeLessThan(3_500);
        const ready = await timed('/ready');
        expect(ready.status).toBe(503);
        expect(ready.ms).toBeLessThan(2_000);
        for (let i = 0; i < 3; i++) {
          const again = await ask(api.url);
          expect(again.status).toBe(503);
          expect(again.ms).toBeLessThan(3_500);
        }
        expect((await timed('/health')).status).toBe(200);
      } finally {
        neo4j.thaw();
      }
      const back = performance.now();
      let answer = await ask(api.url);
      while (answer.status !== 200 && performance.now() - back < 30_000) answer = await ask(api.url);
      expect(answer.status).toBe(200);
      expect(namesZerouali(answer.body)).toBe(true);
      expect((await timed('/ready')).status).toBe(200);
      const errors = api.lines.filter((l) => l.includes('"level":"error"'));
      expect(errors.some((l) => l.includes('it has not answered for 2000 ms'))).toBe(true);
    } finally {
      api.kill('SIGKILL');
    }
  }, 300_000);
});

describe('the API killed under load', () => {
  it('restarts clean on the same port, and every answer it gave was right', async () => {
    const port = String(await freePort());
    let api = await startApiProcess(neo4j.config, { PORT: port, LOG_LEVEL: 'warn' });
    const url = api.url;
    let restartedAt = Number.POSITIVE_INFINITY;
    const load = hammer(`${url}/graphql`, QUESTION, 20, 20_000, namesZerouali);
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    api.kill('SIGKILL');
    await api.exited;
    api = await startApiProcess(neo4j.config, { PORT: port, LOG_LEVEL: 'warn' });
    restartedAt = performance.now();
    try {
      const outcomes = await load;
      const answered = outcomes.filter((o) => o.status !== undefined);
      // Whatever the API answered was right, before the kill and after the restart.
      expect(answered.every((o) => o.status === 200 && o.correct)).toBe(true);
      const afterRestart = outcomes.filter((o) => o.sent > restartedAt);
      expect(afterRestart.length).toBeGreaterThan(0);
      expect(afterRestart.every((o) => o.status === 200 && o.correct)).toBe(true);
      expect(api.url).toBe(url);
      expect((await fetch(`${url}/ready`)).status).toBe(200);
      // The killed process's transactions go with its connections (as soon as Neo4j sees them
      // closed, which a loaded machine can delay by a moment); the graph is as it was.
      const open = async () =>
        (await db.read<{ n: number }>('SHOW TRANSACTIONS YIELD transactionId RETURN count(*) AS n'))[0]?.n;
      await expect.poll(open, { timeout: 15_000, interval: 250 }).toBeLessThanOrEqual(1);
      expect(await dumpGraph(db)).toEqual(corpus);
    } finally {
      api.kill('SIGKILL');
    }
  }, 300_000);
});
