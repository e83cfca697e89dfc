import { connect, createServer } from 'node:net';
import { networkInterfaces } from 'node:os';
import { apiEnv, createApp, createLogger } from '@diplograph/api';
import { freePort, readMigrations } from '@diplograph/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApiProcess } from '../support/api-process.js';
import { connectTestDatabase } from '../support/database.js';
import { loadCorpus } from '../support/ingest.js';

// What an operator relies on: one JSON log line per request with its id (malformed requests
// included), Prometheus metrics for the loopback or a token holder, a start that fails in one line
// when it cannot listen, and a shutdown that finishes the requests in flight and closes the driver.

const db = connectTestDatabase();
const logged: string[] = [];
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  await loadCorpus(db);
  app = createApp({
    db,
    env: apiEnv.parse({ LOG_LEVEL: 'info' }),
    migrations: await readMigrations(),
    logger: createLogger('info', (line) => logged.push(line)),
  });
});
afterAll(() => db.close());

const ask = (query: string, headers: Record<string, string> = {}) =>
  app.fetch('http://api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query }),
  });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('logs', () => {
  it("writes one JSON line per request with the caller's request id, and returns the id", async () => {
    const response = await ask('{ people { totalCount } }', { 'x-request-id': 'trace-4711' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('trace-4711');
    const line = logged.map((l) => JSON.parse(l)).find((l) => l.requestId === 'trace-4711');
    expect(line).toMatchObject({
      level: 'info',
      msg: 'request',
      method: 'POST',
      path: '/graphql',
      status: 200,
    });
    expect(new Date(line.time).toISOString()).toBe(line.time);
    expect(line.ms).toBeGreaterThanOrEqual(0);
  });

  it('gives a request without an id a new one, refused requests included', async () => {
    const response = await app.fetch('http://api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '200000' },
      body: 'x'.repeat(200_000),
    });
    expect(response.status).toBe(413);
    const id = response.headers.get('x-request-id') ?? '';
    expect(id).toMatch(UUID);
    expect(logged.map((l) => JSON.parse(l))).toContainEqual(
      expect.objectContaining({ requestId: id, status: 413 }),
    );
  });
});

describe('unexpected errors', () => {
  it('are logged whole as one JSON line, and the client learns only that one happened', async () => {
    const lines: string[] = [];
    const failing = createApp({
      db: db.observed(() => {
        throw new Error('secret detail: MATCH (n) RETURN n');
      }),
      env: apiEnv.parse({ LOG_LEVEL: 'info' }),
      migrations: await readMigrations(),
      logger: createLogger('info', (line) => lines.push(line)),
    });
    const response = await failing.fetch('http://api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ people { totalCount } }' }),
    });
    const body = (await response.json()) as { errors: { message: string; extensions: unknown }[] };
    expect(body.errors[0]).toMatchObject({
      message: 'Unexpected error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(body)).not.toContain('secret');
    const error = lines.map((l) => JSON.parse(l)).find((l) => l.level === 'error');
    expect(error).toMatchObject({ msg: 'request failed' });
    expect(JSON.stringify(error.error)).toContain('secret detail: MATCH (n) RETURN n');
  });
});

