import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CuratorStore, DecisionLog, exportDecisions } from '@diplograph/curation';
import { ingest } from '@diplograph/ingest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api.js';
import { connectTestDatabase, resetGraph } from './support/database.js';
import { dumpGraph } from './support/ingest.js';
import { CORPUS_DIR, FACTS_DIR } from './support/paths.js';

// Curators review machine-read facts through the API, with a token; their decisions are logged
// outside the database and applied again by every ingest, a rebuild and an export included.

const db = connectTestDatabase();
let state: string;
let log: DecisionLog;
let curators: CuratorStore;
let api: TestApi;
let statements = 0;
let amina: string;
let bruno: string;

const ingestAll = (options: { factsDir?: string; decisionsLog?: string; corpusDir?: string } = {}) =>
  ingest(db, { corpusDir: CORPUS_DIR, factsDir: FACTS_DIR, decisionsLog: log.file, ...options });

beforeAll(async () => {
  state = await mkdtemp(join(tmpdir(), 'curation-'));
  log = new DecisionLog(join(state, 'decisions.jsonl'));
  curators = new CuratorStore(join(state, 'curators.json'));
  process.env.CURATORS_FILE = curators.file;
  process.env.DECISIONS_LOG = log.file;
  await resetGraph(db);
  await ingestAll();
  amina = await curators.add('amina');
  bruno = await curators.add('bruno');
  api = await startTestApi(
    db.observed(() => {
      statements++;
    }),
  );
});
afterAll(async () => {
  delete process.env.CURATORS_FILE;
  delete process.env.DECISIONS_LOG;
  await api.close();
  await db.close();
  await rm(state, { recursive: true, force: true });
});

async function send(query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: Record<string, { id: string } | null>;
    errors?: { message: string; path?: string[]; extensions?: { code?: string } }[];
  };
  return { status: response.status, ...body };
}

const DECISION = 'id curator kind fact before after previous';
const ACCEPT = `mutation ($fact: ID!, $expected: ID) { acceptFact(fact: $fact, reason: "read right", expectedDecision: $expected) { ${DECISION} } }`;
const REJECT = `mutation ($fact: ID!, $expected: ID) { rejectFact(fact: $fact, reason: "not a promise", expectedDecision: $expected) { ${DECISION} } }`;
const CORRECT = `mutation ($fact: ID!, $field: CorrectableField!, $value: String!, $expected: ID) {
  correctFact(fact: $fact, field: $field, value: $value, reason: "the article says so", expectedDecision: $expected) { ${DECISION} } }`;
const LINK = `mutation ($mention: ID!, $to: ID!) { linkMention(mention: $mention, to: $to, reason: "another person") { ${DECISION} } }`;
const MERGE = `mutation ($merge: ID!, $into: ID!) { mergeEntities(merge: $merge, into: $into, reason: "same person") { ${DECISION} } }`;

/** Machine-read facts of each kind a curator corrects, picked from the graph the corpus gives. */
async function machineFacts() {
  const [participation] = await db.read<{ id: string; event: string }>(
    `MATCH (:Person)-[r:PARTICIPATED_IN {origin: 'machine'}]->(e:Event {origin: 'machine'})
     WHERE r.role <> 'hosted' AND r.decision IS NULL RETURN r.id AS id, e.id AS event ORDER BY r.id LIMIT 1`,
  );
  const [event] = await db.read<{ id: string }>(
    `MATCH (e:Event {origin: 'machine'}) WHERE e.date IS NOT NULL AND e.decision IS NULL
       AND NOT (e)<-[:PARTICIPATED_IN {origin: 'machine'}]-(:Person)
     RETURN e.id AS id ORDER BY e.id LIMIT 1`,
  );
  const commitments = await db.read<{ id: string }>(
    `MATCH (c:Commitment {origin: 'machine'}) WHERE c.decision IS NULL RETURN c.id AS id ORDER BY c.id LIMIT 4`,
  );
  const [mention] = await db.read<{ id: string; source: string }>(
    `MATCH (s:Source)-[m:MENTIONS]->(:Person) WHERE m.decision IS NULL
     RETURN m.id AS id, s.id AS source ORDER BY m.id LIMIT 1`,
  );
  const people = await db.read<{ id: string }>(
    `MATCH (p:Person {origin: 'machine'}) RETURN p.id AS id ORDER BY p.id LIMIT 2`,
  );
  if (!participation || !event || !mention || commitments.length < 4 || people.length < 2) {
    throw new Error('the corpus no longer gives the machine-read facts this test reviews');
  }
  return { participation, event, commitments, people, mention };
}

