import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@diplograph/db';
import { ingest } from '@diplograph/ingest';
import {
  createNlpClient,
  LOCAL_NLP_STATE_DIR,
  NlpClient,
  NlpUnavailableError,
  startLocalNlp,
} from '@diplograph/nlp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api.js';
import { connectTestDatabase, resetGraph } from './support/database.js';
import { dumpGraph } from './support/ingest.js';
import { CORPUS_DIR, FACTS_DIR, TEST_ARTICLES_DIR } from './support/paths.js';

// An article nobody curated, written for this test (test/fixtures/articles), dropped into a copy
// of the corpus: after one ingest, the API answers about it with no curation.

const ARTICLE = '900_laftit-lobo-rabat-mars-2026.txt';
const db = connectTestDatabase();
let corpus: string;
let api: TestApi;
let first: Awaited<ReturnType<typeof ingest>>;

beforeAll(async () => {
  corpus = await mkdtemp(join(tmpdir(), 'diplograph-reading-'));
  await cp(CORPUS_DIR, corpus, { recursive: true });
  for (const file of [ARTICLE, ARTICLE.replace(/\.txt$/, '.json')]) {
    await writeFile(join(corpus, file), await readFile(join(TEST_ARTICLES_DIR, file)));
  }
  await resetGraph(db);
  first = await ingest(db, { corpusDir: corpus, factsDir: FACTS_DIR });
  api = await startTestApi(db);
});
afterAll(async () => {
  await api?.close();
  await db.close();
});

async function ask<T>(query: string): Promise<T> {
  const answer = await api.query<T>(query);
  expect(answer.errors).toBeUndefined();
  return answer.data as T;
}

interface Meeting {
  id: string;
  origin: string;
  confidence: number;
  date: { text: string; precision: string } | null;
  places: { nodes: Array<{ name: string }> };
  participants: { edges: Array<{ role: string; origin: string; node: { id: string; name: string } }> };
  commitments: {
    nodes: Array<{
      summary: string;
      origin: string;
      evidence: Array<{ quote: string; source: { file: string } }>;
      madeBy: { nodes: Array<{ id: string }> };
      derivesFrom: { edges: Array<{ how: string; node: { id: string; name: string; origin: string } }> };
    }>;
  };
}

async function meetingsOfLaftitIn2026(): Promise<Meeting[]> {
  const data = await ask<{ events: { nodes: Meeting[] } }>(`{
    events(filter: { participant: "abdelouafi-laftit", date: { from: "2026-01-01", to: "2026-12-31" } }, first: 5) {
      nodes {
        id origin confidence date { text precision } places(first: 5) { nodes { name } }
        participants(first: 10) { edges { role origin node { id name } } }
        commitments(first: 10) { nodes {
          summary origin evidence { quote source { file } }
          madeBy(first: 5) { nodes { id } }
          derivesFrom(first: 5) { edges { how node { id name origin } } }
        } }
      }
    }
  }`);
  return data.events.nodes;
}

