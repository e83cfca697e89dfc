import { FACT_LABELS } from '@diplograph/schema';
import neo4j from 'neo4j-driver';
import { builder } from '../builder.js';
import { loadRecords } from '../loaders/load-records.js';
import { inRange } from '../pagination.js';
import { EVIDENCE_TYPES } from '../queries/graph-view-query.js';
import { EvidenceRef } from '../schema/refs.js';
import type { EvidenceShape } from '../shapes.js';

/** A machine-read fact waiting for a curator, as the queue's statement returns it. */
interface QueueItem {
  fact: string;
  type: string;
  label: string;
  confidence: number | null;
  dependents: number;
  source: string | null;
  target: string | null;
  sourceName: string | null;
  targetName: string | null;
  evidence: string[];
  decision: string | null;
}

interface QueuePage {
  totalCount: number;
  items: QueueItem[];
}

/**
 * The machine-read nodes and relationships no curator has decided yet (of the given types only,
 * if any), least sure first, then those most answers reach through (a node's fact relationships;
 * a relationship's, the others its two ends have), then by id: a page of them, with how many
 * there are. Mentions are not in it: they carry no confidence. Every fact is read, then sorted:
 * the queue is sized for a corpus's worth of machine reading, not for a million facts.
 */
const REVIEW_QUEUE = `CALL () {
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

const QueueItemRef = builder.objectRef<QueueItem>('ReviewQueueItem').implement({
  description: 'A machine-read fact waiting for a curator: a node, or a relationship between two.',
  fields: (t) => ({
    fact: t.exposeID('fact', { description: 'The id a decision names (`acceptFact(fact:)`…).' }),
    type: t.exposeString('type', {
      description: 'A node type (Event) or a relationship type (PARTICIPATED_IN).',
    }),
    label: t.exposeString('label', { description: "A name to show; a relationship's is its two ends'." }),
    confidence: t.float({ nullable: true, resolve: (i) => i.confidence }),
    dependents: t.exposeInt('dependents', {
      description:
        "How many relationships answers reach the fact through: a node's own, a relationship's ends' others.",
    }),
    source: t.exposeID('source', { nullable: true, description: "A relationship's start node." }),
    target: t.exposeID('target', { nullable: true, description: "A relationship's end node." }),
    sourceName: t.exposeString('sourceName', { nullable: true }),
    targetName: t.exposeString('targetName', { nullable: true }),
    decision: t.exposeID('decision', {
      nullable: true,
      description: 'Its last decision, for `expectedDecision`: null for a fact never decided.',
    }),
    evidence: t.field({
      type: [EvidenceRef],
      description: 'The passages the fact was read from.',
      resolve: (i, _args, ctx) => loadRecords<EvidenceShape>(ctx, i.evidence, ctx.loaders.evidence),
    }),
  }),
});

const QueuePageRef = builder.objectRef<QueuePage>('ReviewQueue').implement({
  description: 'A page of the review queue.',
  fields: (t) => ({
    totalCount: t.exposeInt('totalCount', { description: 'Facts waiting, across all pages.' }),
    items: t.field({ type: [QueueItemRef], resolve: (p) => p.items }),
  }),
});

builder.queryFields((t) => ({
  reviewQueue: t.field({
    type: QueuePageRef,
    description:
      'Machine-read facts no curator has decided yet, least sure first, then those most answers depend on: what a curator reviews next. Readable by anyone; deciding takes a token.',
    args: {
      first: t.arg.int({ defaultValue: 20, description: 'Up to 100.' }),
      skip: t.arg.int({ defaultValue: 0, description: 'Facts passed over, from the first.' }),
      types: t.arg.stringList({
        description:
          'Only facts of these node types (Event, Person…) or relationship types (PARTICIPATED_IN…); default: all.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const [page] = await ctx.db.read<QueuePage>(REVIEW_QUEUE, {
        labels: FACT_LABELS,
        evidenceTypes: EVIDENCE_TYPES,
        types: args.types ?? null,
        first: neo4j.int(inRange('first', args.first ?? 20, 0, 100)),
        skip: neo4j.int(inRange('skip', args.skip ?? 0, 0, 1_000_000)),
      });
      return page ?? { totalCount: 0, items: [] };
    },
  }),
}));
