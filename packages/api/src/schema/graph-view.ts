import {
  EVIDENCE_RELATIONSHIP_TYPES,
  FACT_RELATIONSHIP_TYPES,
  RELATIONSHIP_TYPES,
  type RelationshipType as RelationshipTypeName,
} from '@diplograph/schema';
import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../builder.js';
import { badInput, inRange } from '../pagination.js';
import {
  type GraphView,
  HUB_DEGREE,
  MAX_PATH_LENGTH,
  type NeighbourCount,
  neighbourCounts,
  neighbourhood,
  shortestPaths,
  subgraph,
  type ViewAsked,
  type ViewEdge,
  type ViewNode,
} from '../queries/graph-view-query.js';
import { fieldsAt } from '../selection.js';
import { given, hintUnknownIds } from '../unknown-id-hints.js';

/** Whether the query asks the properties of the nodes and edges of the view at `view` below the field. */
function viewAsked(info: GraphQLResolveInfo, view: string[]): ViewAsked {
  return {
    nodeProperties: fieldsAt(info, [...view, 'nodes', 'properties']).length > 0,
    edgeProperties: fieldsAt(info, [...view, 'edges', 'properties']).length > 0,
  };
}

const MAX_VIEW_NODES = 1_000;
const MAX_DEPTH = 3;

const RelationshipType = builder.enumType('RelationshipType', {
  description: 'The types of relationship of the graph.',
  values: RELATIONSHIP_TYPES,
});

const GraphNodeRef = builder.objectRef<ViewNode>('GraphNode').implement({
  description: 'A node in the generic shape graph libraries take as is (Cytoscape, vis, Sigma...).',
  fields: (t) => ({
    id: t.exposeID('id'),
    type: t.exposeString('type', { description: 'The GraphQL type, e.g. Person or Event.' }),
    label: t.exposeString('label', { description: 'A name to show.' }),
    degree: t.exposeInt('degree', { description: 'Relationships the node has in the whole graph.' }),
    properties: t.field({ type: 'JSON', resolve: (n) => n.properties }),
  }),
});

const GraphEdgeRef = builder.objectRef<ViewEdge>('GraphEdge').implement({
  description: 'A relationship in the generic shape graph libraries take as is.',
  fields: (t) => ({
    id: t.exposeID('id'),
    type: t.exposeString('type', { description: 'The relationship type, e.g. PARTICIPATED_IN.' }),
    source: t.exposeID('source'),
    target: t.exposeID('target'),
    properties: t.field({ type: 'JSON', resolve: (e) => e.properties }),
  }),
});

const GraphViewRef = builder.objectRef<GraphView>('GraphView').implement({
  description: 'Nodes and the relationships among them.',
  fields: (t) => ({
    nodes: t.field({ type: [GraphNodeRef], resolve: (v) => v.nodes }),
    edges: t.field({ type: [GraphEdgeRef], resolve: (v) => v.edges }),
    truncated: t.exposeBoolean('truncated', { description: 'True when a cap left reachable nodes out.' }),
  }),
});

const GraphPathRef = builder.objectRef<string[]>('GraphPath').implement({
  description: 'One path: the ids of its nodes, from start to end.',
  fields: (t) => ({
    nodeIds: t.idList({ resolve: (ids) => ids }),
    length: t.int({ description: 'Number of relationships.', resolve: (ids) => ids.length - 1 }),
  }),
});

const GraphPathsRef = builder.objectRef<{ paths: string[][]; view: GraphView }>('GraphPaths').implement({
  description: 'Shortest paths between two nodes, and the view of all their nodes and relationships.',
  fields: (t) => ({
    paths: t.field({ type: [GraphPathRef], resolve: (p) => p.paths }),
    view: t.field({ type: GraphViewRef, resolve: (p) => p.view }),
  }),
});

const NeighbourCountRef = builder.objectRef<NeighbourCount>('NeighbourCount').implement({
  description: 'How many distinct neighbours a node has through one relationship type, of one node type.',
  fields: (t) => ({
    relationship: t.exposeString('relationship', {
      description: 'The relationship type, e.g. PARTICIPATED_IN.',
    }),
    nodeType: t.exposeString('nodeType', { description: 'The GraphQL type of the neighbours, e.g. Event.' }),
    count: t.exposeInt('count'),
  }),
});

function relationshipTypes(
  types: RelationshipTypeName[] | null | undefined,
  includeEvidence: boolean | null | undefined,
) {
  if (types?.length) return types;
  return includeEvidence
    ? [...FACT_RELATIONSHIP_TYPES, ...EVIDENCE_RELATIONSHIP_TYPES]
    : FACT_RELATIONSHIP_TYPES;
}

