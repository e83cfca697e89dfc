import type { Database } from '@diplograph/db';
import { freePort } from '@diplograph/db';
import { ingest } from '@diplograph/ingest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUnavailable } from '../support/answers.js';
import { startApiProcess } from '../support/api-process.js';
import { type Graph, killDuringIngest } from '../support/faults.js';
import { dumpGraph } from '../support/ingest.js';
import { hammer } from '../support/load.js';
import { OwnNeo4j } from '../support/own-neo4j.js';
import { CORPUS_DIR, FACTS_DIR } from '../support/paths.js';
import { namesZerouali } from '../support/questions.js';

// The long variants of faults.int.test.ts, run by `./diplograph test-long`: larger ingests killed
// at several points, outages of Neo4j and kills of the API under continuous load. Each prints
// its figures in a line starting with `LONG`.

let neo4j: OwnNeo4j;
let db: Database;
let corpus: Graph;

beforeAll(async () => {
  neo4j = await OwnNeo4j.start();
  db = neo4j.connect();
  await ingest(db, { corpusDir: CORPUS_DIR, factsDir: FACTS_DIR });
  corpus = await dumpGraph(db);
});
afterAll(async () => {
  await db?.close();
  await neo4j?.stop();
});

const QUESTION = JSON.stringify({
  query: '{ node(id: "khalid-zerouali") { ... on Person { name } } events(first: 5) { nodes { id } } }',
});

describe('the database killed during large ingests', () => {
  it('leaves the previous graph at every point, and each rerun completes', async () => {
    let previous = corpus;
    // Each round changes every invented node of the last (and adds some): a part would show.
    for (const [round, killAt] of [0.2, 0.6, 0.95].entries()) {
      const people = 6_000 + round * 500;
      const started = performance.now();
      const { after, writtenWhenKilled, total } = await killDuringIngest(neo4j, db, previous, people, {
        killAt,
        version: round + 1,
      });
      console.log(
        `LONG kill during ingest: ${total} rows, killed after ${writtenWhenKilled} were written; ` +
          `previous graph intact (${previous.nodes.length} nodes); rerun complete (${after.nodes.length} nodes, ` +
          `${after.relationships.length} relationships) in ${((performance.now() - started) / 1000).toFixed(0)} s`,
      );
      // The last point may fall after the last row, while the sweep or the commit runs.
      expect(writtenWhenKilled).toBeLessThanOrEqual(total);
      previous = after;
    }
    await ingest(db, { corpusDir: CORPUS_DIR, factsDir: FACTS_DIR });
    expect(await dumpGraph(db)).toEqual(corpus);
  });
});

describe('outages of the database under load', () => {
  it('answer 503 quickly while it is down, right answers otherwise, and recover each time', async () => {
    const api = await startApiProcess(neo4j.config, { LOG_LEVEL: 'warn' });
    const started = performance.now();
    try {
      const cycles = 3;
      const downs: { from: number; to: number }[] = [];
      const outages = (async () => {
        for (let i = 0; i < cycles; i++) {
          await new Promise((resolve) => setTimeout(resolve, 10_000));
          const from = performance.now();
          await neo4j.kill();
          await new Promise((resolve) => setTimeout(resolve, 10_000));
          await neo4j.restart();
          downs.push({ from, to: performance.now() });
        }
        await new Promise((resolve) => setTimeout(resolve, 10_000));
      })();
      const outcomes = await hammer(`${api.url}/graphql`, QUESTION, 20, outages, (json) =>
        namesZerouali(json) ? true : isUnavailable(json),
      );
      await outages;
      const ok = outcomes.filter((o) => o.status === 200 && o.correct);
      const unavailable = outcomes.filter((o) => o.status === 503);
      // A Neo4j just restarted after a crash (recovering, cold, on a loaded machine) may take its first
      // statements past their server-side timeout: a 504, accepted only for requests sent between a
      // kill and the end of its restart.
      const timedOut = outcomes.filter(
        (o) =>
          o.status === 504 &&
          /"QUERY_TIMEOUT"/.test(o.wrong ?? '') &&
          !/INTERNAL_SERVER_ERROR/.test(o.wrong ?? '') &&
          downs.some(({ from, to }) => o.sent >= from && o.sent <= to),
      );
      const other = outcomes.filter(
        (o) => (!o.correct || (o.status !== 200 && o.status !== 503)) && !timedOut.includes(o),
      );
      const recoveries = downs.map(
        ({ to }) => Math.min(...ok.filter((o) => o.sent > to).map((o) => o.done)) - to,
      );
      const slowest503 = Math.max(...unavailable.map((o) => o.done - o.sent));
      console.log(
        `LONG outages: ${cycles} kills of Neo4j under load; ${outcomes.length} requests, ${ok.length} right answers, ` +
          `${unavailable.length} 503 (slowest ${slowest503.toFixed(0)} ms), ${timedOut.length} 504 while restarting, ` +
          `${other.length} other; back within ` +
          `${recoveries.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(', ')} of each restart`,
      );
      // The API logs the cause of every masked error. When some answer was neither right, 503 nor such a
      // 504, show those answers and the causes other than an unreachable database.
      const causes = api.lines
        .filter((line) => line.includes('"level":"error"'))
        .filter((line) => !/DatabaseUnavailableError|not completed within the timeout/.test(line))
        .slice(0, 3);
      const when = (ms: number) => `${((ms - started) / 1000).toFixed(1)} s`;
      const answers = other
        .slice(0, 3)
        .map((o) => `sent at ${when(o.sent)}, answered at ${when(o.done)}: ${o.status} ${o.wrong}`);
      const outageTimes = downs.map(({ from, to }) => `${when(from)} to ${when(to)}`).join(', ');
      expect(other, [`down ${outageTimes}`, ...answers, ...causes].join('\n')).toEqual([]);
      expect(unavailable.length).toBeGreaterThan(0);
      expect(slowest503).toBeLessThan(10_000);
      expect(recoveries.every((ms) => ms < 30_000)).toBe(true);
    } finally {
      api.kill('SIGKILL');
    }
  });
});

