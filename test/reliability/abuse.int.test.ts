import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { connectTestDatabase } from '../support/database.js';
import { loadCorpus } from '../support/ingest.js';

// Requests meant to exhaust the service are refused with a 4xx before a single statement reaches
// Neo4j. They ask for application/graphql-response+json, the media type of the GraphQL over HTTP
// spec; under the legacy application/json the spec wants 200 for an invalid document (last test).

const db = connectTestDatabase();
let api: TestApi;
let statements = 0;

beforeAll(async () => {
  await loadCorpus(db);
  api = await startTestApi(
    db.observed(() => {
      statements++;
    }),
    { INTROSPECTION: 'false' },
  );
});
afterAll(async () => {
  await api.close();
  await db.close();
});

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

/** POSTs a raw body to /graphql; returns the status, the parsed body, and the statements it cost. */
async function post(body: string, headers: Record<string, string> = {}) {
  const before = statements;
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE, ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text), statements: statements - before };
}

const query = (document: string, variables?: unknown) => JSON.stringify({ query: document, variables });

/** `people { nodes { events { nodes { participants { nodes { ... } } } } } }`, `levels` times. */
function deepQuery(levels: number): string {
  let inner = 'name';
  for (let i = 0; i < levels; i++) {
    inner = i % 2 ? `participants { nodes { ${inner} } }` : `events { nodes { ${inner} } }`;
  }
  return `{ people { nodes { ${inner} } } }`;
}

/** Each fragment nests the next one field deeper: the depth hides behind fragment spreads. */
function deepFragments(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) =>
    i % 2
      ? `fragment F${i} on Event { participants { nodes { ...F${i + 1} } } }`
      : `fragment F${i} on Actor { events { nodes { ...F${i + 1} } } }`,
  );
  const last = levels % 2 ? `fragment F${levels} on Event { name }` : `fragment F${levels} on Actor { name }`;
  return `{ people { nodes { ...F0 } } } ${fragments.join(' ')} ${last}`;
}

