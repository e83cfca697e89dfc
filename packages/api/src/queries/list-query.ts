import type { EntityLabel } from '@diplograph/schema';
import type { GraphQLResolveInfo } from 'graphql';
import { keysetClause, keysetParams } from '../compiler/keyset.js';
import { pageShape } from '../compiler/page-plan.js';
import {
  broughtAlong,
  type Filter,
  nestedCalls,
  type PageShape,
  type RawItem,
} from '../compiler/page-statement.js';
import type { Context } from '../context.js';
import { type PageArgs, type PageItem, toConnection } from '../pagination.js';
import { type GraphRecord, nodeProjection, toRecord } from '../records.js';
import { given, hintUnknownIds } from '../unknown-id-hints.js';

/**
 * One way to filter a top-level list: a condition on `n`, or a pattern that reaches `n` from an
 * anchor, with a condition on `n` besides when the pattern alone does not say it all.
 */
export type ListFilter = ({ where: string } | { anchor: string; where?: string }) & {
  /**
   * The filter's value is the id (or the ids) of a node of these types (any type when empty): an
   * id that names none gets a hint when the list comes out empty.
   */
  idOf?: readonly EntityLabel[];
};

/**
 * A top-level list (events, commitments...): the label it scans, its orders and its filters.
 * Patterns use the model's fixed labels and types; values come only as `$filter.<name>`.
 */
// biome-ignore lint/correctness/noUnusedVariables: T names the type of the listed nodes, for the resolvers.
export interface ListSpec<Order extends string, T = GraphRecord> {
  label: string;
  orders: Record<Order, { key: string; descending?: boolean }>;
  filters: Record<string, ListFilter>;
  /** The argument that holds the filters (`filter`); none when each filter is an argument of its own. */
  filterArgument?: string;
}

/**
 * The MATCH and WHERE of a list with the given filters. When a filter names a related node (an
 * actor, a theme), the query starts from that node, so it reads only what is linked to it.
 */
function matchClause<Order extends string, T>(spec: ListSpec<Order, T>, filter: Filter): string {
  const given = Object.keys(spec.filters).filter(
    (name) => filter[name] !== undefined && filter[name] !== null,
  );
  const anchored = given.find((name) => 'anchor' in (spec.filters[name] as ListFilter));
  const conditions = given.flatMap((name) => {
    const f = spec.filters[name] as ListFilter;
    const reached = 'anchor' in f && name !== anchored ? [`EXISTS { MATCH ${f.anchor} }`] : [];
    return [...reached, ...(f.where ? [`(${f.where})`] : [])];
  });
  if (!anchored)
    return `MATCH (n:${spec.label})${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''}`;
  const anchor = (spec.filters[anchored] as { anchor: string }).anchor;
  return `MATCH ${anchor} WHERE ${[`n:${spec.label}`, ...conditions].join(' AND ')} WITH DISTINCT n`;
}

/**
 * Pages through a top-level list with a keyset cursor on (sort key, id), bringing in the same
 * statement what the query asks of its nodes: their evidence and their relationship pages, to
 * any depth, which prime the loaders the resolvers below read.
 */
export async function listPage<Order extends string, T>(
  ctx: Context,
  spec: ListSpec<Order, T>,
  order: Order,
  shape: PageShape,
  filter: Filter,
) {
  const { key, descending } = spec.orders[order];
  const params: Filter = { filter, ...keysetParams(shape.request) };
  const nested = nestedCalls(shape.nested, '', params);
  const fields = [
    ...(shape.cursors ? ['k: k'] : []),
    `node: ${nodeProjection('n', shape.properties)}`,
    ...broughtAlong(shape, 'n'),
  ];
  const rows = await ctx.db.read<{ item: Omit<RawItem, 'rel'> }>(
    `${matchClause(spec, filter)}
WITH n, ${key} AS k
${keysetClause({ key: 'k', tiebreak: 'n.id', descending }, shape.request)}
${nested.length ? `WITH n, k, n AS parent\n${nested.join('\n')}` : ''}
RETURN {${fields.join(', ')}} AS item`,
    params,
  );
  const items: PageItem<{ node: T }>[] = rows.map(({ item }) => {
    const node = toRecord(item.node, shape.properties);
    ctx.loaders.edges.primeBroughtAlong(node, shape, item);
    return { k: item.k ?? null, id: node.id, value: { node: node as T } };
  });
  return toConnection(items, shape.request);
}

/** How many nodes a list holds with these filters. */
export async function listCount<Order extends string, T>(
  ctx: Context,
  spec: ListSpec<Order, T>,
  filter: Filter,
) {
  const [row] = await ctx.db.read<{ total: number }>(
    `${matchClause(spec, filter)} RETURN count(n) AS total`,
    {
      filter,
    },
  );
  return row?.total ?? 0;
}

/** A top-level list as a Relay connection, with what its nodes are asked; the total is counted only when asked for. */
export async function resolveList<Order extends string, T>(
  ctx: Context,
  info: GraphQLResolveInfo,
  spec: ListSpec<Order, T>,
  order: Order,
  args: PageArgs,
  filter: Filter,
) {
  const page = await listPage(ctx, spec, order, pageShape(info, args), filter);
  if (page.edges.length === 0) await hintUnknownIds(ctx, info, filterIds(spec, filter));
  return { ...page, totalCount: () => listCount(ctx, spec, filter) };
}

/** The ids a list's filters name, each with the argument that gives it. */
function filterIds<Order extends string, T>(spec: ListSpec<Order, T>, filter: Filter) {
  return Object.entries(spec.filters).flatMap(([name, { idOf }]) => {
    const value = filter[name];
    if (!idOf || value === undefined || value === null) return [];
    const argument = spec.filterArgument ? `${spec.filterArgument}.${name}` : name;
    return (Array.isArray(value) ? value : [value]).flatMap((id) => given(argument, String(id), idOf));
  });
}

/** Orders shared by dated lists. */
export const DATED_ORDERS = {
  DATE_DESC: { key: "coalesce(toString(n.dateEarliest), '')", descending: true },
  DATE_ASC: { key: "coalesce(toString(n.dateEarliest), '')" },
  NAME: { key: 'n.name' },
};
export const BY_NAME = { NAME: { key: 'n.name' } };
