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
  /** The node's pages of the nested fields, in the order of `PageShape.nested`. */
  nested?: RawItem[][];
}

/**
 * What one page statement fetches: the page of a relationship field, with, per related node,
 * its evidence (`withEvidence`) and the pages of relationship fields the query asks of it next
 * (`nested`, one level, without filters). Everything brought along primes the loaders, so that the
 * resolvers of the next level find it there.
 */
export interface PageShape {
  request: PageRequest;
  withEvidence: boolean;
  nested: NestedPage[];
}

/** A page with nothing brought along. */
export const plainPage = (request: PageRequest): PageShape => ({ request, withEvidence: false, nested: [] });

export interface NestedPage {
  spec: EdgeSpec;
  request: PageRequest;
  withEvidence: boolean;
}

/** Batches one relationship field over all parents of a request: one statement per page shape. */
export class EdgeLoaders {
  private readonly pages = new Map<EdgeSpec, Map<string, DataLoader<string, PageItem<Edge>[]>>>();
  private readonly counts = new Map<EdgeSpec, Map<string, DataLoader<string, number>>>();

  constructor(private readonly db: Database) {}

  page(spec: EdgeSpec, parentId: string, shape: PageShape, filter: Filter = {}): Promise<PageItem<Edge>[]> {
    return this.pageLoader(spec, shape, definedFilters(spec, filter)).load(parentId);
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

  /** Records the evidence page of a node that another statement fetched (see node-evidence.ts). */
  primeEvidence(nodeId: string, items: RawItem[]): void {
    this.prime(EVIDENCE_OF_NODE, plainPage(NODE_EVIDENCE_PAGE), nodeId, items);
  }

  private prime(spec: EdgeSpec, shape: PageShape, parentId: string, items: RawItem[]): void {
    this.pageLoader(spec, shape, {}).prime(parentId, this.toItems(shape, items));
  }

  private pageLoader(spec: EdgeSpec, shape: PageShape, given: Filter) {
    // Nested specs are told apart by their pattern: a spec is one relationship field.
    const nested = shape.nested.map((page) => [page.spec.pattern, page.request, page.withEvidence]);
    return cached(
      this.pages,
      spec,
      JSON.stringify([shape.request, shape.withEvidence, nested, given]),
      () => new DataLoader<string, PageItem<Edge>[]>((ids) => this.loadPages(spec, ids, shape, given)),
    );
  }

  private toItems(shape: PageShape, items: RawItem[]): PageItem<Edge>[] {
    return items.map((item) => {
      const node = toRecord(item.node);
      if (item.evidence) this.primeEvidence(node.id, item.evidence);
      shape.nested.forEach(({ spec, request, withEvidence }, i) => {
        this.prime(spec, { request, withEvidence, nested: [] }, node.id, item.nested?.[i] ?? []);
      });
      return { k: item.k, id: item.rel.id, value: { node, rel: item.rel } };
    });
  }

  private async loadPages(spec: EdgeSpec, ids: readonly string[], shape: PageShape, filter: Filter) {
    const params: Record<string, unknown> = { ids, filter };
    const nested = shape.nested.map((page, i) => {
      params[`cursor${i}`] = page.request.cursor;
      params[`limit${i}`] = neo4j.int(page.request.size + 1);
      return `CALL (parent) {
    WITH parent AS p
    ${pageBody(page.spec, {}, page.request, page.withEvidence, `${i}`, [], `nested${i}`)}
  }`;
    });
    params.cursor = shape.request.cursor;
    params.limit = neo4j.int(shape.request.size + 1);
    // One row per item, not per parent: the driver decodes a large record much more slowly than
    // as many small ones.
    const rows = await this.db.read<{ id: string; item: RawItem }>(
      `UNWIND $ids AS id
MATCH (p:Entity {id: id})
CALL (p) {
  ${pageBody(spec, filter, shape.request, shape.withEvidence, '', nested)}
}
UNWIND items AS item
RETURN id, item`,
      params,
    );
    const byId = new Map<string, RawItem[]>();
    for (const row of rows) {
      const items = byId.get(row.id) ?? [];
      items.push(row.item);
      byId.set(row.id, items);
    }
    return ids.map((id) => this.toItems(shape, byId.get(id) ?? []));
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

/**
 * The clauses that collect the page of parent `p` as `as`, reading `$cursor<suffix>` and
 * `$limit<suffix>`. `nested`: subqueries over each related node, imported as `parent` (importing
 * `n` itself would bind the `n` of the subquery's pattern), the i-th returning `nested<i>`.
 */
function pageBody(
  spec: EdgeSpec,
  filter: Filter,
  request: PageRequest,
  withEvidence: boolean,
  suffix: string,
  nested: string[] = [],
  as = 'items',
): string {
  const descending = Boolean(spec.descending) !== request.inverted;
  const order = descending ? 'DESC' : 'ASC';
  const after = descending ? '<' : '>';
  const cursor = `$cursor${suffix}`;
  const fields = [
    'k: k',
    `node: ${(spec.project ?? NODE_PROJECTION)('n')}`,
    'rel: properties(r)',
    ...(withEvidence ? [`evidence: ${nodeEvidence('n')}`] : []),
    ...(nested.length ? [`nested: [${nested.map((_, i) => `nested${i}`).join(', ')}]`] : []),
  ];
  return `MATCH ${spec.pattern}
  ${where(spec, filter)}
  WITH n, r, ${spec.sortKey} AS k${nested.length ? ', n AS parent' : ''}
  ${request.cursor ? `WHERE k ${after} ${cursor}.k OR (k = ${cursor}.k AND r.id ${after} ${cursor}.id)` : ''}
  ORDER BY k ${order}, r.id ${order}
  LIMIT $limit${suffix}
  ${nested.join('\n  ')}
  RETURN collect({${fields.join(', ')}}) AS ${as}`;
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
