import { request } from 'node:http';
import { apiEnv, createApp, createLogger } from '@diplograph/api';
import { readMigrations } from '@diplograph/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from '../support/api.js';
import { connectTestDatabase } from '../support/database.js';
import { loadCorpus } from '../support/ingest.js';

// Queries that pass every limit of a document must still not take the database from the others:
// cost is estimated with the variables, a request has one deadline for all its statements, runs at
// most 4 at once, waits for its turn in a lane (the cheap one, or the budget of costly ones), and
// is refused with 429 or 503 and Retry-After rather than queued for the pool.

const db = connectTestDatabase();
let statements = 0;
let sessionsAtOnce = 0;
const observed = db.observed(() => {
  statements++;
  sessionsAtOnce = Math.max(sessionsAtOnce, db.usage.sessionsOpen);
});

beforeAll(() => loadCorpus(db));
afterAll(() => db.close());

async function appWith(env: Record<string, string> = {}) {
  return createApp({
    db: observed,
    env: apiEnv.parse({ LOG_LEVEL: 'silent', ...env }),
    migrations: await readMigrations(),
    logger: createLogger('silent'),
  });
}

const HEAVY =
  'neighbourhood(id: "morocco", depth: 3, limit: 1000, perNode: 1000, includeEvidence: true) ' +
  '{ truncated nodes { id type label properties degree } edges { id type source target properties } }';
const aliases = (n: number, field: string) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
const CHEAP = '{ node(id: "khalid-zerouali") { id } }';

async function ask(app: ReturnType<typeof createApp>, query: string, variables?: Record<string, unknown>) {
  const before = statements;
  const started = performance.now();
  const response = await app.fetch('http://api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body,
    statements: statements - before,
    ms: performance.now() - started,
  };
}

describe('the estimated cost', () => {
  it('refuses the 30 aliases of the largest neighbourhood that used to exhaust the pool, before any statement', async () => {
    const answer = await ask(await appWith(), aliases(30, HEAVY));
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.message).toMatch(
      /^Query Cost limit of 50000 exceeded, found \d+\. Each list counts as many items as it can hold/,
    );
    expect(answer.statements).toBe(0);
  });

  it('counts pages given in variables, which used to count as one item each', async () => {
    const query =
      'query($n: Int) { people(first: $n) { nodes { events(first: $n) { nodes { participants(first: $n) { nodes { name } } } } } } }';
    const answer = await ask(await appWith(), query, { n: 100 });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.message).toMatch(/Cost limit/);
    expect(answer.statements).toBe(0);
  });

  it('lets the largest query the limits allow through, whole', async () => {
    const answer = await ask(await appWith(), aliases(2, HEAVY));
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  });
});

describe('one request', () => {
  it('runs at most 4 statements at once, whatever its aliases', async () => {
    sessionsAtOnce = 0;
    const answer = await ask(await appWith(), aliases(30, 'people(first: 1) { totalCount nodes { id } }'));
    expect(answer.status).toBe(200);
    expect(answer.statements).toBeGreaterThanOrEqual(30);
    expect(sessionsAtOnce).toBeLessThanOrEqual(4);
  });

  it('is stopped at its deadline, all its statements together, with 504, and its queries stop on the server', async () => {
    // Thirty of the largest neighbourhoods (the cost limit raised for it), four at a time: much
    // longer than the deadline.
    const app = await appWith({ REQUEST_TIMEOUT_MS: '300', MAX_COST: '10000000' });
    const answer = await ask(app, aliases(30, HEAVY));
    expect(answer.status).toBe(504);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
    // The deadline, and a second of slack for a busy machine.
    expect(answer.ms).toBeLessThan(1_300);
    // Closing its sessions reset their connections: what of it was running in Neo4j stops soon
    // after (within two seconds on a busy machine). The marker is a parameter: written in the
    // statement, it would find this statement.
    const running = async () =>
      (
        await db.read<{ n: number }>(
          'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker RETURN count(*) AS n',
          { marker: 'perNode' },
        )
      )[0]?.n;
    const stopAt = performance.now() + 2_000;
    while ((await running()) !== 0 && performance.now() < stopAt) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await running()).toBe(0);
  });

  it('gets an error instead of an answer over MAX_RESPONSE_BYTES', async () => {
    const answer = await ask(await appWith({ MAX_RESPONSE_BYTES: '10000' }), `{ ${HEAVY} }`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^The answer is over 10000 bytes; ask for less/),
      extensions: { code: 'RESPONSE_TOO_LARGE' },
    });
  });
});

/** POSTs a query over HTTP from one of the loopback's addresses, so that each is a client of its own. */
function postFrom(url: string, client: number, query: string) {
  return new Promise<{ status: number; retryAfter: string | undefined; ms: number }>((resolve, reject) => {
    const started = performance.now();
    const target = new URL(`${url}/graphql`);
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        localAddress: `127.0.0.${client + 2}`,
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: res.headers['retry-after'],
            ms: performance.now() - started,
          }),
        );
      },
    );
    req.on('error', reject);
    // A request that hangs shows as status 0 rather than as the test's own timeout.
    req.setTimeout(20_000, () => {
      req.destroy();
      resolve({ status: 0, retryAfter: undefined, ms: performance.now() - started });
    });
    req.end(JSON.stringify({ query }));
  });
}

describe('many costly requests at once', () => {
  it('wait for their turn or get 503 with Retry-After by their deadline, while a cheap query goes through', async () => {
    // One costly query at a time and little time to wait: of forty clients asking the largest
    // query allowed at once, the first are answered and the others turned away.
    // The deadline leaves a loaded machine time to answer the first of them.
    const api = await startTestApi(observed, { COST_BUDGET: '1', REQUEST_TIMEOUT_MS: '5000' });
    try {
      const burst = Array.from({ length: 40 }, (_, client) => postFrom(api.url, client, aliases(2, HEAVY)));
      await new Promise((resolve) => setTimeout(resolve, 200));
      const cheap = await postFrom(api.url, 50, CHEAP);
      const answers = await Promise.all(burst);
      expect(cheap.status).toBe(200);
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
      expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(0);
      // Or 504: one let in when its deadline was near ran out of time.
      expect(statuses.filter((s) => s !== 200 && s !== 503 && s !== 504)).toEqual([]);
      for (const refused of answers.filter((a) => a.status === 503)) {
        expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
      }
      // Nobody outlived the deadline by more than a second.
      expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(6_000);
    } finally {
      await api.close();
    }
  });
});