describe('an article nobody curated, after one ingest', () => {
  it('tells where and when Laftit met his Portuguese counterpart, and who took part in what role', async () => {
    const meetings = await meetingsOfLaftitIn2026();
    expect(meetings).toHaveLength(1);
    const [meeting] = meetings;
    expect(meeting?.origin).toBe('MACHINE');
    expect(meeting?.confidence).toBeGreaterThan(0.5);
    // "mardi" in an article of Thursday 12 March 2026.
    expect(meeting?.date).toEqual({ text: '2026-03-10', precision: 'DAY' });
    expect(meeting?.places.nodes.map((p) => p.name)).toEqual(['Rabat']);
    const roles = Object.fromEntries(meeting?.participants.edges.map((e) => [e.node.name, e.role]) ?? []);
    expect(roles).toEqual({ 'Abdelouafi Laftit': 'RECEIVED', 'Tomás Ferreira Lobo': 'VISITED' });
    // The curated person, not a machine-read copy of him.
    expect(meeting?.participants.edges.find((e) => e.role === 'RECEIVED')?.node.id).toBe('abdelouafi-laftit');
  });

  it('tells what was committed there, by whom, quoted from the article, and what it traces back to', async () => {
    const [meeting] = await meetingsOfLaftitIn2026();
    const commitment = meeting?.commitments.nodes.find((c) => c.summary.includes('comité conjoint'));
    expect(commitment?.origin).toBe('MACHINE');
    expect(commitment?.evidence[0]?.source.file).toBe(ARTICLE);
    const makers = commitment?.madeBy.nodes.map((n) => n.id).sort();
    // The two ministers, and the states they commit in office.
    expect(makers).toEqual(
      [
        'abdelouafi-laftit',
        meeting?.participants.edges.find((e) => e.role === 'VISITED')?.node.id,
        'morocco',
        'portugal',
      ].sort(),
    );
    const [derivation] = commitment?.derivesFrom.edges ?? [];
    expect(derivation?.node.name).toBe('accord de mobilité');
    expect(derivation?.node.origin).toBe('MACHINE');
  });

  it('gives the Portuguese minister his country, and the article as the source of each fact', async () => {
    const data = await ask<{
      search: Array<{ node: { id: string; origin: string; sources: Array<{ file: string }> } }>;
    }>(
      `{ search(query: "Ferreira Lobo", types: [Person]) { node { id ... on Entity { origin sources { file } } } } }`,
    );
    const person = data.search[0]?.node;
    expect(person?.origin).toBe('MACHINE');
    expect(person?.sources.map((s) => s.file)).toEqual([ARTICLE]);
    const country = await ask<{ node: { country: { node: { id: string }; origin: string } } }>(
      `{ node(id: "${person?.id}") { ... on Person { country { node { id } origin } } } }`,
    );
    expect(country.node.country).toEqual({ node: { id: 'portugal' }, origin: 'MACHINE' });
  });

  it('makes the article that reports a curated meeting another source of that meeting', async () => {
    const data = await ask<{ node: { origin: string; sources: Array<{ file: string }> } }>(
      `{ node(id: "laftit-retailleau-meeting-rabat-2025-04-14") { ... on Entity { origin sources { file } } } }`,
    );
    expect(data.node.origin).toBe('CURATED');
    expect(data.node.sources.map((s) => s.file).sort()).toEqual(
      ['002_1d4ea51eede643b4.txt', '101_retailleau-laftit-rabat-avril-2025.txt'].sort(),
    );
  });

  it('does not take the Morocco–Spain permanent migration group for the Morocco–France GMMP', async () => {
    const data = await ask<{ node: { sources: Array<{ file: string }> } }>(
      `{ node(id: "gmmp") { ... on Entity { sources { file } } } }`,
    );
    const files = data.node.sources.map((s) => s.file);
    expect(files.some((f) => f.startsWith('128_'))).toBe(false);
    expect(files.some((f) => f.startsWith('121_'))).toBe(false);
  });
  it('keeps only curated facts in a list when asked, and only machine-read ones', async () => {
    const data = await ask<{
      curated: { nodes: Array<{ origin: string }> };
      machine: { nodes: Array<{ name: string; origin: string }> };
    }>(`{
      curated: events(filter: { participant: "abdelouafi-laftit", origin: CURATED }, first: 50) { nodes { origin } }
      machine: people(origin: MACHINE, first: 100) { nodes { name origin } }
    }`);
    expect(data.curated.nodes.length).toBeGreaterThan(0);
    expect(data.curated.nodes.every((n) => n.origin === 'CURATED')).toBe(true);
    expect(data.machine.nodes.map((n) => n.name)).toContain('Tomás Ferreira Lobo');
    expect(data.machine.nodes.every((n) => n.origin === 'MACHINE')).toBe(true);
  });
});