/** What analysts see of the reviewed facts, through the API. */
async function answers(facts: Awaited<ReturnType<typeof machineFacts>>): Promise<Record<string, unknown>> {
  const query = `query ($event: ID!, $meeting: ID!, $commitment: ID!, $moved: ID!, $gone: ID!, $kept: ID!) {
    event: node(id: $event) { ... on Event { date { text precision } } }
    moved: node(id: $moved) { ... on Commitment { madeAt { node { id } } } }
    meeting: node(id: $meeting) { ... on Event { participants { edges { role node { id } } } } }
    commitment: node(id: $commitment) { id }
    gone: node(id: $gone) { id }
    resolved: resolveId(id: $gone)
    kept: node(id: $kept) { id }
  }`;
  const [drop, keep] = facts.people;
  const answer = await send(query, {
    event: facts.event.id,
    meeting: facts.participation.event,
    commitment: facts.commitments[0]?.id,
    moved: facts.commitments[3]?.id,
    gone: drop?.id,
    kept: keep?.id,
  });
  // A rejected or merged fact's id names nothing: its answer is null, with a hint saying so.
  const unknown = (answer.errors ?? []).map((e) => `${e.extensions?.code} ${e.path?.join('.')}`).sort();
  const mentioned = await db.read<{ to: string }>(
    'MATCH (:Source {id: $source})-[m:MENTIONS]->(e) WHERE m.id = $id RETURN e.id AS to',
    facts.mention,
  );
  return { ...answer.data, unknown, mentioned };
}

describe('without a curator token', () => {
  it('the schema has no mutations, as before', async () => {
    const answer = await send('{ __schema { mutationType { name } } }', {});
    expect(answer.data).toEqual({ __schema: { mutationType: null } });
  });

  it.each([
    ['no token', undefined],
    ['a forged token', 'dgc_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['a made-up key', 'let-me-in'],
  ])('a decision with %s is refused and nothing is written', async (_, token) => {
    const { commitments } = await machineFacts();
    const before = { graph: await dumpGraph(db), log: await log.read(), statements };
    const answer = await send(REJECT, { fact: commitments[0]?.id }, token);
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.message).toMatch(/^The API is read-only: it has no mutations/);
    expect(statements).toBe(before.statements);
    expect(await dumpGraph(db)).toEqual(before.graph);
    expect(await log.read()).toEqual(before.log);
  });
});

