import type { Database } from '@diplograph/db';
import DataLoader from 'dataloader';
import neo4j from 'neo4j-driver';
import type { PageItem, PageRequest } from '../pagination.js';
import { type GraphRecord, NODE_PROJECTION, type RelationshipProps, toRecord } from '../records.js';
import { EVIDENCE_OF_NODE, NODE_EVIDENCE_PAGE, nodeEvidence } from './node-evidence.js';

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

/** An item of a page as a statement returns it. */
export interface RawItem {
  k: string | number;
  node: Record<string, unknown>;
  rel: RelationshipProps;
  /** The node's evidence page, when the statement brought it along (see node-evidence.ts). */
  evidence?: RawItem[];
}

/** Batches one relationship field over all parents of a request: one statement per page shape. */
export class EdgeLoaders {
  private readonly pages = new Map<EdgeSpec, Map<string, DataLoader<string, PageItem<Edge>[]>>>();
  private readonly counts = new Map<EdgeSpec, Map<string, DataLoader<string, number>>>();

  constructor(private readonly db: Database) {}

  /**
   * The page of one parent. `withEvidence`: the statement also brings each related node's evidence
   * and primes the loader with it, for a query that asks for that evidence next.
   */
  page(
    spec: EdgeSpec,
    parentId: string,
    request: PageRequest,
    filter: Filter = {},
    withEvidence = false,
  ): Promise<PageItem<Edge>[]> {
    return this.pageLoader(spec, request, definedFilters(spec, filter), withEvidence).load(parentId);
  }

  /** Records the evidence page of a node that another statement fetched (see node-evidence.ts). */
  primeEvidence(nodeId: string, items: RawItem[]): void {
    this.pageLoader(EVIDENCE_OF_NODE, NODE_EVIDENCE_PAGE, {}, false).prime(nodeId, this.toItems(items));
  }

  private pageLoader(spec: EdgeSpec, request: PageRequest, given: Filter, withEvidence: boolean) {
    return cached(
      this.pages,
      spec,
      JSON.stringify([request, given, withEvidence]),
      () =>
        new DataLoader<string, PageItem<Edge>[]>((ids) =>
          this.loadPages(spec, ids, request, given, withEvidence),
        ),
    );
  }

  private toItems(items: RawItem[]): PageItem<Edge>[] {
    return items.map((item) => {
      const node = toRecord(item.node);
      if (item.evidence) this.primeEvidence(node.id, item.evidence);
      return { k: item.k, id: item.rel.id, value: { node, rel: item.rel } };
    });
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

  private async loadPages(
    spec: EdgeSpec,
    ids: readonly string[],
    request: PageRequest,
    filter: Filter,
    withEvidence: boolean,
  ) {
    const descending = Boolean(spec.descending) !== request.inverted;
    const order = descending ? 'DESC' : 'ASC';
    const after = descending ? '<' : '>';
    const cursor = request.cursor
      ? `WHERE k ${after} $cursor.k OR (k = $cursor.k AND r.id ${after} $cursor.id)`
      : '';
    const rows = await this.db.read<{ id: string; items: RawItem[] }>(
      `UNWIND $ids AS id
MATCH (p:Entity {id: id})
CALL (p) {
  MATCH ${spec.pattern}
  ${where(spec, filter)}
  WITH n, r, ${spec.sortKey} AS k
  ${cursor}
  ORDER BY k ${order}, r.id ${order}
  LIMIT $limit
  RETURN collect({k: k, node: ${(spec.project ?? NODE_PROJECTION)('n')}, rel: properties(r)${withEvidence ? `, evidence: ${nodeEvidence('n')}` : ''}}) AS items
}
RETURN id, items`,
      { ids, filter, cursor: request.cursor, limit: neo4j.int(request.size + 1) },
    );
    const byId = new Map(rows.map((row) => [row.id, row.items] as const));
    return ids.map((id) => this.toItems(byId.get(id) ?? []));
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
