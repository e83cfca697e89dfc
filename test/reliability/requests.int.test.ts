import { apiEnv, createApp, createLogger } from '@diplograph/api';
import { readMigrations } from '@diplograph/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTestDatabase } from '../support/database.js';
import { loadCorpus } from '../support/ingest.js';

// How a query may reach the API, and what it learns when it is wrong: only GET and JSON POSTs
// run, cross-origin pages read nothing unless their origin is listed, malformed requests are the
// client's 400 without an echo of what they sent, and no error hints at the schema while
// introspection is off.

const db = connectTestDatabase();
const logged: string[] = [];
let app: ReturnType<typeof createApp>;

async function appWith(env: Record<string, string>) {
  return createApp({
    db,
    env: apiEnv.parse({ LOG_LEVEL: 'info', ...env }),
    migrations: await readMigrations(),
    logger: createLogger('info', (line) => logged.push(line)),
  });
}

beforeAll(async () => {
  await loadCorpus(db);
  app = await appWith({ INTROSPECTION: 'false' });
});
afterAll(() => db.close());

const QUESTION = '{ people { totalCount } }';
const post = (body: string, contentType: string, headers: Record<string, string> = {}) =>
  app.fetch('http://api/graphql', {
    method: 'POST',
    headers: { 'content-type': contentType, ...headers },
    body,
  });
const errorsLogged = () => logged.filter((line) => JSON.parse(line).level === 'error');

describe('media types', () => {
  it.each([
    ['a form', 'application/x-www-form-urlencoded', `query=${encodeURIComponent(QUESTION)}`],
    [
      'multipart',
      'multipart/form-data; boundary=x',
      `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query: QUESTION })}\r\n--x--\r\n`,
    ],
    ['text/plain', 'text/plain', JSON.stringify({ query: QUESTION })],
    ['application/graphql', 'application/graphql', QUESTION],
  ])(
    'refuses %s, which a page of any origin can POST without a preflight, with 415',
    async (_, type, body) => {
      const response = await post(body, type);
      expect(response.status).toBe(415);
      expect(await response.json()).toEqual({
        errors: [{ message: 'A query is sent with GET, or with POST and Content-Type: application/json.' }],
      });
    },
  );

  it.each(['APPLICATION/JSON', 'Application/Json; charset=UTF-8', 'application/json;charset=utf-8'])(
    'takes %s: media types are case-insensitive',
    async (type) => {
      const response = await post(JSON.stringify({ query: QUESTION }), type);
      expect(response.status).toBe(200);
      expect(
        ((await response.json()) as { data: { people: { totalCount: number } } }).data.people.totalCount,
      ).toBeGreaterThan(0);
    },
  );
});

describe('malformed requests', () => {
  it('says a body is not JSON without echoing any of it', async () => {
    const response = await post(
      '{"query": "{ people { totalCount } }", "secret": "s3cr3t"',
      'application/json',
    );
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      errors: [{ message: 'POST body sent invalid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
    expect(text).not.toContain('s3cr3t');
  });

  it.each([
    ['variables', `/graphql?query=${encodeURIComponent('{__typename}')}&variables=%7B`],
    ['extensions', `/graphql?query=${encodeURIComponent('{__typename}')}&extensions=%7B%22a%22`],
  ])('answers a GET with malformed %s JSON with 400, and logs no error for it', async (name, path) => {
    const before = errorsLogged().length;
    const response = await app.fetch(`http://api${path}`, { headers: { accept: 'application/json' } });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: `The ${name} parameter is not valid JSON.`, extensions: { code: 'BAD_REQUEST' } }],
    });
    expect(errorsLogged().length).toBe(before);
  });
});

describe('cross-origin reads', () => {
  const preflight = (target: ReturnType<typeof createApp>, origin: string) =>
    target.fetch('http://api/graphql', {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
  const fromOrigin = (target: ReturnType<typeof createApp>, origin: string) =>
    target.fetch(`http://api/graphql?query=${encodeURIComponent('{__typename}')}`, { headers: { origin } });

  it.each(['https://evil.example', 'null'])(
    'are allowed to no origin by default: %s gets no CORS header',
    async (origin) => {
      for (const response of [await preflight(app, origin), await fromOrigin(app, origin)]) {
        expect(response.headers.get('access-control-allow-origin')).toBeNull();
        expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      }
    },
  );

  it('are allowed to the listed origins only, as written, without credentials', async () => {
    const listed = await appWith({ CORS_ORIGINS: 'https://analysts.example.org, http://localhost:5173' });
    for (const response of [
      await preflight(listed, 'https://analysts.example.org'),
      await fromOrigin(listed, 'https://analysts.example.org'),
    ]) {
      expect(response.headers.get('access-control-allow-origin')).toBe('https://analysts.example.org');
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    }
    for (const origin of ['https://evil.example', 'null', 'https://analysts.example.org.evil.example']) {
      expect((await fromOrigin(listed, origin)).headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('refuses a list that holds null, a wildcard or more than an origin', () => {
    for (const value of ['null', '*', 'https://a.example/path', 'analysts.example.org']) {
      expect(apiEnv.safeParse({ CORS_ORIGINS: value }).success, value).toBe(false);
    }
  });
});

describe('errors while introspection is off', () => {
  const messages = async (query: string, variables?: Record<string, unknown>) => {
    const response = await post(JSON.stringify({ query, variables }), 'application/json');
    return (
      ((await response.json()) as { errors?: { message: string }[] }).errors?.map((e) => e.message) ?? []
    );
  };

  it('suggest no enum value, field, argument or type, in the document or in variables', async () => {
    const all = [
      ...(await messages('{ search(query: "x", types: [Persn]) { score } }')),
      ...(await messages('query($t: [NodeType!]) { search(query: "x", types: $t) { score } }', {
        t: ['Persn'],
      })),
      ...(await messages('{ peple { totalCount } }')),
      ...(await messages('{ people(frist: 1) { totalCount } }')),
      ...(await messages('query($f: EventFiltr) { events(filter: $f) { totalCount } }')),
    ];
    expect(all).toHaveLength(5);
    for (const message of all) expect(message).not.toMatch(/Did you mean/);
    // Nothing but what the client wrote: not the values, fields, arguments or types that exist.
    expect(all.join('\n')).not.toMatch(/"(Person|Post|first|EventFilter)"/);
  });
});

describe('argument ranges', () => {
  it.each([11, 0, -5])(
    'refuses a lineage maxDepth of %i with the range, instead of answering nothing',
    async (maxDepth) => {
      const response = await post(
        JSON.stringify({
          query: `{ lineage(of: "joint-declaration-2024-10-28", maxDepth: ${maxDepth}) { totalCount } }`,
        }),
        'application/json',
      );
      const body = (await response.json()) as {
        errors?: { message: string; extensions: { code: string } }[];
      };
      expect(body.errors).toEqual([
        expect.objectContaining({
          message: 'maxDepth must be between 1 and 10',
          extensions: { code: 'BAD_USER_INPUT' },
        }),
      ]);
    },
  );
});