describe('a curator', () => {
  let facts: Awaited<ReturnType<typeof machineFacts>>;
  let reviewed: Record<string, unknown>;

  beforeAll(async () => {
    facts = await machineFacts();
  });

  it("corrects a meeting's date, a participant's role and a commitment's meeting, rejects a commitment, merges a duplicate person and links a mention", async () => {
    const date = await send(CORRECT, { fact: facts.event.id, field: 'DATE', value: '2019-05' }, amina);
    expect(date.errors).toBeUndefined();
    expect(date.data?.correctFact).toMatchObject({ curator: 'amina', kind: 'CORRECT', after: '2019-05' });
    const role = await send(CORRECT, { fact: facts.participation.id, field: 'ROLE', value: 'hosted' }, amina);
    expect(role.errors).toBeUndefined();
    const rejected = await send(REJECT, { fact: facts.commitments[0]?.id }, bruno);
    expect(rejected.errors).toBeUndefined();
    const [drop, keep] = facts.people;
    const merged = await send(MERGE, { merge: drop?.id, into: keep?.id }, bruno);
    expect(merged.errors).toBeUndefined();
    const madeAt = await send(
      CORRECT,
      { fact: facts.commitments[3]?.id, field: 'MADE_AT', value: facts.event.id },
      amina,
    );
    expect(madeAt.errors).toBeUndefined();
    const linked = await send(LINK, { mention: facts.mention.id, to: keep?.id }, amina);
    expect(linked.errors).toBeUndefined();

    reviewed = await answers(facts);
    expect(reviewed.event).toEqual({ date: { text: '2019-05', precision: 'MONTH' } });
    expect(reviewed.commitment).toBeNull();
    expect(reviewed.gone).toBeNull();
    expect(reviewed.unknown).toEqual(['UNKNOWN_ID commitment', 'UNKNOWN_ID gone']);
    expect(reviewed.resolved).toBe(keep?.id);
    expect(reviewed.kept).toEqual({ id: keep?.id });
    expect(reviewed.moved).toEqual({ madeAt: { node: { id: facts.event.id } } });
    expect(reviewed.mentioned).toEqual([{ to: keep?.id }]);
    const [hosted] = await db.read<{ role: string; decision: string }>(
      'MATCH ()-[r:PARTICIPATED_IN]->() WHERE r.id = $id RETURN r.role AS role, r.decision AS decision',
      { id: facts.participation.id },
    );
    expect(hosted?.role).toBe('hosted');
  });

  it('finds every decision in the log, with who, what before and after, and the passage digest', async () => {
    const { decisions } = await log.read();
    expect(decisions.map((d) => [d.curator, d.kind, d.fact])).toEqual([
      ['amina', 'correct', facts.event.id],
      ['amina', 'correct', facts.participation.id],
      ['bruno', 'reject', facts.commitments[0]?.id],
      ['bruno', 'merge', facts.people[0]?.id],
      ['amina', 'correct', facts.commitments[3]?.id],
      ['amina', 'link', facts.mention.id],
    ]);
    expect(decisions[1]?.before).not.toBe('hosted');
    expect(decisions.every((d) => d.passages.length > 0 && /^[0-9a-f]{64}$/.test(d.digest))).toBe(true);
  });

  it('can ask for the decisions by curator, by fact and by day', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const query = `query ($curator: String, $fact: ID, $from: Date, $to: Date) {
      decisions(curator: $curator, fact: $fact, from: $from, to: $to) { curator fact } }`;
    const byCurator = await send(query, { curator: 'bruno' });
    expect(byCurator.data?.decisions).toHaveLength(2);
    expect((await send(query, { curator: 'amina' })).data?.decisions).toHaveLength(4);
    const byFact = await send(query, { fact: facts.event.id });
    expect(byFact.data?.decisions).toEqual([{ curator: 'amina', fact: facts.event.id }]);
    expect((await send(query, { from: today, to: today })).data?.decisions).toHaveLength(6);
    expect((await send(query, { to: '2000-01-01' })).data?.decisions).toEqual([]);
  });

  it('keeps every decision through a re-ingest and a rebuild from an empty database', async () => {
    await ingestAll();
    expect(await answers(facts)).toEqual(reviewed);
    const afterIngest = await dumpGraph(db);
    await resetGraph(db);
    const rebuilt = await ingestAll();
    expect(rebuilt.decisions).toEqual({ applied: 6, stale: [] });
    expect(await answers(facts)).toEqual(reviewed);
    expect(await dumpGraph(db)).toEqual(afterIngest);
  });

  it('exports the decisions to a fact file that rebuilds the same graph without the log', async () => {
    const withLog = await dumpGraph(db);
    const facts2 = join(state, 'facts');
    await cp(FACTS_DIR, facts2, { recursive: true });
    expect(await exportDecisions(log, join(facts2, 'decisions.yaml'))).toBe(6);
    await resetGraph(db);
    await ingestAll({ factsDir: facts2, decisionsLog: undefined });
    expect(await dumpGraph(db)).toEqual(withLog);
  });
});

