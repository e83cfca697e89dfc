import { FACT_LABELS } from '@diplograph/schema';
import neo4j from 'neo4j-driver';
import { builder } from '../builder.js';
import { loadRecords } from '../loaders/load-records.js';
import { badInput, decodeCursor, encodeCursor, inRange } from '../pagination.js';
import { EvidenceRef } from '../schema/refs.js';
import type { EvidenceShape } from '../shapes.js';
import { reviewQueueStatement } from './review-queue-query.js';

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
  /** Its place in the queue (`reviewQueueKey`). */
  key: string;
}

interface QueuePage {
  totalCount: number;
  items: QueueItem[];
  hasNextPage: boolean;
}

/** A position in the queue, as `after` takes it: the key of an item, and its id. */
const cursorOf = (item: QueueItem) => encodeCursor({ k: item.key, id: item.fact });

function keyAfter(cursor: string | null | undefined): string {
  if (!cursor) return '';
  const { k } = decodeCursor(cursor);
  if (typeof k !== 'string') throw badInput('invalid cursor: use a cursor returned by reviewQueue');
  return k;
}

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
    cursor: t.string({
      description: 'Its place in the queue: `reviewQueue(after:)` starts after it.',
      resolve: cursorOf,
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
    endCursor: t.string({
      nullable: true,
      description: "The last item's cursor: `after` for the next page; null for an empty page.",
      resolve: (p) => {
        const last = p.items.at(-1);
        return last ? cursorOf(last) : null;
      },
    }),
    hasNextPage: t.exposeBoolean('hasNextPage', { description: 'Whether facts wait after this page.' }),
  }),
});

builder.queryFields((t) => ({
  reviewQueue: t.field({
    type: QueuePageRef,
    description:
      'Machine-read facts no curator has decided yet, least sure first, then those most answers depend on, then by id: what a curator reviews next. Page on with `after: endCursor`. Readable by anyone; deciding takes a token.',
    args: {
      first: t.arg.int({ defaultValue: 20, description: 'Up to 100.' }),
      after: t.arg.string({
        description:
          'Only facts after this cursor (`cursor`, `endCursor`): pages that stay fast however deep.',
      }),
      skip: t.arg.int({
        defaultValue: 0,
        description: 'Facts passed over, from the first (or from `after`): costs what it passes over.',
      }),
      types: t.arg.stringList({
        description:
          'Only facts of these node types (Event, Person…) or relationship types (PARTICIPATED_IN…); default: all.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const first = inRange('first', args.first ?? 20, 0, 100);
      const skip = inRange('skip', args.skip ?? 0, 0, 1_000_000);
      const after = keyAfter(args.after);
      const statement = reviewQueueStatement(args.types ?? null);
      if (!statement) return { totalCount: 0, items: [], hasNextPage: false };
      const [page] = await ctx.db.read<{ totalCount: number; items: QueueItem[] }>(statement, {
        labels: FACT_LABELS,
        after,
        skip: neo4j.int(skip),
        take: neo4j.int(first + 1),
        reach: neo4j.int(skip + first + 1),
      });
      const items = page?.items ?? [];
      return {
        totalCount: page?.totalCount ?? 0,
        items: items.slice(0, first),
        hasNextPage: items.length > first,
      };
    },
  }),
}));
