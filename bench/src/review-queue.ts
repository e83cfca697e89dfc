import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { apiEnv, createApp, createLogger } from '@diplograph/api';
import { Database, migrate, readMigrations } from '@diplograph/db';
import { type GraphData, writeGraph } from '@diplograph/ingest';
import { EVIDENCE_RELATIONSHIP_TYPES, FACT_LABELS } from '@diplograph/schema';
import neo4j from 'neo4j-driver';
import { startBenchNeo4j } from './neo4j.js';

/**
 * The review queue at scale: a synthetic graph of machine-read facts only (BENCH_QUEUE_NODES
 * nodes, 102,200 by default, and about 2.4 relationships per node, ~345k facts queued in all) is
 * written by the ingest (which sets the queue's keys), then page 1 and a deep page (offset
 * BENCH_QUEUE_DEEP, 200,000) are timed through the API, by `after` and by `skip`, and with the
 * statement that sorted the whole queue at each read (before the keys; BENCH_QUEUE_OLD=false
 * skips it: it takes minutes). Against a Neo4j of its own (TMPDIR holds its data).
 *
 * ./diplograph bench queue (node bench/dist/review-queue.js)
 */
const NODES = Number(process.env.BENCH_QUEUE_NODES ?? 102_200);
const DEEP = Number(process.env.BENCH_QUEUE_DEEP ?? 200_000);
const OLD = process.env.BENCH_QUEUE_OLD !== 'false';
const ROUNDS = 5;

/** The statement before the keys (commit 4228962): every queued fact read, counted and sorted. */
const SORTED_AT_READ = `CALL () {
  MATCH (n:Entity)
  WHERE n.origin = 'machine' AND n.review IS NULL AND any(l IN labels(n) WHERE l IN $labels)
  RETURN n.id AS fact, [l IN labels(n) WHERE l IN $labels][0] AS type, coalesce(n.name, n.id) AS label,
    n.confidence AS confidence, COUNT { (n)-[r]-() WHERE NOT type(r) IN $evidenceTypes } AS dependents,
    null AS source, null AS target, null AS sourceName, null AS targetName,
    [(n)-[:SUPPORTED_BY]->(e:Evidence) | e.id] AS evidence, n.decision AS decision
  UNION ALL
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE r.origin = 'machine' AND r.review IS NULL AND NOT type(r) IN $evidenceTypes
  WITH a, r, b, coalesce(a.name, a.id) AS sourceName, coalesce(b.name, b.id) AS targetName
  RETURN r.id AS fact, type(r) AS type, sourceName + ' → ' + targetName AS label,
    r.confidence AS confidence,
    COUNT { (a)-[x]-() WHERE NOT type(x) IN $evidenceTypes }
      + COUNT { (b)-[y]-() WHERE NOT type(y) IN $evidenceTypes } - 2 AS dependents,
    a.id AS source, b.id AS target, sourceName, targetName,
    coalesce(r.evidence, []) AS evidence, r.decision AS decision
}
WITH fact, type, label, confidence, dependents, source, target, sourceName, targetName, evidence, decision
WHERE $types IS NULL OR type IN $types
ORDER BY confidence ASC, dependents DESC, fact ASC
WITH collect({fact: fact, type: type, label: label, confidence: confidence, dependents: dependents,
  source: source, target: target, sourceName: sourceName, targetName: targetName,
  evidence: evidence, decision: decision}) AS queue
RETURN size(queue) AS totalCount, queue[$skip..$skip + $first] AS items`;

/** Shares of the nodes per label, and relationships per node of the label they start from. */
const SHAPE = [
  {
    label: 'Person',
    share: 0.4,
    out: [
      { type: 'PARTICIPATED_IN', to: 'Event', per: 3 },
      { type: 'MEMBER_OF', to: 'Organization', per: 1 },
    ],
  },
  {
    label: 'Event',
    share: 0.3,
    out: [
      { type: 'TOOK_PLACE_IN', to: 'Country', per: 1 },
      { type: 'CONVENED_BY', to: 'Organization', per: 1 },
    ],
  },
  { label: 'Organization', share: 0.18, out: [{ type: 'OF_COUNTRY', to: 'Country', per: 1 }] },
  {
    label: 'Commitment',
    share: 0.118,
    out: [
      { type: 'MADE_AT', to: 'Event', per: 1 },
      { type: 'MADE_BY', to: 'Country', per: 1 },
    ],
  },
  { label: 'Country', share: 0.002, out: [] },
] as const;

/** A deterministic spread of confidences in [0, 1] on three decimals, so that ties are many. */
const confidence = (i: number) => ((i * 7919) % 1001) / 1000;

