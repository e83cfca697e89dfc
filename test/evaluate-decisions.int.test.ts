import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CuratorStore, DecisionLog } from '@diplograph/curation';
import { evaluateReading, formatReadingEvaluation, ingest } from '@diplograph/ingest';
import { createNlpClient } from '@diplograph/nlp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api.js';
import { connectTestDatabase, resetGraph } from './support/database.js';
import { CORPUS_DIR, FACTS_DIR, TEST_ARTICLES_DIR } from './support/paths.js';

// Curators decide machine-read facts of an article written for the test (test/fixtures/articles)
// through the API; `evaluate` then counts their decisions as gold, beside the hand gold's figures.

const ARTICLE = '900_laftit-lobo-rabat-mars-2026.txt';
// The hand gold of the test article, written for this test: the meeting and its participants; the
// annotator left its commitment out. (Reading-gold files are found by a 1NN_ name.)
const GOLD = `file: ${ARTICLE}
split: dev
language: fr
people:
  - { name: "Abdelouafi Laftit", title: "ministre de l'Intérieur", organization: null, country: morocco, entity: abdelouafi-laftit, quote: "Abdelouafi Laftit" }
  - { name: "Tomás Ferreira Lobo", title: null, organization: null, country: portugal, entity: null, quote: "Tomás Ferreira Lobo" }
organizations: []
places:
  - { name: "Rabat", entity: rabat, quote: "à Rabat son homologue" }
meetings:
  - id: m1
    name: "Laftit receives Ferreira Lobo in Rabat"
    kind: working-session
    status: held
    date: "2026-03-10"
    place: "Rabat"
    convenedBy: null
    participants:
      - { name: "Abdelouafi Laftit", role: received }
      - { name: "Tomás Ferreira Lobo", role: visited }
    entity: null
    quote: "a reçu mardi à Rabat son homologue portugais"
documents: []
commitments: []
`;

const db = connectTestDatabase();
let state: string;
let corpus: string;
let goldDir: string;
let log: DecisionLog;
let api: TestApi;
let token: string;

beforeAll(async () => {
  state = await mkdtemp(join(tmpdir(), 'evaluate-decisions-'));
  corpus = join(state, 'corpus');
  goldDir = join(state, 'gold');
  await cp(CORPUS_DIR, corpus, { recursive: true });
  for (const file of [ARTICLE, ARTICLE.replace(/\.txt$/, '.json')]) {
    await writeFile(join(corpus, file), await readFile(join(TEST_ARTICLES_DIR, file)));
  }
  await mkdir(goldDir);
  await writeFile(join(goldDir, '190_written-for-the-test.yaml'), GOLD);
  log = new DecisionLog(join(state, 'decisions.jsonl'));
  const curators = new CuratorStore(join(state, 'curators.json'));
  process.env.CURATORS_FILE = curators.file;
  process.env.DECISIONS_LOG = log.file;
  await resetGraph(db);
  await ingest(db, { corpusDir: corpus, factsDir: FACTS_DIR, decisionsLog: log.file });
  token = await curators.add('amina');
  api = await startTestApi(db);
});
afterAll(async () => {
  delete process.env.CURATORS_FILE;
  delete process.env.DECISIONS_LOG;
  await api?.close();
  await db.close();
  await rm(state, { recursive: true, force: true });
});

const evaluate = () =>
  evaluateReading({
    corpusDir: corpus,
    factsDir: FACTS_DIR,
    goldDir,
    nlp: createNlpClient(),
    decisionsLog: log.file,
  });

async function decide(mutation: 'acceptFact' | 'rejectFact', fact: string | undefined): Promise<void> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: `mutation ($fact: ID!) { ${mutation}(fact: $fact, reason: "read the article", expectedDecision: null) { id } }`,
      variables: { fact },
    }),
  });
  expect(await response.json()).not.toHaveProperty('errors');
}

/** A category's gold, found and right counts in the dev split. */
function figures(groups: Awaited<ReturnType<typeof evaluate>>['groups'] | undefined, category: string) {
  const s = groups
    ?.find((g) => g.name === 'dev split, all languages')
    ?.scores.find((x) => x.category === category);
  return s && [s.gold, s.found, s.correct];
}

describe("evaluate, with a curator's decisions", () => {
  it('changes the figures of the items decided, and only those, after the decisions are recorded', async () => {
    const before = await evaluate();
    expect(before.decided).toBeUndefined();
    expect(formatReadingEvaluation(before)).toContain("No curators' decisions to count");
    const found = figures(before.groups, 'commitments')?.[1] ?? 0;
    expect(found).toBeGreaterThan(0);
    expect(figures(before.groups, 'commitments')).toEqual([0, found, 0]);
    expect(figures(before.groups, 'meeting participants')).toEqual([2, 2, 2]);
    expect(figures(before.groups, 'meeting participants, role right')).toEqual([2, 2, 2]);

    const [commitment] = await db.read<{ id: string }>(
      `MATCH (s:Source {file: $file})<-[:QUOTED_FROM]-(:Evidence)<-[:SUPPORTED_BY]-(c:Commitment {origin: 'machine'})
       RETURN c.id AS id ORDER BY c.id LIMIT 1`,
      { file: ARTICLE },
    );
    const [visit] = await db.read<{ id: string }>(
      `MATCH (:Person {name: 'Tomás Ferreira Lobo'})-[r:PARTICIPATED_IN {origin: 'machine'}]->(:Event {date: '2026-03-10'})
       RETURN r.id AS id`,
    );
    const [elsewhere] = await db.read<{ id: string }>(
      `MATCH (s:Source)<-[:QUOTED_FROM]-(:Evidence)<-[:SUPPORTED_BY]-(c:Commitment {origin: 'machine'})
       WHERE s.file <> $file RETURN c.id AS id ORDER BY c.id LIMIT 1`,
      { file: ARTICLE },
    );
    await decide('acceptFact', commitment?.id);
    await decide('rejectFact', visit?.id);
    await decide('rejectFact', elsewhere?.id);

    const after = await evaluate();
    expect(after.groups).toEqual(before.groups);
    // The accepted commitment is gold and right; the rejected participation is wrong.
    expect(figures(after.decided, 'commitments')).toEqual([1, found, 1]);
    expect(figures(after.decided, 'meeting participants')).toEqual([2, 2, 1]);
    expect(figures(after.decided, 'meeting participants, role right')).toEqual([1, 1, 1]);
    expect(figures(after.decided, 'people')).toEqual(figures(after.groups, 'people'));
    expect(after.counted.map((c) => [c.decision.fact, c.articles])).toEqual([
      [commitment?.id, [{ file: ARTICLE, split: 'dev' }]],
      [visit?.id, [{ file: ARTICLE, split: 'dev' }]],
    ]);
    expect(after.uncounted.map((u) => [u.decision.fact, u.why])).toEqual([
      [elsewhere?.id, 'none of the articles it was read from has reading gold'],
    ]);
    const output = formatReadingEvaluation(after);
    expect(output).toContain("With curators' decisions counted as gold: 2 counted, 1 not counted.");
    expect(output).toContain(`dev  ${ARTICLE}: accept of ${commitment?.id} by amina`);
  });
});
