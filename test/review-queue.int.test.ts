import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CuratorStore } from '@diplograph/curation';
import { ingest } from '@diplograph/ingest';
import { EVIDENCE_RELATIONSHIP_TYPES, FACT_LABELS } from '@diplograph/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api.js';
import { connectTestDatabase } from './support/database.js';
import { loadCorpus } from './support/ingest.js';
import { CORPUS_DIR, FACTS_DIR } from './support/paths.js';

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
interface Page {
  totalCount: number;
  items: (Item & { cursor: string })[];
  endCursor: string | null;
  hasNextPage: boolean;
}
interface Queue {
  reviewQueue: Page;
}

const QUEUE = `query ($first: Int, $skip: Int, $after: String, $types: [String!]) {
  reviewQueue(first: $first, skip: $skip, after: $after, types: $types) {
    totalCount endCursor hasNextPage
    items { fact type confidence dependents source decision cursor evidence { start end quote source { text } } }
  }
}`;

/**
 * The queue as the statement before the stored keys read it: every undecided machine-read fact,
 * its dependents counted there and then, sorted. What the keys must give, at a corpus's size.
 */
const SORTED_AT_READ = `CALL () {
  MATCH (n:Entity)
  WHERE n.origin = 'machine' AND n.review IS NULL AND any(l IN labels(n) WHERE l IN $labels)
  RETURN n.id AS fact, [l IN labels(n) WHERE l IN $labels][0] AS type, n.confidence AS confidence,
    COUNT { (n)-[r]-() WHERE NOT type(r) IN $evidenceTypes } AS dependents
  UNION ALL
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE r.origin = 'machine' AND r.review IS NULL AND NOT type(r) IN $evidenceTypes
  RETURN r.id AS fact, type(r) AS type, r.confidence AS confidence,
    COUNT { (a)-[x]-() WHERE NOT type(x) IN $evidenceTypes }
      + COUNT { (b)-[y]-() WHERE NOT type(y) IN $evidenceTypes } - 2 AS dependents
}
WITH fact, type, confidence, dependents WHERE $types IS NULL OR type IN $types
RETURN fact, type, dependents ORDER BY confidence ASC, dependents DESC, fact ASC`;

type Queued = { fact: string; type: string; dependents: number };
const isNode = (f: Queued) => FACT_LABELS.some((label) => label === f.type);

function sortedAtRead(types: string[] | null = null): Promise<Queued[]> {
  return db.read<Queued>(SORTED_AT_READ, {
    labels: FACT_LABELS,
    evidenceTypes: EVIDENCE_RELATIONSHIP_TYPES,
    types,
  });
}

/** The whole queue, page after page by `after`. */
async function walk(types: string[] | null = null, first = 97): Promise<Queued[]> {
  const seen: Queued[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await queue({ first, after, types });
    seen.push(...page.items.map(({ fact, type, dependents }) => ({ fact, type, dependents })));
    if (!page.hasNextPage) return seen;
    expect(page.endCursor).toBe(page.items.at(-1)?.cursor);
    after = page.endCursor;
  }
}

async function decide(query: string, variables: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
}

