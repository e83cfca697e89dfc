import { apiEnv, createApp, createLogger } from '@diplograph/api';
import { readMigrations } from '@diplograph/db';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isUnavailable, parseJson } from '../support/answers.js';
import { startApiProcess } from '../support/api-process.js';
import { connectTestDatabase } from '../support/database.js';
import { dumpGraph, loadCorpus } from '../support/ingest.js';
import { MIXED_QUESTIONS } from '../support/questions.js';

// A soak of the API process under 50 concurrent clients for a minute (autocannon), every answer
// compared with the one the same question gets alone. Run by `./diplograph test-long`.

const db = connectTestDatabase();
beforeAll(() => loadCorpus(db));
afterAll(() => db.close());

// What the 2-core machine holds while others work on it too; with 100 clients, the slowest
// answers take over 30 s (each request queues once per statement for a connection of the pool).
const CLIENTS = 50;

describe('a minute of load', () => {
  it('holds 50 concurrent clients: every answer right or a busy refusal, no error, no session or connection left', async () => {
    const app = createApp({
      db,
      env: apiEnv.parse({ LOG_LEVEL: 'silent' }),
      migrations: await readMigrations(),
      logger: createLogger('silent'),
    });
    const expected = new Map<string, string>();
    for (const query of MIXED_QUESTIONS) {
      const body = JSON.stringify({ query });
      const response = await app.fetch('http://api/graphql', post(body));
      expected.set(body, await response.text());
    }
    const graph = await dumpGraph(db);

    const api = await startApiProcess(inject('neo4j'), { LOG_LEVEL: 'warn' });
    try {
      // Each answer is the one the question gets alone, or, when the machine cannot keep up (it is
      // shared), admission control's refusal: a 503 that says the service is busy and when to retry.
      // Anything else is wrong, and what it said is listed.
      let right = 0;
      let busy = 0;
      const wrong = new Map<string, number>();
      const judge = (status: number, answer: string, body: string) => {
        if (status === 200 && answer === expected.get(body)) right++;
        else if (status === 503 && isUnavailable(parseJson(answer))) busy++;
        else {
          const said = `${status} ${answer.slice(0, 160)}`;
          wrong.set(said, (wrong.get(said) ?? 0) + 1);
        }
      };
      const result = await autocannon({
        url: `${api.url}/graphql`,
        connections: CLIENTS,
        duration: 60,
        // Seconds a client waits for its answer.
        timeout: 60,
        requests: [...expected.keys()].map((body) => ({
          ...post(body),
          onResponse: (status: number, answer: string) => judge(status, answer, body),
        })),
      });
      // Figures once the API has answered everything (the scrape itself is one request in flight)
      // and has closed the sessions of the requests the load left unanswered when it stopped, which
      // it does in the background; a session still open after a statement's timeout is a leak.
      const drained = (metrics: string) =>
        /^diplograph_http_requests_in_flight 1$/m.test(metrics) &&
        /^diplograph_db_sessions_open 0$/m.test(metrics);
      const giveUpAt = Date.now() + 15_000;
      let metrics = '';
      while (!drained(metrics) && Date.now() < giveUpAt) {
        metrics = await (await fetch(`${api.url}/metrics`)).text();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const sample = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(metrics)?.[1]);
      console.log(
        `LONG soak: ${result.requests.total} requests in ${result.duration.toFixed(0)} s from ${CLIENTS} clients ` +
          `(${result.requests.average.toFixed(0)}/s); latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
          `max ${result.latency.max} ms; ${right} right, ${busy} refused as busy, ${result.errors} errors, ` +
          `${result.timeouts} timeouts; after: ${sample('diplograph_db_sessions_open')} sessions open, ` +
          `${sample('diplograph_db_pool_connections\\{state="in_use"\\}')} connections in use, ` +
          `${sample('diplograph_db_pool_connections\\{state="idle"\\}')} idle, ` +
          `${sample('diplograph_db_session_failures_total')} failed sessions, ` +
          `${sample('diplograph_db_sessions_cancelled_total')} stopped with their request, ` +
          `database time ${sample('diplograph_db_session_seconds_sum').toFixed(0)} s in ${sample('diplograph_db_session_seconds_count')} sessions` +
          [...wrong].map(([said, n]) => `\n  wrong: ${n} × ${said}`).join(''),
      );
      expect(right).toBeGreaterThan(0);
      expect({ errors: result.errors, timeouts: result.timeouts, wrong: [...wrong] }).toEqual({
        errors: 0,
        timeouts: 0,
        wrong: [],
      });
      expect(sample('diplograph_db_sessions_open')).toBe(0);
      expect(sample('diplograph_db_pool_connections\\{state="in_use"\\}')).toBe(0);
      expect(sample('diplograph_db_session_failures_total')).toBe(0);
      expect(await dumpGraph(db)).toEqual(graph);
    } finally {
      api.kill('SIGKILL');
    }
  });
});

function post(body: string) {
  return {
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body,
  };
}
