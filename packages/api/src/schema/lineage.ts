import { type DERIVATIONS, RELATIONSHIPS } from '@diplograph/schema';
import type { GraphQLResolveInfo } from 'graphql';
import neo4j from 'neo4j-driver';
import { builder } from '../builder.js';
import { keysetClause, keysetParams } from '../compiler/keyset.js';
import type { RawItem } from '../compiler/page-statement.js';
import { nodeProperties, passageProperties } from '../compiler/projection.js';
import type { Context } from '../context.js';
import { loadRecord } from '../loaders/load-records.js';
import { nodeEvidence } from '../loaders/node-evidence.js';
import { inRange, type PageArgs, type PageItem, pageRequest, toConnection } from '../pagination.js';
import {
  type GraphRecord,
  NODE_PROJECTION,
  nodeProjection,
  passageProjection,
  toRecord,
} from '../records.js';
import { asksCursors, asksNodeEvidence, fieldsAt } from '../selection.js';
import type { Types } from '../types.js';
import { given, hintUnknownIds } from '../unknown-id-hints.js';
import { supportFields } from './evidence.js';
import { EntityRef } from './refs.js';
import { Derivation } from './vocabulary.js';

/** Deepest chain of derivations a lineage query follows; deeper requests are refused. */
export const MAX_LINEAGE_DEPTH = 10;

const LINEAGE_LABELS = { COMMITMENT: 'Commitment', INSTRUMENT: 'Instrument', EVENT: 'Event' } as const;
export const LineageKind = builder.enumType('LineageKind', {
  description: 'What kinds of node a lineage returns.',
  values: Object.keys(LINEAGE_LABELS) as (keyof typeof LINEAGE_LABELS)[],
});

/**
 * One derivation in a lineage path: the id of the node it leads to, how, and the evidence. The
 * node is loaded only when asked for, batched with the other steps of the request.
 */
interface LineageStep {
  to: string;
  rel: { how: string; evidence: string[] };
}

export interface LineageEntry {
  node: GraphRecord;
  depth: number;
  /** From the entry to the root, one step per DERIVES_FROM relationship. */
  steps: LineageStep[];
}

const LineageStepRef = builder.objectRef<LineageStep>('LineageStep').implement({
  description: 'One link of a lineage path: what a node derives from, how, and the evidence for it.',
  fields: (t) => ({
    to: t.field({
      type: EntityRef,
      description: 'The node derived from.',
      resolve: (s, _args, ctx) => loadRecord(ctx, s.to),
    }),
    how: t.field({
      type: Derivation,
      resolve: (s) => s.rel.how as (typeof DERIVATIONS)[number],
    }),
    ...supportFields(t),
  }),
});

/**
 * Everything that traces back to a node through chains of DERIVES_FROM, at any depth up to the
 * limit, each with its shortest path. `direction: 'descendants'` finds what derives from the
 * node; `'ancestors'` what the node derives from. The nodes' evidence (with each source once) and
 * the total come in the same statement when the query asks for them.
 */
/** Where a lineage's entries' nodes are below the field. */
const LINEAGE_NODES = [
  ['edges', 'node', 'node'],
  ['nodes', 'node'],
];

/** Where a lineage's entries' paths (their steps) are below the field. */
const LINEAGE_PATHS = [
  ['edges', 'node', 'path'],
  ['nodes', 'path'],
];

export async function resolveLineage(
  ctx: Context,
  info: GraphQLResolveInfo,
  id: string,
  args: PageArgs & LineageArgs,
  direction: 'descendants' | 'ancestors',
) {
  const request = pageRequest(args);
  const match = lineageMatch(direction, args.kinds);
  const maxDepth = inRange('maxDepth', args.maxDepth ?? MAX_LINEAGE_DEPTH, 1, MAX_LINEAGE_DEPTH);
  const params = { id, maxDepth: neo4j.int(maxDepth) };
  const withEvidence = asksNodeEvidence(info, LINEAGE_NODES);
  const properties = nodeProperties(info, LINEAGE_NODES, info.schema.getType(EntityRef.name), info.schema);
  const passages = withEvidence ? passageProperties(info) : null;
  const withTotal = fieldsAt(info, ['totalCount']).length > 0;
  // The sort key and the paths are long: each comes only when the query asks for what reads it.
  const withCursors = asksCursors(info);
  const withSteps = LINEAGE_PATHS.some((path) => fieldsAt(info, path).length > 0);
  const rows = await ctx.db.read<{
    row: {
      k?: string;
      depth: number;
      node: Record<string, unknown>;
      path?: string[];
      rels?: LineageStep['rel'][];
      evidence: RawItem[] | null;
    };
    total: number | null;
    sources: Record<string, unknown>[];
  }>(
    `${withTotal ? `CALL () {\n${match}\nRETURN count(d) AS total\n}\n` : ''}${match}
WITH ${withTotal ? 'total, ' : ''}d, p, right('0' + toString(length(p)), 2) + '|' + coalesce(toString(d.dateEarliest), '') + '|' + d.name AS k
${keysetClause({ key: 'k', tiebreak: 'd.id' }, request)}
// Collected to find the distinct sources, then one row per entry again (the driver decodes many
// small records faster than one large), the sources on the first.
WITH ${withTotal ? 'total, ' : ''}collect({
  ${withCursors ? 'k: k, ' : ''}depth: length(p), node: ${nodeProjection('d', properties)},
  ${withSteps ? 'path: [n IN nodes(p)[1..] | n.id], rels: [r IN relationships(p) | {how: r.how, evidence: coalesce(r.evidence, [])}],' : ''}
  evidence: ${withEvidence ? nodeEvidence('d', (passage) => passageProjection(passage, passages, false)) : 'null'}
}) AS rows
WITH rows, ${withTotal ? 'total' : 'null'} AS total, ${withEvidence ? SOURCES : '[]'} AS sources
UNWIND range(0, size(rows) - 1) AS i
RETURN rows[i] AS row, total, CASE i WHEN 0 THEN sources ELSE [] END AS sources`,
    { ...params, ...keysetParams(request) },
  );
  // Passages of one source are many in a lineage: each source comes once, into the node loader.
  for (const source of rows[0]?.sources ?? []) {
    const record = toRecord(source);
    ctx.loaders.entities.prime(record.id, record);
  }
  const items: PageItem<{ node: LineageEntry }>[] = rows.map(({ row }) => {
    // Every path runs from the deriving end to what it derives from: step i leads to node i+1.
    const steps = (row.path ?? []).map((to, i) => ({ to, rel: row.rels?.[i] as LineageStep['rel'] }));
    const node = toRecord(row.node, properties);
    if (row.evidence) ctx.loaders.edges.primeEvidence(node.id, row.evidence, passages);
    return { k: row.k ?? null, id: node.id, value: { node: { node, depth: row.depth, steps } } };
  });
  return {
    ...toConnection(items, request),
    // An empty page (a cursor past the end) has no row to carry the total: it is counted apart.
    totalCount: async () => {
      if (rows[0]?.total != null) return rows[0].total;
      const [row] = await ctx.db.read<{ total: number }>(`${match} RETURN count(d) AS total`, params);
      return row?.total ?? 0;
    },
  };
}