async function queue(variables: Record<string, unknown>): Promise<Page> {
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

  it('pages by cursor through the whole queue once, in the order of sorting it when read', async () => {
    const expected = await sortedAtRead();
    const walked = await walk();
    expect(walked).toEqual(expected);
    expect(new Set(walked.map((f) => f.fact)).size).toBe(walked.length);
    const { totalCount } = await queue({ first: 0 });
    expect(totalCount).toBe(expected.length);
  });

  it('takes skip after the cursor as from the first', async () => {
    const expected = await sortedAtRead();
    const start = await queue({ first: 10 });
    const skipped = await queue({ first: 5, skip: 3, after: start.endCursor });
    expect(skipped.items.map((i) => i.fact)).toEqual(expected.slice(13, 18).map((f) => f.fact));
    const deep = await queue({ first: 5, skip: expected.length - 2 });
    expect(deep.items.map((i) => i.fact)).toEqual(expected.slice(-2).map((f) => f.fact));
    expect(deep.hasNextPage).toBe(false);
  });

  it('refuses a cursor it did not give', async () => {
    const answer = await api.query<Queue>(QUEUE, { first: 1, after: 'not-a-cursor' });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keys only undecided machine-read facts, and none of their properties show the key', async () => {
    const [keyed] = await db.read<{ wrong: number }>(
      `CALL () {
         MATCH (n:Entity) WHERE n.reviewQueueKey IS NOT NULL AND (n.origin <> 'machine' OR n.review IS NOT NULL)
         RETURN count(n) AS wrong
         UNION ALL
         MATCH ()-[r]->() WHERE r.reviewQueueKey IS NOT NULL
           AND (r.origin <> 'machine' OR r.review IS NOT NULL OR type(r) IN $evidenceTypes)
         RETURN count(r) AS wrong
       } RETURN sum(wrong) AS wrong`,
      { evidenceTypes: EVIDENCE_RELATIONSHIP_TYPES },
    );
    expect(keyed?.wrong).toBe(0);
    const [first] = (await queue({ first: 1, types: ['Event'] })).items;
    const view = await api.query<{
      neighbourhood: { nodes: { properties: object }[]; edges: { properties: object }[] };
    }>(
      `query ($id: ID!) { neighbourhood(id: $id, depth: 1) { nodes { properties } edges { properties } } }`,
      { id: first?.fact },
    );
    expect(view.errors).toBeUndefined();
    const maps = [...(view.data?.neighbourhood.nodes ?? []), ...(view.data?.neighbourhood.edges ?? [])];
    expect(maps.length).toBeGreaterThan(1);
    for (const { properties } of maps) expect(properties).not.toHaveProperty('reviewQueueKey');
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
    expect(await walk(['Event', 'PARTICIPATED_IN'])).toEqual(
      await sortedAtRead(['Event', 'PARTICIPATED_IN']),
    );
    expect(await queue({ first: 5, types: ['NoSuchType'] })).toMatchObject({ totalCount: 0, items: [] });
  });

  it('loses a fact once a curator decides it', async () => {
    const before = await queue({ first: 1 });
    const [first] = before.items;
    if (!first) throw new Error('the queue is empty');
    await decide('mutation ($fact: ID!) { acceptFact(fact: $fact, reason: "right as read") { id } }', {
      fact: first.fact,
    });
    const after = await queue({ first: 1 });
    expect(after.totalCount).toBe(before.totalCount - 1);
    expect(after.items[0]?.fact).not.toBe(first.fact);
  });

  it('keys again the facts whose dependents a rejection changed', async () => {
    const before = await sortedAtRead();
    // A relationship from a node that waits too: rejecting it leaves that node one dependent fewer.
    const nodes = new Map(before.filter((f) => isNode(f)).map((f) => [f.fact, f]));
    const [relationship] = await db.read<{ fact: string; from: string }>(
      `MATCH (a:Entity)-[r]->(:Entity) WHERE r.id IN $ids AND a.id IN $nodes
       RETURN r.id AS fact, a.id AS from ORDER BY r.id LIMIT 1`,
      { ids: before.filter((f) => !isNode(f)).map((f) => f.fact), nodes: [...nodes.keys()] },
    );
    if (!relationship) throw new Error('no queued relationship from a queued node');
    await decide('mutation ($fact: ID!) { rejectFact(fact: $fact, reason: "not in the article") { id } }', {
      fact: relationship.fact,
    });
    const after = await walk();
    expect(after).toEqual(await sortedAtRead());
    expect(after.map((f) => f.fact)).not.toContain(relationship.fact);
    expect(after.find((f) => f.fact === relationship.from)?.dependents).toBe(
      (nodes.get(relationship.from)?.dependents ?? 0) - 1,
    );
  });

  it('keys again the facts around a rejected node and a merged one', async () => {
    const queued = (await sortedAtRead(['Person', 'Organization'])).filter((f) => f.dependents > 0);
    const [rejected] = queued;
    if (!rejected) throw new Error('no queued node with dependents');
    await decide('mutation ($fact: ID!) { rejectFact(fact: $fact, reason: "no such entity") { id } }', {
      fact: rejected.fact,
    });
    expect(await walk()).toEqual(await sortedAtRead());

    const [merged, into] = queued.filter((f) => f.fact !== rejected.fact && f.type === queued[1]?.type);
    if (!merged || !into) throw new Error('no two queued nodes of one type to merge');
    await decide(
      'mutation ($merge: ID!, $into: ID!) { mergeEntities(merge: $merge, into: $into, reason: "one entity") { id } }',
      {
        merge: merged.fact,
        into: into.fact,
      },
    );
    const after = await walk();
    expect(after).toEqual(await sortedAtRead());
    expect(after.map((f) => f.fact)).not.toContain(into.fact);
  });

  it('is keyed again by an ingest over the graph, which applies the decisions made', async () => {
    const before = await walk();
    const written = await ingest(db, {
      corpusDir: CORPUS_DIR,
      factsDir: FACTS_DIR,
      decisionsLog: process.env.DECISIONS_LOG,
    });
    expect(written.decisions.applied).toBeGreaterThan(0);
    const after = await walk();
    expect(after).toEqual(await sortedAtRead());
    expect(after).toEqual(before);
  });
});
