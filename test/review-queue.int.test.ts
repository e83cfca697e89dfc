import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CuratorStore } from '@diplograph/curation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api.js';
import { connectTestDatabase } from './support/database.js';
import { loadCorpus } from './support/ingest.js';

// The review queue lists what machine reading added and no curator decided yet, least sure first;
// each fact comes with its passages, which the whole text of their article holds at their offsets.

const db = connectTestDatabase();
let state: string;
let api: TestApi;
let token: string;

beforeAll(async () => {
  state = await mkdtemp(join(tmpdir(), 'review-queue-'));
  process.env.CURATORS_FILE = join(state, 'curators.json');
  process.env.DECISIONS_LOG = join(state, 'decisions.jsonl');
  await loadCorpus(db);
  token = await new CuratorStore(process.env.CURATORS_FILE).add('amina');
  api = await startTestApi(db);
});
afterAll(async () => {
  delete process.env.CURATORS_FILE;
  delete process.env.DECISIONS_LOG;
  await api.close();
  await db.close();
  await rm(state, { recursive: true, force: true });
});

interface Item {
  fact: string;
  type: string;
  confidence: number | null;
  dependents: number;
  source: string | null;
  decision: string | null;
  evidence: { start: number; end: number; quote: string; source: { text: string } }[];
}
interface Queue {
  reviewQueue: { totalCount: number; items: Item[] };
}

const QUEUE = `query ($first: Int, $skip: Int, $types: [String!]) {
  reviewQueue(first: $first, skip: $skip, types: $types) {
    totalCount
    items { fact type confidence dependents source decision evidence { start end quote source { text } } }
  }
}`;

async function queue(variables: Record<string, unknown>): Promise<Queue['reviewQueue']> {
  const answer = await api.query<Queue>(QUEUE, variables);
  expect(answer.errors).toBeUndefined();
  return (answer.data as Queue).reviewQueue;
}

describe('the review queue', () => {
  it('holds every undecided machine-read node and relationship, least sure first, then most depended on', async () => {
    const [counted] = await db.read<{ n: number }>(
      `CALL () {
         MATCH (n:Entity {origin: 'machine'}) WHERE NOT n:Source AND NOT n:Evidence AND n.review IS NULL RETURN n.id AS id
         UNION ALL
         MATCH (:Entity)-[r {origin: 'machine'}]->(:Entity)
         WHERE NOT type(r) IN ['SUPPORTED_BY', 'QUOTED_FROM', 'MENTIONS'] AND r.review IS NULL RETURN r.id AS id
       } RETURN count(id) AS n`,
    );
    const { totalCount, items } = await queue({ first: 100 });
    expect(totalCount).toBe(counted?.n);
    expect(totalCount).toBeGreaterThan(100);
    expect(items).toHaveLength(100);
    items.reduce((before, after) => {
      const order =
        (before.confidence ?? 1) - (after.confidence ?? 1) || after.dependents - before.dependents;
      expect(order, `${before.fact} before ${after.fact}`).toBeLessThanOrEqual(0);
      return after;
    });
    const next = await queue({ first: 5, skip: 100 });
    expect(next.items.map((i) => i.fact)).not.toContain(items[99]?.fact);
  });

  it('gives each fact its passages, which its article holds at their offsets', async () => {
    const { items } = await queue({ first: 50 });
    const passages = items.flatMap((i) => i.evidence);
    expect(passages.length).toBeGreaterThan(0);
    for (const p of passages) expect(p.source.text.slice(p.start, p.end)).toBe(p.quote);
  });

  it('narrows to the types asked for', async () => {
    const { totalCount, items } = await queue({ first: 100, types: ['Event', 'PARTICIPATED_IN'] });
    expect(totalCount).toBeGreaterThan(0);
    expect(new Set(items.map((i) => i.type))).toEqual(new Set(['Event', 'PARTICIPATED_IN']));
    expect(items.filter((i) => i.type === 'PARTICIPATED_IN').every((i) => i.source !== null)).toBe(true);
  });

  it('loses a fact once a curator decides it', async () => {
    const before = await queue({ first: 1 });
    const [first] = before.items;
    if (!first) throw new Error('the queue is empty');
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: 'mutation ($fact: ID!) { acceptFact(fact: $fact, reason: "right as read") { id } }',
        variables: { fact: first.fact },
      }),
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    const after = await queue({ first: 1 });
    expect(after.totalCount).toBe(before.totalCount - 1);
    expect(after.items[0]?.fact).not.toBe(first.fact);
  });
});