/** The distinct sources of the passages in `rows`. */
const SOURCES = `COLLECT {
  UNWIND rows AS row UNWIND row.evidence AS passage
  WITH DISTINCT passage.node.sourceId AS id
  MATCH (s:Entity {id: id})
  RETURN ${NODE_PROJECTION('s')}
}`;

export interface LineageArgs {
  maxDepth?: number | null;
  kinds?: (keyof typeof LINEAGE_LABELS)[] | null;
}

/**
 * The shortest derivation path between the root and each node `d` of the lineage. The kinds are a
 * label expression in the pattern, so that only nodes of those labels are searched for; it is
 * built from the fixed LINEAGE_LABELS (a label cannot be a parameter), one text per combination.
 */
function lineageMatch(direction: 'descendants' | 'ancestors', kinds: LineageArgs['kinds']): string {
  const labels = [...new Set(kinds?.length ? kinds : (['COMMITMENT'] as const))]
    .sort()
    .map((kind) => LINEAGE_LABELS[kind])
    .join('|');
  const pattern =
    direction === 'descendants'
      ? `(d:${labels})-[:DERIVES_FROM]->{1,${MAX_LINEAGE_DEPTH}}(root)`
      : `(root)-[:DERIVES_FROM]->{1,${MAX_LINEAGE_DEPTH}}(d:${labels})`;
  return `MATCH (root:Entity {id: $id})
MATCH p = SHORTEST 1 ${pattern}
WHERE length(p) <= $maxDepth`;
}

export const LineageEntryRef = builder.objectRef<LineageEntry>('LineageEntry').implement({
  description: 'A node in a lineage, how many derivations away it is, and the path that links it.',
  fields: (t) => ({
    node: t.field({ type: EntityRef, resolve: (e) => e.node }),
    depth: t.exposeInt('depth', { description: 'Number of derivations between the node and the root.' }),
    path: t.field({
      type: [LineageStepRef],
      description: 'The derivations, starting from the node that derives.',
      resolve: (e) => e.steps,
    }),
  }),
});

const LineageConnection = builder.connectionObject(
  { type: LineageEntryRef, name: 'LineageConnection', description: 'What traces back to a node.' },
  { name: 'LineageEdge' },
);
const AncestryConnection = builder.connectionObject(
  { type: LineageEntryRef, name: 'AncestryConnection', description: 'What a node traces back to.' },
  { name: 'AncestryEdge' },
);

/** The `lineage` and `ancestry` fields of instruments and commitments. */
export function lineageField<Parent extends { id: string }>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, Parent>,
  direction: 'descendants' | 'ancestors',
  description: string,
) {
  return t.connection(
    {
      type: LineageEntryRef,
      description,
      args: {
        maxDepth: t.arg.int({ required: false, description: `1 to ${MAX_LINEAGE_DEPTH} (the default).` }),
        kinds: t.arg({ type: [LineageKind], required: false, description: 'Default: commitments only.' }),
      },
      resolve: (parent, args, ctx, info) => resolveLineage(ctx, info, parent.id, args, direction),
    },
    direction === 'descendants' ? LineageConnection : AncestryConnection,
  );
}

builder.queryField('lineage', (t) =>
  t.connection(
    {
      type: LineageEntryRef,
      description:
        'Everything that traces back, through chains of derivations at any depth, to an instrument or a ' +
        'commitment: by default the commitments. Each comes with its shortest path to the root.',
      args: {
        of: t.arg.id({ required: true, description: 'The instrument or commitment at the root.' }),
        maxDepth: t.arg.int({ required: false, description: `1 to ${MAX_LINEAGE_DEPTH} (the default).` }),
        kinds: t.arg({ type: [LineageKind], required: false, description: 'Default: commitments only.' }),
      },
      resolve: async (_root, args, ctx, info) => {
        const lineage = await resolveLineage(ctx, info, args.of, args, 'descendants');
        if (lineage.edges.length === 0)
          await hintUnknownIds(ctx, info, given('of', args.of, RELATIONSHIPS.DERIVES_FROM.to));
        return lineage;
      },
    },
    LineageConnection,
  ),
);
