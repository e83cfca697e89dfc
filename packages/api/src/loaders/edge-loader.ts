import type { Database } from '@diplograph/db';
import DataLoader from 'dataloader';
import neo4j from 'neo4j-driver';
import type { PageItem, PageRequest } from '../pagination.js';
import { type GraphRecord, NODE_PROJECTION, type RelationshipProps, toRecord } from '../records.js';

/**
 * A relationship field: the Cypher pattern from the parent `p` through `r` to the related node `n`,
 * the order of the list, and the filters it accepts. Labels and types in patterns come from the
 * model's fixed lists; values only ever arrive as parameters.
 */
// biome-ignore lint/correctness/noUnusedVariables: T names the type of the related nodes, for the resolvers.
export interface EdgeSpec<T = GraphRecord> {
  pattern: string;
  /** A non-null Cypher expression over n and r (string or number) that orders the list. */
  sortKey: string;
  descending?: boolean;
  /** Filter name → condition over n, r and `$filter.<name>`; applied when the argument is given. */
  filters?: Record<string, string>;
  /** How the related node is projected: `NODE_PROJECTION` unless a field needs more of it. */
  project?: (n: string) => string;
}

export interface Edge<T = GraphRecord> {
  node: T;
  rel: RelationshipProps;
}

export type Filter = Record<string, unknown>;

/** Batches one relationship field over all parents of a request: one statement per page shape. */
export class EdgeLoaders {
  private readonly pages = new Map<EdgeSpec, Map<string, DataLoader<string, PageItem<Edge>[]>>>();
  private readonly counts = new Map<EdgeSpec, Map<string, DataLoader<string, number>>>();

  constructor(private readonly db: Database) {}

  page(
    spec: EdgeSpec,
    parentId: string,
    request: PageRequest,
    filter: Filter = {},
  ): Promise<PageItem<Edge>[]> {
    const given = definedFilters(spec, filter);
    const key = JSON.stringify([request, given]);
    const loader = cached(
      this.pages,
      spec,
      key,
      () => new DataLoader<string, PageItem<Edge>[]>((ids) => this.loadPages(spec, ids, request, given)),
    );
    return loader.load(parentId);
  }

  count(spec: EdgeSpec, parentId: string, filter: Filter = {}): Promise<number> {
    const given = definedFilters(spec, filter);
    const loader = cached(
      this.counts,
      spec,
      JSON.stringify(given),
      () => new DataLoader<string, number>((ids) => this.loadCounts(spec, ids, given)),
    );
    return loader.load(parentId);
  }

  private async loadPages(spec: EdgeSpec, ids: readonly string[], request: PageRequest, filter: Filter) {
    const descending = Boolean(spec.descending) !== request.inverted;
    const order = descending ? 'DESC' : 'ASC';
    const after = descending ? '<' : '>';
    const cursor = request.cursor
      ? `WHERE k ${after} $cursor.k OR (k = $cursor.k AND r.id ${after} $cursor.id)`
      : '';
    const rows = await this.db.read<{
      id: string;
      items: { k: string | number; node: Record<string, unknown>; rel: RelationshipProps }[];
    }>(
      `UNWIND $ids AS id
MATCH (p:Entity {id: id})
CALL (p) {
  MATCH ${spec.pattern}
  ${where(spec, filter)}
  WITH n, r, ${spec.sortKey} AS k
  ${cursor}
  ORDER BY k ${order}, r.id ${order}
  LIMIT $limit
  RETURN collect({k: k, node: ${(spec.project ?? NODE_PROJECTION)('n')}, rel: properties(r)}) AS items
}
RETURN id, items`,
      { ids, filter, cursor: request.cursor, limit: neo4j.int(request.size + 1) },
    );
    const byId = new Map(rows.map((row) => [row.id, row.items] as const));
    return ids.map((id) =>
      (byId.get(id) ?? []).map((item) => ({
        k: item.k,
        id: item.rel.id,
        value: { node: toRecord(item.node), rel: item.rel },
      })),
    );
  }

  private async loadCounts(spec: EdgeSpec, ids: readonly string[], filter: Filter) {
    const rows = await this.db.read<{ id: string; total: number }>(
      `UNWIND $ids AS id
MATCH (p:Entity {id: id})
RETURN id, COUNT { MATCH ${spec.pattern} ${where(spec, filter)} } AS total`,
      { ids, filter },
    );
    const byId = new Map(rows.map((row) => [row.id, row.total] as const));
    return ids.map((id) => byId.get(id) ?? 0);
  }
}

function definedFilters(spec: EdgeSpec, filter: Filter): Filter {
  const given: Filter = {};
  for (const name of Object.keys(spec.filters ?? {})) {
    if (filter[name] !== undefined && filter[name] !== null) given[name] = filter[name];
  }
  return given;
}

function where(spec: EdgeSpec, filter: Filter): string {
  const conditions = Object.keys(filter).map((name) => `(${spec.filters?.[name]})`);
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}

function cached<V>(store: Map<EdgeSpec, Map<string, V>>, spec: EdgeSpec, key: string, make: () => V): V {
  const bySpec = store.get(spec) ?? new Map<string, V>();
  store.set(spec, bySpec);
  const value = bySpec.get(key) ?? make();
  bySpec.set(key, value);
  return value;
}
