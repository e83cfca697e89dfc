import type { Database } from '@diplograph/db';
import neo4j from 'neo4j-driver';
import type { Filter } from '../loaders/edge-loader.js';
import { type PageArgs, type PageItem, type PageRequest, pageRequest, toConnection } from '../pagination.js';
import { type GraphRecord, NODE_PROJECTION, toRecord } from '../records.js';

/** One way to filter a top-level list: a condition on `n`, or a pattern that reaches `n` from an anchor. */
export type ListFilter = { where: string } | { anchor: string };

/**
 * A top-level list (events, commitments...): the label it scans, its orders and its filters.
 * Patterns use the model's fixed labels and types; values come only as `$filter.<name>`.
 */
// biome-ignore lint/correctness/noUnusedVariables: T names the type of the listed nodes, for the resolvers.
export interface ListSpec<Order extends string, T = GraphRecord> {
  label: string;
  orders: Record<Order, { key: string; descending?: boolean }>;
  filters: Record<string, ListFilter>;
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
  const conditions = given
    .filter((name) => name !== anchored)
    .map((name) => {
      const f = spec.filters[name] as ListFilter;
      return 'where' in f ? `(${f.where})` : `EXISTS { MATCH ${f.anchor} }`;
    });
  if (!anchored)
    return `MATCH (n:${spec.label})${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''}`;
  const anchor = (spec.filters[anchored] as { anchor: string }).anchor;
  return `MATCH ${anchor} WHERE ${[`n:${spec.label}`, ...conditions].join(' AND ')} WITH DISTINCT n`;
}

/** Pages through a top-level list with a keyset cursor on (sort key, id). */
export async function listPage<Order extends string, T>(
  db: Database,
  spec: ListSpec<Order, T>,
  order: Order,
  request: PageRequest,
  filter: Filter,
) {
  const { key, descending } = spec.orders[order];
  const desc = Boolean(descending) !== request.inverted;
  const direction = desc ? 'DESC' : 'ASC';
  const after = desc ? '<' : '>';
  const rows = await db.read<{ k: string | number; node: Record<string, unknown> }>(
    `${matchClause(spec, filter)}
WITH n, ${key} AS k
${request.cursor ? `WHERE k ${after} $cursor.k OR (k = $cursor.k AND n.id ${after} $cursor.id)` : ''}
ORDER BY k ${direction}, n.id ${direction}
LIMIT $limit
RETURN k, ${NODE_PROJECTION('n')} AS node`,
    { filter, cursor: request.cursor, limit: neo4j.int(request.size + 1) },
  );
  const items: PageItem<{ node: T }>[] = rows.map((row) => {
    const node = toRecord(row.node);
    return { k: row.k, id: node.id, value: { node: node as T } };
  });
  return toConnection(items, request);
}

/** How many nodes a list holds with these filters. */
export async function listCount<Order extends string, T>(
  db: Database,
  spec: ListSpec<Order, T>,
  filter: Filter,
) {
  const [row] = await db.read<{ total: number }>(`${matchClause(spec, filter)} RETURN count(n) AS total`, {
    filter,
  });
  return row?.total ?? 0;
}

/** A top-level list as a Relay connection; the total is counted only when asked for. */
export async function resolveList<Order extends string, T>(
  db: Database,
  spec: ListSpec<Order, T>,
  order: Order,
  args: PageArgs,
  filter: Filter,
) {
  const request = pageRequest(args);
  return {
    ...(await listPage(db, spec, order, request, filter)),
    totalCount: () => listCount(db, spec, filter),
  };
}

/** Orders shared by dated lists. */
export const DATED_ORDERS = {
  DATE_DESC: { key: "coalesce(toString(n.dateEarliest), '')", descending: true },
  DATE_ASC: { key: "coalesce(toString(n.dateEarliest), '')" },
  NAME: { key: 'n.name' },
};
export const BY_NAME = { NAME: { key: 'n.name' } };