/** Samples of a Prometheus text exposition by `name{labels}`, checking the format on the way. */
function parseMetrics(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  const typed = new Set<string>();
  for (const line of text.trimEnd().split('\n')) {
    const type = /^# TYPE (\w+) (counter|gauge|histogram|summary)$/.exec(line);
    if (type?.[1]) typed.add(type[1]);
    if (line.startsWith('#')) {
      expect(line).toMatch(/^# (HELP|TYPE) \w+ .+$/);
      continue;
    }
    const sample = /^(\w+)(\{(\w+="(?:[^"\\]|\\.)*",?)*\})? (\S+)$/.exec(line);
    expect(sample, line).not.toBeNull();
    const [, name = '', labels = '', , value = ''] = sample ?? [];
    expect(
      [...typed].some((family) => name === family || name.startsWith(`${family}_`)),
      line,
    ).toBe(true);
    expect(Number.isNaN(Number(value)), line).toBe(false);
    samples.set(`${name}${labels}`, Number(value));
  }
  return samples;
}

async function scrape(): Promise<Map<string, number>> {
  const response = await app.fetch('http://api/metrics');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
  return parseMetrics(await response.text());
}

describe('metrics', () => {
  it('counts requests by status, their latency, GraphQL errors, database time and the pool', async () => {
    const before = await scrape();
    for (let i = 0; i < 3; i++)
      expect((await ask('{ events(first: 5) { nodes { name } } }')).status).toBe(200);
    expect((await ask('{ nope }')).status).toBe(400);
    const after = await scrape();
    const delta = (key: string) => (after.get(key) ?? 0) - (before.get(key) ?? 0);

    expect(delta('diplograph_http_requests_total{method="POST",path="/graphql",status="200"}')).toBe(3);
    expect(delta('diplograph_http_requests_total{method="POST",path="/graphql",status="400"}')).toBe(1);
    expect(delta('diplograph_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    expect(delta('diplograph_http_request_duration_seconds_count{path="/graphql"}')).toBe(4);
    expect(delta('diplograph_db_statements_total')).toBeGreaterThanOrEqual(3);
    expect(delta('diplograph_db_session_seconds_count')).toBeGreaterThanOrEqual(3);
    expect(delta('diplograph_db_session_seconds_sum')).toBeGreaterThan(0);
    expect(after.get('diplograph_db_sessions_open')).toBe(0);
    expect(after.get('diplograph_db_pool_connections{state="in_use"}')).toBe(0);
    expect(after.get('diplograph_db_pool_connections{state="idle"}')).toBeGreaterThanOrEqual(1);
    expect(after.get('diplograph_db_pool_max_connections')).toBe(100);

    // Histogram buckets are cumulative and end with +Inf, which equals the count.
    const buckets = [...after].filter(([k]) =>
      k.startsWith('diplograph_http_request_duration_seconds_bucket{path="/graphql"'),
    );
    const counts = buckets.map(([, v]) => v);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(buckets.at(-1)?.[0]).toContain('le="+Inf"');
    expect(counts.at(-1)).toBe(after.get('diplograph_http_request_duration_seconds_count{path="/graphql"}'));
  });
});

describe('shutdown', () => {
  it('on SIGTERM, stops accepting, finishes every request in flight, closes the driver and exits 0', async () => {
    const api = await startApiProcess(inject('neo4j'));
    try {
      const question = JSON.stringify({
        query: '{ events(first: 20) { nodes { id participants { edges { role } } } } }',
      });
      // More than the driver's pool of 100 connections: when the first is answered, the last ones
      // are still waiting for a connection, however fast each question is.
      const inFlight = Array.from({ length: 200 }, () =>
        fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: question,
        }),
      );
      // Once the first is answered, the API holds the others.
      await Promise.race(inFlight);
      api.kill('SIGTERM');

      const results = await Promise.allSettled(inFlight);
      const answered = performance.now();
      const answers = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
      for (const answer of answers) expect(((await answer.json()) as { data: unknown }).data).toBeTruthy();
      expect(await api.exited).toEqual({ code: 0, signal: null });
      // The drain ends with the last answer, not with keep-alive timeouts nor the 10 s limit.
      expect(performance.now() - answered).toBeLessThan(5_000);
      await expect(fetch(`${api.url}/health`)).rejects.toThrow();

      const logged = api.lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
      // Every request the API took was answered to its client, those it took before the signal
      // and went on with after it too: none was cut off.
      const served = logged.filter((l) => l.msg === 'request' && l.path === '/graphql');
      expect(served).toHaveLength(answers.length);
      const signalAt = logged.findIndex((l) => l.msg === 'shutting down');
      expect(logged.slice(signalAt).filter((l) => l.msg === 'request').length).toBeGreaterThan(0);
      expect(logged.at(-1)?.msg).toBe('stopped');
    } finally {
      api.kill('SIGKILL');
    }
  });
});

/** Sends one raw HTTP/1.1 request and returns the status and the body of the answer. */
function rawRequest(
  port: number,
  head: string,
  host = '127.0.0.1',
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    let text = '';
    socket.on('data', (chunk) => {
      text += chunk.toString();
    });
    socket.on('end', () => resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(text)?.[1]), text }));
    socket.on('error', reject);
    socket.write(`${head}\r\nConnection: close\r\n\r\n`);
  });
}

describe('a malformed Host header', () => {
  it('gets 400 without a stack trace or a path, and is logged and counted', async () => {
    const api = await startApiProcess(inject('neo4j'));
    try {
      const port = Number(new URL(api.url).port);
      for (const host of ['x:notaport', 'a b', '[::1', '%zz']) {
        const answer = await rawRequest(port, `GET /health HTTP/1.1\r\nHost: ${host}`);
        expect(answer.status, host).toBe(400);
        expect(answer.text).toContain('The Host header and the path do not make a valid URL.');
        expect(answer.text).not.toMatch(/TypeError|Invalid URL|\s+at |\/work\/|node_modules/);
      }
      const logged = api.lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
      expect(
        logged.filter((l) => l.msg === 'request' && l.status === 400 && l.path === '/health'),
      ).toHaveLength(4);
      const metrics = await (await fetch(`${api.url}/metrics`)).text();
      expect(metrics).toContain('diplograph_http_requests_total{method="GET",path="/health",status="400"} 4');
      expect(api.stderr()).toBe('');
    } finally {
      api.kill('SIGKILL');
    }
  });
});

/** An address of this machine that is not the loopback, when it has one. */
const outward = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;

describe('metrics beyond the loopback', () => {
  it.runIf(outward)('are served beyond the loopback only with the token', async () => {
    const token = 'a-token-for-the-metrics-scraper';
    const api = await startApiProcess(inject('neo4j'), { HOST: '0.0.0.0', METRICS_TOKEN: token });
    try {
      const port = new URL(api.url).port;
      const scrape = (host: string, headers: Record<string, string> = {}) =>
        fetch(`http://${host}:${port}/metrics`, { headers }).then((r) => r.status);
      expect(await scrape(outward ?? '')).toBe(403);
      expect(await scrape(outward ?? '', { authorization: 'Bearer not-the-token-at-all' })).toBe(403);
      expect(await scrape(outward ?? '', { authorization: `Bearer ${token}` })).toBe(200);
      expect(await scrape('127.0.0.1')).toBe(200);
    } finally {
      api.kill('SIGKILL');
    }
  });
});

describe('a port already taken', () => {
  it('stops the start with one line and exit code 1', async () => {
    const taken = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => taken.listen(port, '127.0.0.1', resolve));
    try {
      const error = await startApiProcess(inject('neo4j'), { PORT: String(port) }).catch((e: Error) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toBe(
        `the API exited before it was ready (1): cannot listen on 127.0.0.1:${port}: the port is already in use (stop what holds it, or set PORT)\n`,
      );
    } finally {
      taken.close();
    }
  });
});
