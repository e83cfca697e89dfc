import type { InterfaceRef, ObjectRef } from '@pothos/core';
import type { GraphQLResolveInfo } from 'graphql';
import type { EdgeSpec } from '../catalogue/relationship-fields.js';
import { linkable, linkShape, nestable, pageShape } from '../compiler/page-plan.js';
import { type Filter, plainPage } from '../compiler/page-statement.js';
import type { Context } from '../context.js';
import type { Edge } from '../loaders/edge-loader.js';
import { whenKnown } from '../maybe-promise.js';
import { type PageArgs, type PageItem, toConnection } from '../pagination.js';
import type { Types } from '../types.js';
import { supportFields } from './evidence.js';

/**
 * Resolves a relationship field as a Relay connection: one batched statement fetches the page for
 * every parent of the request, with what the query asks of the nodes next when it can (see
 * compiler/page-plan.ts); the total is only counted when asked for.
 */
export function resolveEdges<T>(
  ctx: Context,
  info: GraphQLResolveInfo,
  spec: EdgeSpec<T>,
  parentId: string,
  args: PageArgs,
  filter: Filter = {},
) {
  const shape = pageShape(info, args);
  // Assigned, not spread: a connection is made for every parent of every page.
  const connection = (items: PageItem<Edge>[]) =>
    Object.assign(toConnection(items as PageItem<Edge<T>>[], shape.request), {
      totalCount: () => ctx.loaders.edges.count(spec, parentId, filter),
    });
  return whenKnown(ctx.loaders.edges.page(spec, parentId, shape, filter), connection);
}

/**
 * A connection whose edges also carry the node they were listed from, for edge fields that need
 * both ends of the relationship (`parentOf` reads it back).
 */
export function withParent<C extends { edges: object[] }>(parent: object, connection: C | Promise<C>) {
  return whenKnown(connection, (known) => ({
    ...known,
    // Each edge stays the prototype of its copy, so that its cursor is still encoded only when asked.
    edges: known.edges.map((edge) => Object.assign(Object.create(edge), { parent })),
  }));
}

/** The node an edge was listed from, which `withParent` put on it: Pothos types edges from their node alone. */
export function parentOf<T>(edge: object): T {
  return (edge as { parent: T }).parent;
}

/**
 * A single-valued relationship field (`madeAt`, `country`): the one related node, with the
 * relationship's evidence. Like a connection's page, it can be fetched with the level above it,
 * and brings what the query asks of its node next.
 */
export function linkField<Parent extends { id: string }, T extends object>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, Parent>,
  options: { type: ObjectRef<Types, Edge<T>>; spec: EdgeSpec<T>; description?: string },
) {
  return t.field({
    type: options.type,
    nullable: true,
    description: options.description,
    extensions: linkable(options.spec),
    resolve: (parent, _args, ctx, info) => {
      const first = ([item]: PageItem<Edge>[]) => (item?.value as Edge<T> | undefined) ?? null;
      return whenKnown(ctx.loaders.edges.page(options.spec, parent.id, linkShape(info)), first);
    },
  });
}

/** The related nodes of a relationship field, without pagination, for short fixed lists. */
export async function resolveEdgeNodes<T>(
  ctx: Context,
  spec: EdgeSpec<T>,
  parentId: string,
  shape = plainPage({ size: 100, cursor: null, inverted: false }),
): Promise<T[]> {
  const items = await ctx.loaders.edges.page(spec, parentId, shape);
  return items.map((item) => item.value.node as T);
}

/**
 * A plain relationship field as a connection whose edges carry only the relationship's evidence:
 * `parts`, `members`, `themes` and the like. Having no filters, its pages can be fetched with the
 * list its parent is in.
 */
export function evidencedConnection<Parent extends { id: string }, T extends object>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, Parent>,
  options: {
    type: ObjectRef<Types, T> | InterfaceRef<Types, T>;
    spec: EdgeSpec<T>;
    name: string;
    description: string;
  },
) {
  nestable(`${options.name}Connection`, options.spec);
  return t.connection(
    {
      type: options.type as ObjectRef<Types, T>,
      description: options.description,
      resolve: (parent, args, ctx, info) => resolveEdges(ctx, info, options.spec, parent.id, args),
    },
    { name: `${options.name}Connection` },
    { name: `${options.name}Edge`, fields: (e) => supportFields(e) },
  );
}