describe('the database frozen for 45 s under load', () => {
  it('answers 503 within NEO4J_WAIT_MS the whole time, right answers otherwise, and recovers without a restart', async () => {
    const api = await startApiProcess(neo4j.config, { LOG_LEVEL: 'warn', NEO4J_WAIT_MS: '2000' });
    try {
      let frozen = { from: Number.POSITIVE_INFINITY, to: Number.POSITIVE_INFINITY };
      const freeze = (async () => {
        await new Promise((resolve) => setTimeout(resolve, 10_000));
        neo4j.freeze();
        frozen = { from: performance.now(), to: Number.POSITIVE_INFINITY };
        await new Promise((resolve) => setTimeout(resolve, 45_000));
        neo4j.thaw();
        frozen.to = performance.now();
        await new Promise((resolve) => setTimeout(resolve, 15_000));
      })();
      const outcomes = await hammer(`${api.url}/graphql`, QUESTION, 20, freeze, (json) =>
        namesZerouali(json) ? true : isUnavailable(json),
      );
      // Sent while it was frozen (the first wait after the freeze aside, when a request could not know).
      const during = outcomes.filter((o) => o.sent > frozen.from && o.sent < frozen.to);
      const slowest = Math.max(...during.map((o) => o.done - o.sent));
      const after = outcomes.filter((o) => o.sent > frozen.to + 5_000);
      console.log(
        `LONG freeze: 45 s of kill -STOP under 20 clients; ${during.length} requests while frozen, ` +
          `${during.filter((o) => o.status === 503).length} answered 503 (slowest ${slowest.toFixed(0)} ms); ` +
          `${after.filter((o) => o.status === 200 && o.correct).length} of ${after.length} right after the thaw`,
      );
      expect(during.length).toBeGreaterThan(0);
      expect(during.every((o) => o.status === 503 && o.correct)).toBe(true);
      expect(slowest).toBeLessThan(3_500);
      expect(after.length).toBeGreaterThan(0);
      expect(after.every((o) => o.status === 200 && o.correct)).toBe(true);
      expect((await fetch(`${api.url}/ready`)).status).toBe(200);
    } finally {
      neo4j.thaw();
      api.kill('SIGKILL');
    }
  });
});

describe('the API killed under load', () => {
  it('restarts clean each time, and every answer it gave was right', async () => {
    const port = String(await freePort());
    let api = await startApiProcess(neo4j.config, { PORT: port, LOG_LEVEL: 'warn' });
    const rounds = 3;
    const restarts: number[] = [];
    try {
      const kills = (async () => {
        for (let i = 0; i < rounds; i++) {
          await new Promise((resolve) => setTimeout(resolve, 8_000));
          const killed = performance.now();
          api.kill('SIGKILL');
          await api.exited;
          api = await startApiProcess(neo4j.config, { PORT: port, LOG_LEVEL: 'warn' });
          restarts.push(performance.now() - killed);
        }
        await new Promise((resolve) => setTimeout(resolve, 8_000));
      })();
      const outcomes = await hammer(`${api.url}/graphql`, QUESTION, 30, kills, namesZerouali);
      await kills;
      const answered = outcomes.filter((o) => o.status !== undefined);
      console.log(
        `LONG API kills: ${rounds} kill -9 under load of 30 clients; ${outcomes.length} requests, ` +
          `${answered.length} answered (all right: ${answered.every((o) => o.correct)}), ` +
          `${outcomes.length - answered.length} refused while it was down; restarted in ` +
          `${restarts.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(', ')}`,
      );
      expect(answered.every((o) => o.status === 200 && o.correct)).toBe(true);
      expect((await fetch(`${api.url}/ready`)).status).toBe(200);
      expect(await dumpGraph(db)).toEqual(corpus);
    } finally {
      api.kill('SIGKILL');
    }
  });
});