builder.queryFields((t) => ({
  neighbourhood: t.field({
    type: GraphViewRef,
    nullable: true,
    description:
      'The nodes around a node to a depth, and the relationships among them. Hubs are sampled: at most ' +
      '`perNode` neighbours are taken from any node, at most `limit` nodes in all, and a hub (a node of ' +
      `more than ${HUB_DEGREE} relationships, see \`degree\`) reached past the start node is shown but not ` +
      'expanded: ask for its own neighbourhood (`truncated` tells when any of these left nodes out).',
    args: {
      id: t.arg.id({ required: true }),
      depth: t.arg.int({ required: false, defaultValue: 1, description: `1 to ${MAX_DEPTH}.` }),
      limit: t.arg.int({ required: false, defaultValue: 150, description: `At most ${MAX_VIEW_NODES}.` }),
      perNode: t.arg.int({ required: false, defaultValue: 50 }),
      skip: t.arg.int({
        required: false,
        defaultValue: 0,
        description:
          'Neighbours of the start node passed over, in id order: with `perNode`, pages through a hub ' +
          '(skip 0, then 50, then 100...). Deeper layers are not paged.',
      }),
      types: t.arg({
        type: [RelationshipType],
        required: false,
        description: 'Default: every fact relationship.',
      }),
      includeEvidence: t.arg.boolean({
        required: false,
        defaultValue: false,
        description: 'Also passages and sources.',
      }),
    },
    resolve: async (_root, args, ctx, info) => {
      const view = await neighbourhood(
        ctx.db,
        args.id,
        {
          depth: inRange('depth', args.depth ?? 1, 1, MAX_DEPTH),
          limit: inRange('limit', args.limit ?? 150, 1, MAX_VIEW_NODES),
          perNode: inRange('perNode', args.perNode ?? 50, 1, MAX_VIEW_NODES),
          skip: inRange('skip', args.skip ?? 0, 0, 1_000_000),
          types: relationshipTypes(args.types, args.includeEvidence),
        },
        viewAsked(info, []),
      );
      if (!view) await hintUnknownIds(ctx, info, given('id', args.id));
      return view;
    },
  }),
  neighbourCounts: t.field({
    type: [NeighbourCountRef],
    nullable: true,
    description:
      'A node’s neighbours counted by relationship type and node type, most first: what `neighbourhood` ' +
      'with `types:` would bring, to expand a hub one kind at a time. Null for an unknown id.',
    args: {
      id: t.arg.id({ required: true }),
      types: t.arg({
        type: [RelationshipType],
        required: false,
        description: 'Default: every fact relationship.',
      }),
      includeEvidence: t.arg.boolean({ required: false, defaultValue: false }),
    },
    resolve: async (_root, args, ctx, info) => {
      const counts = await neighbourCounts(
        ctx.db,
        args.id,
        relationshipTypes(args.types, args.includeEvidence),
      );
      if (!counts) await hintUnknownIds(ctx, info, given('id', args.id));
      return counts;
    },
  }),
  shortestPaths: t.field({
    type: GraphPathsRef,
    description: 'How two nodes are connected: the shortest path, or all paths of that length.',
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      maxLength: t.arg.int({ required: false, defaultValue: 6, description: `1 to ${MAX_PATH_LENGTH}.` }),
      all: t.arg.boolean({ required: false, defaultValue: false }),
      limit: t.arg.int({ required: false, defaultValue: 10, description: 'Most paths returned, up to 50.' }),
      types: t.arg({ type: [RelationshipType], required: false }),
      includeEvidence: t.arg.boolean({ required: false, defaultValue: false }),
    },
    resolve: async (_root, args, ctx, info) => {
      const found = await shortestPaths(
        ctx.db,
        args.from,
        args.to,
        {
          maxLength: inRange('maxLength', args.maxLength ?? 6, 1, MAX_PATH_LENGTH),
          all: args.all ?? false,
          limit: inRange('limit', args.limit ?? 10, 1, 50),
          types: relationshipTypes(args.types, args.includeEvidence),
        },
        viewAsked(info, ['view']),
      );
      // No path: perhaps no node at one end.
      if (found.paths.length === 0)
        await hintUnknownIds(ctx, info, [...given('from', args.from), ...given('to', args.to)]);
      return found;
    },
  }),
  subgraph: t.field({
    type: GraphViewRef,
    description: 'The given nodes and the relationships among them.',
    args: {
      ids: t.arg.idList({ required: true, description: `At most ${MAX_VIEW_NODES}.` }),
      types: t.arg({ type: [RelationshipType], required: false }),
      includeEvidence: t.arg.boolean({ required: false, defaultValue: false }),
    },
    resolve: async (_root, args, ctx, info) => {
      if (args.ids.length > MAX_VIEW_NODES) throw badInput(`at most ${MAX_VIEW_NODES} ids`);
      const view = await subgraph(
        ctx.db,
        args.ids,
        relationshipTypes(args.types, args.includeEvidence),
        viewAsked(info, []),
      );
      const found = new Set(view.nodes.map((n) => n.id));
      const missing = [...new Set(args.ids.filter((id) => !found.has(id)))];
      await hintUnknownIds(
        ctx,
        info,
        missing.flatMap((id) => given('ids', id)),
      );
      return view;
    },
  }),
}));