describe('reading again', () => {
  it('parsed every article nobody curated the first time', () => {
    expect(first.machineRead).toBe(30);
  });

  it('parses nothing when the corpus is unchanged, and leaves the same graph', async () => {
    const before = await dumpGraph(db);
    const again = await ingest(db, { corpusDir: corpus, factsDir: FACTS_DIR });
    expect(again.parsed).toBe(0);
    expect(await dumpGraph(db)).toEqual(before);
  });

  it('parses only the article that changed', async () => {
    const path = join(corpus, ARTICLE);
    // A text no earlier run has seen, so that it is in no parse cache.
    await writeFile(path, `${await readFile(path, 'utf8')}Communiqué n° ${Date.now()}.\n`);
    const again = await ingest(db, { corpusDir: corpus, factsDir: FACTS_DIR });
    expect(again.parsed).toBe(1);
  });
});

describe('an NLP server that does not answer', () => {
  it('fails the ingest with one line naming the server, and writes nothing', async () => {
    const before = await dumpGraph(db);
    const nlp = createNlpClient({
      NLP_URL: 'http://127.0.0.1:9',
      NLP_CACHE_DIR: await mkdtemp(join(tmpdir(), 'diplograph-nlp-')),
    });
    const error = await ingest(db, { corpusDir: corpus, factsDir: FACTS_DIR, nlp }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NlpUnavailableError);
    if (!(error instanceof Error)) throw error;
    const { message } = error;
    expect(message).toContain('http://127.0.0.1:9');
    expect(message.split('\n')).toHaveLength(1);
    expect(await dumpGraph(db)).toEqual(before);
  });
});

describe('a curator who rejects a machine-read fact', () => {
  it('finds it gone after the next ingest, with its participations, and back once the rejection goes', async () => {
    const [meeting] = await meetingsOfLaftitIn2026();
    if (!meeting) throw new Error('no meeting to reject');
    const facts = await mkdtemp(join(tmpdir(), 'diplograph-facts-'));
    await cp(FACTS_DIR, facts, { recursive: true });
    await writeFile(
      join(facts, 'rejected.yaml'),
      `rejected:\n  - id: ${meeting.id}\n    reason: the test says this meeting is wrong\n`,
    );
    await ingest(db, { corpusDir: corpus, factsDir: facts });
    expect(await meetingsOfLaftitIn2026()).toEqual([]);
    const [row] = await db.read<{ n: number }>(
      'MATCH ()-[r:PARTICIPATED_IN]->(:Event {id: $id}) RETURN count(r) AS n',
      {
        id: meeting.id,
      },
    );
    expect(row?.n).toBe(0);
    await ingest(db, { corpusDir: corpus, factsDir: FACTS_DIR });
    expect((await meetingsOfLaftitIn2026()).map((m) => m.id)).toEqual([meeting.id]);
  });
});

describe('an NLP server that dies in the middle of an ingest', () => {
  it('fails the ingest with one line naming the server, and writes nothing', async () => {
    const before = await dumpGraph(db);
    const running = await startLocalNlp(
      {
        port: await freePort(),
        heap: '3g',
        stateDir: LOCAL_NLP_STATE_DIR,
        runDir: await mkdtemp(join(tmpdir(), 'diplograph-nlp-run-')),
      },
      { detached: false },
    );
    // An empty cache: every article is sent to this server, which is killed while it parses them.
    const nlp = new NlpClient({
      url: running.url,
      cacheDir: await mkdtemp(join(tmpdir(), 'diplograph-nlp-')),
      timeoutMs: 60_000,
    });
    let settled = false;
    const ingesting = ingest(db, { corpusDir: corpus, factsDir: FACTS_DIR, nlp })
      .catch((e: unknown) => e)
      .finally(() => {
        settled = true;
      });
    while (nlp.counts.parsed < 2 && !settled) await new Promise((r) => setTimeout(r, 50));
    process.kill(running.pid, 'SIGKILL');
    const error = await ingesting;
    expect(error).toBeInstanceOf(NlpUnavailableError);
    if (!(error instanceof Error)) throw error;
    expect(error.message).toContain(running.url);
    expect(error.message.split('\n')).toHaveLength(1);
    expect(await dumpGraph(db)).toEqual(before);
  }, 240_000);
});
