import type { Database } from '@diplograph/db';
import DataLoader from 'dataloader';
import { type EdgeSpec, EVIDENCE_OF_NODE } from '../catalogue/relationship-fields.js';
import {
  type BroughtAlong,
  definedFilters,
  type Filter,
  filterClause,
  type NestedPage,
  nodeEvidenceShape,
  type PageShape,
  pageBody,
  pageProperties,
  type RawItem,
  shapeKey,
} from '../compiler/page-statement.js';
import type { PageItem } from '../pagination.js';
import {
  checkedReads,
  type GraphRecord,
  type PassageProperties,
  type RelationshipProps,
  toRecord,
} from '../records.js';

export interface Edge<T = GraphRecord> {
  node: T;
  rel: RelationshipProps;
}

/**
 * Batches one relationship field over all parents of a request: one statement per page shape,
 * which brings the whole selection below the page (see compiler/page-statement.ts). What a
 * statement brings along primes these loaders, so the resolvers below find it here.
 */
export class EdgeLoaders {
  private readonly pages = new Map<EdgeSpec, Map<string, DataLoader<string, PageItem<Edge>[]>>>();
  private readonly counts = new Map<EdgeSpec, Map<string, DataLoader<string, number>>>();
  /** The pages statements brought along, by loader and parent; the first brought stays. */
  private readonly brought = new WeakMap<
    DataLoader<string, PageItem<Edge>[]>,
    Map<string, PageItem<Edge>[]>
  >();

  constructor(private readonly db: Database) {}

  /**
   * A page as soon as it is known: at once when a statement brought it along (most pages of a
   * planned query), so that a resolver can return it as a value, which graphql-js completes much
   * faster than a promise; otherwise once its batch has run.
   */
  page(
    spec: EdgeSpec,
    parentId: string,
    shape: PageShape,
    filter: Filter = {},
  ): PageItem<Edge>[] | Promise<PageItem<Edge>[]> {
    const loader = this.pageLoader(spec, shape, definedFilters(spec, filter));
    return this.brought.get(loader)?.get(parentId) ?? loader.load(parentId);
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

  /** Records a relationship page of a node that another statement fetched. */
  primePage(spec: EdgeSpec, parentId: string, shape: PageShape, filter: Filter, items: RawItem[]): void {
    this.prime(spec, shape, definedFilters(spec, filter), parentId, items);
  }

  /** Records the evidence page of a node that another statement fetched, projected as `passages`. */
  primeEvidence(nodeId: string, items: RawItem[], passages: PassageProperties | null): void {
    this.prime(EVIDENCE_OF_NODE, nodeEvidenceShape(passages), {}, nodeId, items);
  }

  /** Records what a statement brought along for a node: its evidence and its nested pages. */
  primeBroughtAlong(
    node: GraphRecord,
    shape: BroughtAlong,
    item: Pick<RawItem, 'evidence' | 'nested'>,
  ): void {
    if (item.evidence) this.primeEvidence(node.id, item.evidence, shape.passages);
    shape.nested.forEach((page: NestedPage, i) => {
      // A page of another type's fragment did not run for this node: it primes nothing (an empty
      // page primed first would hide the one of the node's own type).
      if (page.on && page.on !== node.__typename) return;
      this.prime(page.spec, page.shape, page.filter, node.id, item.nested?.[i] ?? []);
    });
  }

  private prime(spec: EdgeSpec, shape: PageShape, filter: Filter, parentId: string, items: RawItem[]): void {
    const loader = this.pageLoader(spec, shape, filter);
    const pages = this.brought.get(loader) ?? new Map<string, PageItem<Edge>[]>();
    this.brought.set(loader, pages);
    if (!pages.has(parentId)) pages.set(parentId, this.toItems(spec, shape, items));
  }

  private pageLoader(spec: EdgeSpec, shape: PageShape, given: Filter) {
    return cached(
      this.pages,
      spec,
      shapeKey(shape, given),
      () => new DataLoader<string, PageItem<Edge>[]>((ids) => this.loadPages(spec, ids, shape, given)),
    );
  }

  private toItems(spec: EdgeSpec, shape: PageShape, items: RawItem[]): PageItem<Edge>[] {
    const projected = pageProperties(spec, shape);
    return items.map((item) => {
      const node = toRecord(item.node, projected.node);
      this.primeBroughtAlong(node, shape, item);
      return {
        k: item.k ?? null,
        id: item.rel.id,
        value: { node, rel: checkedReads(item.rel, projected.relationship) },
      };
    });
  }

  private async loadPages(spec: EdgeSpec, ids: readonly string[], shape: PageShape, filter: Filter) {
    const params: Record<string, unknown> = { ids };
    // One row per item, not per parent: the driver decodes a large record much more slowly than
    // as many small ones.
    const rows = await this.db.read<{ id: string; item: RawItem }>(
      `UNWIND $ids AS id
MATCH (p:Entity {id: id})
CALL (p) {
  ${pageBody(spec, filter, shape, '', params)}
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
    return ids.map((id) => this.toItems(spec, shape, byId.get(id) ?? []));
  }

  private async loadCounts(spec: EdgeSpec, ids: readonly string[], filter: Filter) {
    const rows = await this.db.read<{ id: string; total: number }>(
      `UNWIND $ids AS id
MATCH (p:Entity {id: id})
RETURN id, COUNT { MATCH ${spec.pattern} ${filterClause(spec, filter)} } AS total`,
      { ids, filter },
    );
    const byId = new Map(rows.map((row) => [row.id, row.total] as const));
    return ids.map((id) => byId.get(id) ?? 0);
  }
}

/** Looked up for every item a statement brought along: the maps are written only when a value is new. */
function cached<V>(store: Map<EdgeSpec, Map<string, V>>, spec: EdgeSpec, key: string, make: () => V): V {
  let bySpec = store.get(spec);
  if (!bySpec) {
    bySpec = new Map<string, V>();
    store.set(spec, bySpec);
  }
  let value = bySpec.get(key);
  if (value === undefined) {
    value = make();
    bySpec.set(key, value);
  }
  return value;
}
