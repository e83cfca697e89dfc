import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from '@diplograph/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { connectTestDatabase } from '../support/database.js';
import { dumpGraph, loadCorpus } from '../support/ingest.js';

// The HTTP API is read-only, and has no admin path at all: the graph is written only by the ingest
// CLI, run by whoever holds the database's credentials. So there is no key to leak and no write
// path to turn on by mistake. These tests hold that: nothing over HTTP writes, whatever it sends.

const db = connectTestDatabase();
let api: TestApi;
let statements = 0;
let graph: Awaited<ReturnType<typeof dumpGraph>>;

beforeAll(async () => {
  await loadCorpus(db);
  graph = await dumpGraph(db);
  // ADMIN_KEY is not a setting of the API: setting it turns nothing on.
  process.env.ADMIN_KEY = 'let-me-in';
  api = await startTestApi(
    db.observed(() => {
      statements++;
    }),
  );
});
afterAll(async () => {
  delete process.env.ADMIN_KEY;
  await api.close();
  await db.close();
});

async function send(method: string, path: string, body?: string, headers: Record<string, string> = {}) {
  const before = statements;
  const response = await fetch(`${api.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, text, statements: statements - before };
}

describe('writes over HTTP', () => {
  it('finds no mutation nor subscription in the schema', async () => {
    const answer = await api.query('{ __schema { mutationType { name } subscriptionType { name } } }');
    expect(answer.data).toEqual({ __schema: { mutationType: null, subscriptionType: null } });
  });

  it.each([
    ['a mutation', 'mutation { deleteEverything }'],
    ['a mutation with a key', 'mutation { ingest(corpus: "/tmp") }'],
    ['a subscription', 'subscription { changes }'],
  ])('refuses %s without a statement', async (_, query) => {
    const response = await send('POST', '/graphql', JSON.stringify({ query }), {
      authorization: 'Bearer let-me-in',
    });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.text)).toEqual({
      errors: [
        expect.objectContaining({ message: expect.stringMatching(/^The API is read-only: it has no/) }),
      ],
    });
    expect(response.statements).toBe(0);
  });

  it('refuses a mutation over GET with 405', async () => {
    const response = await send('GET', `/graphql?query=${encodeURIComponent('mutation { x }')}`);
    expect(response.status).toBe(405);
    expect(response.statements).toBe(0);
  });

  it.each(['PUT', 'PATCH', 'DELETE'])('refuses %s on /graphql with 405', async (method) => {
    const response = await send(method, '/graphql', JSON.stringify({ query: '{ people { totalCount } }' }));
    expect(response.status).toBe(405);
    expect(response.statements).toBe(0);
  });

  it.each([
    ['POST', '/admin'],
    ['POST', '/admin/ingest'],
    ['POST', '/ingest'],
    ['POST', '/migrate'],
    ['DELETE', '/graphql/nodes'],
    ['POST', '/explorer/'],
    ['GET', '/admin'],
  ])('has no %s %s, with the key or without', async (method, path) => {
    for (const headers of [{}, { authorization: 'Bearer let-me-in' }] as Record<string, string>[]) {
      const response = await send(method, path, method === 'GET' ? undefined : '{}', headers);
      expect([404, 405]).toContain(response.status);
      expect(response.statements).toBe(0);
    }
  });

  it('left the graph as it was', async () => {
    expect(await dumpGraph(db)).toEqual(graph);
  });
});

describe('the read path below the API', () => {
  it("is refused any write by Neo4j itself: the API's sessions are read sessions", async () => {
    await expect(db.read('CREATE (n:Intruder) RETURN n')).rejects.toThrow(/read|access mode/i);
    await expect(
      db.readTransaction((tx) => db.run(tx, 'MERGE (n:Entity {id: "intruder"}) RETURN n')),
    ).rejects.toThrow(/read|access mode/i);
    expect(await dumpGraph(db)).toEqual(graph);
  });

  it("is the only one the API serves anonymous requests with: only curators' decisions open a write transaction", async () => {
    const dir = join(repoRoot(), 'packages', 'api', 'src');
    const files = (await readdir(dir, { recursive: true })).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    );
    const writers = [];
    for (const file of files) {
      if (/writeTransaction/.test(await readFile(join(dir, file), 'utf8'))) writers.push(file);
    }
    // main.ts migrates the schema at startup, before it listens; no request can reach that. The
    // decisions' mutations are in the schema only a curator's token opens (test/curation.int.test.ts).
    expect(writers).toEqual([join('curation', 'decide.ts')]);
  });
});