describe('two curators deciding one fact', () => {
  it('end in one recorded outcome, and the other is told the fact was decided meanwhile', async () => {
    const { commitments } = await machineFacts();
    const fact = commitments[1]?.id;
    const [a, b] = await Promise.all([
      send(ACCEPT, { fact, expected: null }, amina),
      send(REJECT, { fact, expected: null }, bruno),
    ]);
    const outcomes = [a, b].map((r) => (r.errors ? r.errors[0]?.extensions?.code : 'decided'));
    expect(outcomes.sort()).toEqual(['CONFLICT', 'decided']);
    const conflict = [a, b].find((r) => r.errors)?.errors?.[0]?.message;
    expect(conflict).toMatch(/was decided meanwhile/);
    expect((await log.read()).decisions.filter((d) => d.fact === fact)).toHaveLength(1);
  });

  it('lets the next decision name the version it was made over; a replayed request is refused', async () => {
    const { commitments } = await machineFacts();
    const fact = commitments[2]?.id;
    const first = await send(ACCEPT, { fact, expected: null }, amina);
    const version = first.data?.acceptFact?.id;
    const before = { graph: await dumpGraph(db), log: await log.read() };
    const replayed = await send(ACCEPT, { fact, expected: null }, amina);
    expect(replayed.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await dumpGraph(db)).toEqual(before.graph);
    expect(await log.read()).toEqual(before.log);
    const second = await send(ACCEPT, { fact, expected: version }, bruno);
    expect(second.data?.acceptFact).toMatchObject({ curator: 'bruno', previous: version });
  });
});

describe('a revoked curator', () => {
  it('is refused, its old token replayed included, with nothing written', async () => {
    const token = await curators.add('carla');
    const { commitments } = await machineFacts();
    await curators.revoke('carla');
    const before = { graph: await dumpGraph(db), log: await log.read() };
    const answer = await send(REJECT, { fact: commitments[0]?.id }, token);
    expect(answer.status).toBe(400);
    expect(await dumpGraph(db)).toEqual(before.graph);
    expect(await log.read()).toEqual(before.log);
  });
});

describe("a curator's token sent by a page of another site", () => {
  it('cannot decide over GET, which needs no preflight: 405 and nothing written', async () => {
    const { commitments } = await machineFacts();
    const before = { graph: await dumpGraph(db), log: await log.read() };
    const url = `${api.url}/graphql?query=${encodeURIComponent(REJECT)}&variables=${encodeURIComponent(
      JSON.stringify({ fact: commitments[0]?.id }),
    )}`;
    const response = await fetch(url, { headers: { authorization: `Bearer ${amina}` } });
    expect(response.status).toBe(405);
    expect(await dumpGraph(db)).toEqual(before.graph);
    expect(await log.read()).toEqual(before.log);
  });
});

describe('a decision whose passage changed', () => {
  it('is reported by the ingest, not applied', async () => {
    const { decisions } = await log.read();
    const dated = decisions.find((d) => d.field === 'date');
    const passage = dated?.passages[0];
    if (!dated || !passage) throw new Error('no date decision to change the passage of');
    const corpus = join(state, 'corpus');
    await cp(CORPUS_DIR, corpus, { recursive: true });
    const [source] = await db.read<{ file: string }>('MATCH (s:Source {id: $id}) RETURN s.file AS file', {
      id: passage.source,
    });
    const file = join(corpus, source?.file ?? '');
    const text = await readFile(file, 'utf8');
    const changed = `${text.slice(0, passage.start)}${'x'.repeat(passage.end - passage.start)}${text.slice(passage.end)}`;
    await writeFile(file, changed);
    const result = await ingestAll({ corpusDir: corpus });
    expect(result.decisions.stale).toContainEqual({
      decision: dated,
      why: 'the passage it was made against has changed',
    });
  });
});
