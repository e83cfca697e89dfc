import { apiEnv, createApp, createLogger } from '@diplograph/api';
import { migrate, readMigrations } from '@diplograph/db';
import { ingest } from '@diplograph/ingest';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startApiProcess } from '../support/api-process.js';
import { connectTestDatabase, resetGraph } from '../support/database.js';
import { dumpGraph, loadCorpus } from '../support/ingest.js';
import { CORPUS_DIR, FACTS_DIR } from '../support/paths.js';
import { MIXED_QUESTIONS } from '../support/questions.js';

const db = connectTestDatabase();
afterAll(() => db.close());

const input = { corpusDir: CORPUS_DIR, factsDir: FACTS_DIR };

describe('two ingests at once', () => {
  it('give the graph that one gives, from an empty database and over a loaded one', async () => {
    await loadCorpus(db);
    const one = await dumpGraph(db);
    // Each through its own driver, as two processes would.
    const other = connectTestDatabase();
    try {
      await resetGraph(db);
      await Promise.all([ingest(db, input), ingest(other, input)]);
      expect(await dumpGraph(db)).toEqual(one);
      await Promise.all([ingest(db, input), ingest(other, input)]);
      expect(await dumpGraph(db)).toEqual(one);
    } finally {
      await other.close();
    }
  }, 300_000);
});

describe("an ingest that finds another's staging lease", () => {
  it('says what it waits for and until when, and loads once the lease is gone', async () => {
    await loadCorpus(db);
    const one = await dumpGraph(db);
    await resetGraph(db);
    await migrate(db);
    // Another run's lease, as one that died while loading an empty graph leaves it.
    const until = Date.now() + 60_000;
    const LEASE =
      'MATCH (m:Migration) WITH m ORDER BY m.version LIMIT 1 SET m.stagingRun = $run, m.stagingUntil = $until';
    await db.writeTransaction((tx) => db.run(tx, LEASE, { run: 'another-run', until }));
    const notices: string[] = [];
    let release: Promise<unknown> | undefined;
    // The seconds it tells are counted between these two moments: a loaded machine takes a while.
    const started = Date.now();
    let noticed = 0;
    await ingest(db, {
      ...input,
      onNotice: (message) => {
        notices.push(message);
        noticed ||= Date.now();
        // Once it has said so, the other run's lease goes (as when it lapses), and this one loads.
        release ??= db.writeTransaction((tx) =>
          db.run(tx, 'MATCH (m:Migration) REMOVE m.stagingRun, m.stagingUntil'),
        );
      },
    });
    await release;
    const told = notices[0]?.match(
      new RegExp(
        `^waiting for the staging lease of another ingest: it is loading this empty graph, or it died and its lease lapses at ${new Date(until).toISOString()} \\(in (\\d+) s\\)$`,
      ),
    );
    expect(told, notices[0]).not.toBeNull();
    const seconds = Number(told?.[1]);
    expect(seconds).toBeGreaterThanOrEqual(Math.ceil((until - noticed) / 1000));
    expect(seconds).toBeLessThanOrEqual(Math.ceil((until - started) / 1000));
    expect(await dumpGraph(db)).toEqual(one);
  }, 300_000);
});

describe('1,000 concurrent queries', () => {
  it('all answer right, and leave no session nor connection in use', async () => {
    await loadCorpus(db);
    // The expected answers from an app in this process; the load on the API's own process, whose
    // figures its /metrics tells.
    const expected = new Map<string, unknown>();
    const app = createApp({
      db,
      env: apiEnv.parse({ LOG_LEVEL: 'silent' }),
      migrations: await readMigrations(),
      logger: createLogger('silent'),
    });
    for (const query of MIXED_QUESTIONS) {
      const answer = (await (await app.fetch('http://api/graphql', post(query))).json()) as { data: unknown };
      expect(JSON.stringify(answer.data)).toMatch(/"(id|name)":"/);
      expected.set(query, answer.data);
    }
    // A deadline long enough for all of them on a busy machine: this is about right answers and
    // clean sessions under concurrency. What a burst beyond what can be answered in time gets (a
    // 503 with Retry-After) is admission control's test, admission.int.test.ts.
    const api = await startApiProcess(inject('neo4j'), { LOG_LEVEL: 'warn', REQUEST_TIMEOUT_MS: '120000' });
    try {
      const started = performance.now();
      const answers = await Promise.all(
        Array.from({ length: 1_000 }, async (_, i) => {
          const query = MIXED_QUESTIONS[i % MIXED_QUESTIONS.length] ?? '';
          const response = await fetch(`${api.url}/graphql`, post(query));
          return {
            query,
            status: response.status,
            body: (await response.json()) as { data?: unknown; errors?: unknown },
          };
        }),
      );
      const seconds = (performance.now() - started) / 1000;

      expect(answers.filter((a) => a.status !== 200 || a.body.errors)).toEqual([]);
      for (const answer of answers) expect(answer.body.data).toEqual(expected.get(answer.query));
      const after = await metrics(api.url);
      expect(after.get('diplograph_http_requests_total{method="POST",path="/graphql",status="200"}')).toBe(
        1_000,
      );
      expect(after.get('diplograph_db_session_failures_total')).toBe(0);
      expect(after.get('diplograph_db_sessions_open')).toBe(0);
      expect(after.get('diplograph_db_pool_connections{state="in_use"}')).toBe(0);
      expect(after.get('diplograph_db_pool_waiting')).toBe(0);
      expect(after.get('diplograph_db_pool_connections{state="idle"}')).toBeLessThanOrEqual(100);
      console.log(
        `1,000 concurrent queries in ${seconds.toFixed(1)} s, all right; after: ` +
          `${after.get('diplograph_db_pool_connections{state="idle"}')} connections idle, 0 in use, 0 waiting, ` +
          `${after.get('diplograph_db_session_seconds_count')} sessions closed, 0 open, 0 failed`,
      );
    } finally {
      api.kill('SIGKILL');
    }
  }, 300_000);
});

function post(query: string): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) };
}

/** The API's /metrics samples by `name{labels}`. */
async function metrics(url: string): Promise<Map<string, number>> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return new Map(
    text
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => [line.slice(0, line.lastIndexOf(' ')), Number(line.slice(line.lastIndexOf(' ') + 1))]),
  );
}