function syntheticGraph(total: number): GraphData {
  const graph: GraphData = { nodes: [], relationships: [] };
  const ids = new Map<string, string[]>();
  let n = 0;
  for (const { label, share } of SHAPE) {
    const count = Math.max(1, Math.round(total * share));
    const own = Array.from({ length: count }, (_, i) => `${label.toLowerCase()}-${i}`);
    ids.set(label, own);
    for (const id of own) {
      graph.nodes.push({
        label,
        id,
        props: { id, name: id, origin: 'machine', confidence: confidence(n++) },
      });
    }
  }
  let r = 0;
  for (const { label, out } of SHAPE) {
    const from = ids.get(label) ?? [];
    for (const { type, to, per } of out) {
      const targets = ids.get(to) ?? [];
      from.forEach((a, i) => {
        for (let k = 0; k < per; k++) {
          // Skewed: a few targets (countries most) gather many relationships.
          const b =
            targets[Math.floor((targets.length * ((i * 31 + k * 17) % 997) ** 2) / 994_009)] ?? targets[0];
          if (!b) continue;
          const id = `${type}:${a}->${b}#${k}`;
          graph.relationships.push({
            type,
            id,
            from: a,
            to: b,
            props: { id, origin: 'machine', confidence: confidence(n + r++), evidence: [] },
          });
        }
      });
    }
  }
  return graph;
}

async function timed<T>(what: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  console.log(`${what}: ${((performance.now() - start) / 1000).toFixed(3)} s`);
  return result;
}

interface Page {
  totalCount: number;
  items: { fact: string }[];
  endCursor: string | null;
}

async function main() {
  const bench = await startBenchNeo4j({ heap: '4g', pageCache: '1g', txMemory: '3g' });
  const slow = Database.connect({
    uri: bench.uri,
    user: 'neo4j',
    password: 'diplograph-bench',
    database: 'neo4j',
    queryTimeoutMs: 3_600_000,
  });
  try {
    await migrate(bench.db);
    const graph = syntheticGraph(NODES);
    console.log(`${graph.nodes.length} nodes, ${graph.relationships.length} relationships, all queued`);
    await timed('ingest into the empty graph (keys set in the publishing transaction)', () =>
      writeGraph(slow, graph, { timeoutMs: 3_600_000 }),
    );
    const app = createApp({
      db: bench.db,
      env: apiEnv.parse({ LOG_LEVEL: 'silent' }),
      migrations: await readMigrations(),
      logger: createLogger('silent'),
    });
    const server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const queue = async (args: string): Promise<Page> => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ reviewQueue(${args}) { totalCount endCursor items { fact } } }` }),
      });
      const body = (await response.json()) as { data?: { reviewQueue: Page }; errors?: unknown };
      if (!body.data) throw new Error(JSON.stringify(body.errors));
      return body.data.reviewQueue;
    };
    const first = await timed('new, page 1 (cold)', () => queue('first: 20'));
    const beforeDeep = await timed(`new, skip ${DEEP - 1} (cold)`, () =>
      queue(`first: 1, skip: ${DEEP - 1}`),
    );
    const after = JSON.stringify(beforeDeep.endCursor);
    let deep: Page | undefined;
    // In turns, so that other work on the machine weighs on each alike.
    for (let i = 0; i < ROUNDS; i++) {
      await timed('new, page 1', () => queue('first: 20'));
      deep = await timed(`new, after the cursor at ${DEEP}`, () => queue(`first: 20, after: ${after}`));
      await timed(`new, skip ${DEEP}`, () => queue(`first: 20, skip: ${DEEP}`));
    }
    console.log(`totalCount ${first.totalCount}; first items ${first.items.slice(0, 3).map((i) => i.fact)}`);
    server.close();
    if (!OLD) return;
    const params = (skip: number) => ({
      labels: FACT_LABELS,
      evidenceTypes: EVIDENCE_RELATIONSHIP_TYPES,
      types: null,
      first: neo4j.int(20),
      skip: neo4j.int(skip),
    });
    const [old] = await timed('old, page 1', () => slow.read<Page>(SORTED_AT_READ, params(0)));
    const [oldDeep] = await timed(`old, skip ${DEEP}`, () => slow.read<Page>(SORTED_AT_READ, params(DEEP)));
    const same = (a?: Page, b?: Page) =>
      JSON.stringify(a?.items.map((i) => i.fact)) === JSON.stringify(b?.items.map((i) => i.fact));
    console.log(
      `old totalCount ${old?.totalCount}; page 1 the same: ${same(old, first)}; page at ${DEEP} the same: ${same(oldDeep, deep)}`,
    );
  } finally {
    await slow.close();
    await bench.stop();
  }
}

await main();