/** Every fragment spreads the next one twice: 2^levels selections from a short document. */
function fragmentFanOut(levels: number): string {
  const fragments = Array.from(
    { length: levels },
    (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} people { totalCount } }`,
  );
  return `{ ...F0 } ${fragments.join(' ')} fragment F${levels} on Query { people { totalCount } }`;
}

const cases: { name: string; body: () => string; status: number; message: RegExp }[] = [
  { name: 'a depth bomb', body: () => query(deepQuery(30)), status: 400, message: /depth limit/ },
  {
    name: 'depth behind nested fragments',
    body: () => query(deepFragments(30)),
    status: 400,
    message: /depth limit/,
  },
  {
    name: 'a fragment fan-out (2^40 selections)',
    body: () => query(fragmentFanOut(40)),
    status: 400,
    message: /limit/,
  },
  {
    name: 'fragments that spread each other in a cycle',
    body: () => query('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'),
    status: 400,
    message: /Cannot spread fragment "A" within itself/,
  },
  {
    name: 'an alias flood',
    body: () =>
      query(`{ ${Array.from({ length: 500 }, (_, i) => `a${i}: node(id: "x${i}") { id }`).join(' ')} }`),
    status: 400,
    message: /limit/,
  },
  {
    name: 'aliases just over the limit',
    body: () =>
      query(`{ ${Array.from({ length: 31 }, (_, i) => `a${i}: node(id: "x${i}") { id }`).join(' ')} }`),
    status: 400,
    message: /Aliases limit of 30 exceeded/,
  },
  {
    name: 'a token flood',
    body: () => query(`{ ${'__typename '.repeat(5_000)} }`),
    status: 400,
    message: /Token limit/,
  },
  {
    name: 'a document nested 10,000 lists deep',
    body: () => query(`{ nodes(ids: ${'['.repeat(10_000)}"x"${']'.repeat(10_000)}) { id } }`),
    status: 400,
    message: /nests too deeply/,
  },
  {
    name: 'a costly query of long lists within lists',
    body: () =>
      query(
        '{ people(first: 100) { nodes { events(first: 100) { nodes { participants(first: 100) { nodes { name } } } } } } }',
      ),
    status: 400,
    message: /Cost limit/,
  },
  {
    name: 'directives piled on one field',
    body: () => query(`{ __typename ${'@include(if: true) '.repeat(50)} }`),
    status: 400,
    message: /Directives limit/,
  },
  {
    name: 'introspection while it is turned off',
    body: () => query('{ __schema { types { name fields { name } } } }'),
    status: 400,
    message: /introspection has been disabled/,
  },
  {
    name: 'introspection hidden in a fragment',
    body: () => query('{ ...F } fragment F on Query { __type(name: "Person") { fields { name } } }'),
    status: 400,
    message: /introspection has been disabled/,
  },
  {
    name: 'batched operations',
    body: () => JSON.stringify(Array.from({ length: 100 }, () => ({ query: '{ people { totalCount } }' }))),
    status: 400,
    message: /Batching is not supported/,
  },
  {
    name: 'several operations without saying which',
    body: () => query('query A { people { totalCount } } query B { events { totalCount } }'),
    status: 400,
    message: /Could not determine what operation to execute/,
  },
  {
    name: 'an oversized body',
    body: () => query(`{ search(query: "${'a'.repeat(150_000)}") { score } }`),
    status: 413,
    message: /request body over 100000 bytes/,
  },
  {
    name: 'a huge list in the variables, beyond the body limit',
    body: () =>
      query('query($ids: [ID!]!) { subgraph(ids: $ids) { nodes { id } } }', {
        ids: Array.from({ length: 100_000 }, (_, i) => `id-${i}`),
      }),
    status: 413,
    message: /request body over/,
  },
  {
    name: 'variables nested 40,000 lists deep',
    body: () =>
      `{"query":"query($ids: [ID!]!) { nodes(ids: $ids) { id } }","variables":{"ids":${'['.repeat(40_000)}${']'.repeat(40_000)}}}`,
    status: 400,
    message: /ids/,
  },
  {
    name: 'a body that is not JSON',
    body: () => '{"query": "{ people { totalCount } }"',
    status: 400,
    message: /invalid JSON/,
  },
];

describe('abuse', () => {
  it.each(cases)('refuses $name with $status, sending no statement', async ({ body, status, message }) => {
    const response = await post(body());
    expect(response.status).toBe(status);
    expect(response.body.data ?? null).toBeNull();
    expect(response.body.errors.map((e: { message: string }) => e.message).join('\n')).toMatch(message);
    expect(response.statements).toBe(0);
  });

  it('refuses a list of 5,000 ids within the body limit before reading anything', async () => {
    const response = await post(
      query('query($ids: [ID!]!) { subgraph(ids: $ids) { nodes { id } } }', {
        ids: Array.from({ length: 5_000 }, (_, i) => `id-${i}`),
      }),
    );
    // An argument out of range is a field error: the document is valid, so the spec keeps 200.
    expect(response.status).toBe(200);
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors[0].message).toBe('at most 1000 ids');
    expect(response.statements).toBe(0);
  });

  it('refuses a body of unknown length (chunked) with 411, without reading it', async () => {
    const before = statements;
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL(`${api.url}/graphql`);
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      // No content-length: Node sends the body chunked, as a client streaming gigabytes would.
      req.write(query('{ people { totalCount } }'));
      req.end();
    });
    expect(status).toBe(411);
    expect(statements).toBe(before);
  });

  it('refuses a URL over the header limit with 431', async () => {
    const response = await fetch(`${api.url}/graphql?query=${'x'.repeat(20_000)}`);
    expect(response.status).toBe(431);
  });

  it('answers an invalid document asked as application/json with 200 and errors, as the spec wants', async () => {
    const response = await post(query(deepQuery(30)), { accept: 'application/json' });
    expect(response.status).toBe(200);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors.map((e: { message: string }) => e.message).join('\n')).toMatch(/depth limit/);
    expect(response.statements).toBe(0);
  });

  it('still answers an ordinary question after all of that', async () => {
    const response = await post(query('{ people { totalCount } }'));
    expect(response.status).toBe(200);
    expect(response.body.data.people.totalCount).toBeGreaterThan(0);
    expect(response.statements).toBeGreaterThan(0);
  });
});
