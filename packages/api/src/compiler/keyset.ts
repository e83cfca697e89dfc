import neo4j from 'neo4j-driver';
import type { PageRequest } from '../pagination.js';

/** What a keyset page orders by: a variable holding the sort key and the id that breaks ties. */
export interface KeysetOrder {
  /** The variable the sort key was bound to with `WITH …, <key> AS <k>`. */
  key: string;
  /** The expression of the id that breaks ties (`n.id`, `r.id`). */
  tiebreak: string;
  /** Whether the list reads latest first; paging backwards flips it. */
  descending?: boolean;
}

/**
 * The one keyset-pagination clause of the API: the condition that starts after the cursor, the
 * order, and the limit of one page plus one (which tells whether another follows). `suffix` names
 * the page's `$cursor<suffix>` and `$limit<suffix>` parameters, so that one statement may hold
 * several pages. Every list (root lists, relationship pages, lineage, timeline) pages with it.
 */
export function keysetClause(order: KeysetOrder, request: PageRequest, suffix = ''): string {
  const descending = Boolean(order.descending) !== request.inverted;
  const direction = descending ? 'DESC' : 'ASC';
  const after = descending ? '<' : '>';
  const cursor = `$cursor${suffix}`;
  const { key, tiebreak } = order;
  const where = request.cursor
    ? `WHERE ${key} ${after} ${cursor}.k OR (${key} = ${cursor}.k AND ${tiebreak} ${after} ${cursor}.id)\n`
    : '';
  return `${where}ORDER BY ${key} ${direction}, ${tiebreak} ${direction}
LIMIT $limit${suffix}`;
}

/** The parameters `keysetClause` reads for the page `suffix`. */
export function keysetParams(request: PageRequest, suffix = ''): Record<string, unknown> {
  return { [`cursor${suffix}`]: request.cursor, [`limit${suffix}`]: neo4j.int(request.size + 1) };
}
