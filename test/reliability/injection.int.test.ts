import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '@diplograph/ingest';
import { searchWords } from '@diplograph/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { connectTestDatabase } from '../support/database.js';
import { dumpGraph, loadCorpus } from '../support/ingest.js';
import { CORPUS_DIR, FACTS_DIR } from '../support/paths.js';

// Text that means something to Cypher, Lucene, GraphQL, JSON or YAML, as a search, as ids and as
// names in the facts: it is stored and answered as data, and changes nothing else.

const PAYLOADS = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "'}) DETACH DELETE n RETURN n UNION MATCH (m) RETURN m //",
  '`Person` ) CALL db.labels() YIELD label RETURN label //',
  '$labels',
  '\\',
  '\\\\"\\u0000',
  'name:* OR *:*',
  '"unbalanced',
  '(((((',
  'AND OR NOT ~ ^ * ? : /regex/ [a TO z] {a TO z}',
  '{ __typename } mutation { x }',
  '... on Query { __schema { types { name } } }',
  '<script>alert(1)</script>',
  '\u0000zero\u0000bytes',
  'Ζερουαλί 🇲🇦 عربي \u202Eevil',
  '%00%27%22',
  'a'.repeat(200),
];

const db = connectTestDatabase();
let api: TestApi;
let graph: Awaited<ReturnType<typeof dumpGraph>>;

beforeAll(async () => {
  await loadCorpus(db);
  graph = await dumpGraph(db);
  api = await startTestApi(db);
});
afterAll(async () => {
  await api.close();
  await loadCorpus(db);
  await db.close();
});

const FIELDS: { name: string; query: string }[] = [
  { name: 'search', query: 'query($s: String!) { search(query: $s) { node { id } } }' },
  { name: 'node', query: 'query($s: ID!) { node(id: $s) { id } }' },
  { name: 'nodes', query: 'query($s: ID!) { nodes(ids: [$s, "khalid-zerouali"]) { id } }' },
  { name: 'people by country', query: 'query($s: ID!) { people(country: $s) { totalCount } }' },
  {
    name: 'events by participant',
    query: 'query($s: ID!) { events(filter: { participant: $s }) { totalCount } }',
  },
  {
    name: 'post holders',
    query: 'query($s: String!) { postHolders(title: $s, at: "2024-12-03") { title } }',
  },
  { name: 'subgraph', query: 'query($s: ID!) { subgraph(ids: [$s]) { nodes { id } } }' },
  { name: 'neighbourhood', query: 'query($s: ID!) { neighbourhood(id: $s) { nodes { id } } }' },
  {
    name: 'shortest paths',
    query: 'query($s: ID!) { shortestPaths(from: $s, to: "khalid-zerouali") { paths { length } } }',
  },
  { name: 'lineage', query: 'query($s: ID!) { lineage(of: $s) { totalCount } }' },
  { name: 'timeline', query: 'query($s: ID!) { timeline(actor: $s) { totalCount } }' },
  { name: 'cursor', query: 'query($s: String!) { people(after: $s) { totalCount } }' },
];

describe('metacharacters in queries', () => {
  it.each(FIELDS)(
    'are data to $name: empty answers or a clear input error, never a failure',
    async ({ name, query }) => {
      for (const payload of PAYLOADS) {
        const answer = await api.query(query, { s: payload });
        expect(answer.status, payload).toBe(200);
        // An input error, or the hint that the payload, taken as an id, names nothing.
        for (const error of answer.errors ?? []) {
          expect(['BAD_USER_INPUT', 'UNKNOWN_ID'], `${payload}: ${error.message}`).toContain(
            error.extensions?.code,
          );
        }
        // Only the one real id asked for by `nodes` may come back, and what the payload's plain
        // words find as a search: whatever the corpus holds, a payload finds no more than its words.
        const ids = (answer: { data?: unknown }) =>
          JSON.stringify(answer.data ?? {}).match(/"id":"[^"]*"/g) ?? [];
        const words = searchWords(payload).join(' ');
        const plain = name === 'search' && words ? ids(await api.query(query, { s: words })) : [];
        expect(
          ids(answer).filter((id) => id !== '"id":"khalid-zerouali"'),
          payload,
        ).toEqual(plain);
      }
    },
  );

  it('are data in a GraphQL string literal too', async () => {
    for (const payload of PAYLOADS) {
      const answer = await api.query(`{ search(query: ${JSON.stringify(payload)}) { node { id } } }`);
      expect(answer.status, payload).toBe(200);
      expect(answer.errors?.every((e) => e.extensions?.code === 'BAD_USER_INPUT') ?? true, payload).toBe(
        true,
      );
    }
  });

  it('left the graph as it was', async () => {
    expect(await dumpGraph(db)).toEqual(graph);
  });
});

describe('metacharacters in the facts', () => {
  it('are stored as written and answered back exactly', async () => {
    const root = await mkdtemp(join(tmpdir(), 'diplograph-injection-'));
    try {
      const facts = join(root, 'facts');
      await cp(FACTS_DIR, facts, { recursive: true });
      const people = PAYLOADS.map((payload, i) =>
        [
          `  - id: payload-person-${i}`,
          `    name: ${JSON.stringify(payload)}`,
          `    aliases: [${JSON.stringify(`${payload} alias`)}]`,
          `    description: ${JSON.stringify(payload)}`,
          '    evidence:',
          '      src-001: ["des représentants français, dont Simon Fetet"]',
        ].join('\n'),
      );
      await writeFile(join(facts, 'payload-people.yaml'), `people:\n${people.join('\n')}\n`);
      await ingest(db, { corpusDir: CORPUS_DIR, factsDir: facts });

      for (const [i, payload] of PAYLOADS.entries()) {
        const answer = await api.query<{ node: { name: string; aliases: string[]; description: string } }>(
          'query($id: ID!) { node(id: $id) { ... on Person { name aliases description } } }',
          { id: `payload-person-${i}` },
        );
        expect(answer.errors).toBeUndefined();
        expect(answer.data?.node).toEqual({
          name: payload,
          aliases: [`${payload} alias`],
          description: payload,
        });
      }
      // Nothing else changed: every node of the corpus is still there, as it was.
      const now = await dumpGraph(db);
      const byId = new Map(now.nodes.map((n) => [String(n.props.id ?? n.props.version), n]));
      for (const node of graph.nodes.filter(
        (n) => n.labels.includes('Entity') && !n.labels.includes('Evidence'),
      )) {
        expect(byId.get(String(node.props.id))?.props.name).toEqual(node.props.name);
      }
      expect(now.nodes.filter((n) => String(n.props.id).startsWith('payload-person-'))).toHaveLength(
        PAYLOADS.length,
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
