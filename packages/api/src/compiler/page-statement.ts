import type { EntityLabel } from '@diplograph/schema';
import type { EdgeSpec } from '../catalogue/relationship-fields.js';
import { NODE_EVIDENCE_PAGE, nodeEvidence } from '../loaders/node-evidence.js';
import type { PageRequest } from '../pagination.js';
import {
  nodeProjection,
  type PassageProperties,
  passageKeys,
  passageProjection,
  type RelationshipProps,
  relationshipProjection,
} from '../records.js';
import { keysetClause, keysetParams } from './keyset.js';

export type Filter = Record<string, unknown>;

/**
 * What one page of a relationship field brings: its items, with, per related node, its evidence
 * (`withEvidence`) and the pages of the relationship fields the query asks of it next (`nested`,
 * to any depth). A whole selection of relationship pages is one statement: every page is a
 * `CALL` subquery of its parent's.
 */
export interface PageShape extends BroughtAlong {
  request: PageRequest;
  /** The properties of each relationship the query reads (compiler/projection.ts); `null`: all of them. */
  relationshipProperties: readonly string[] | null;
  /**
   * Whether the query asks for cursors: only then does the statement return each item's sort key
   * (and its relationship's id, among `relationshipProperties`), which cursors are made of.
   */
  cursors: boolean;
}

/** What a statement brings along with each node it fetches: its evidence, and its next pages. */
export interface BroughtAlong {
  withEvidence: boolean;
  nested: NestedPage[];
  /** The properties of each node the query reads (compiler/projection.ts); `null`: all of them. */
  properties: readonly string[] | null;
  /** What the request asks of passages, when the nodes' evidence is brought along; `null`: all of it. */
  passages: PassageProperties | null;
}

/** A relationship page asked of every node of the page above, with the filters it was given. */
export interface NestedPage {
  spec: EdgeSpec;
  filter: Filter;
  shape: PageShape;
  /** The label a node must have to be asked it: the type of the fragment that asks it, if any. */
  on?: EntityLabel;
}

/** A page with nothing brought along. */
export const plainPage = (request: PageRequest): PageShape => ({
  request,
  withEvidence: false,
  nested: [],
  properties: null,
  relationshipProperties: null,
  passages: null,
  cursors: true,
});

/** The one page of a node's evidence that `Entity.evidence` and `sources` read, with what the request asks of passages. */
export const nodeEvidenceShape = (passages: PassageProperties | null): PageShape => ({
  ...plainPage(NODE_EVIDENCE_PAGE),
  passages,
});

/** An item of a page as a statement returns it. */
export interface RawItem {
  /** The sort key, returned only when the query asks for cursors. */
  k?: string | number;
  node: Record<string, unknown>;
  rel: RelationshipProps;
  /** The node's evidence page, when the statement brought it along. */
  evidence?: RawItem[];
  /** The node's pages of the nested fields, in the order of `PageShape.nested`. */
  nested?: RawItem[][];
}

/**
 * The properties a page projects of its nodes and relationships: a field with a projection of its
 * own (passages with their sources) takes them all.
 */
export const pageProperties = (spec: EdgeSpec, shape: PageShape) =>
  spec.passages
    ? { node: passageKeys(shape.passages), relationship: null }
    : { node: shape.properties, relationship: shape.relationshipProperties };

/** The filters a field declares that were given a value. */
export function definedFilters(spec: EdgeSpec, filter: Filter): Filter {
  const given: Filter = {};
  for (const name of Object.keys(spec.filters ?? {})) {
    if (filter[name] !== undefined && filter[name] !== null) given[name] = filter[name];
  }
  return given;
}

/** The WHERE of a field's given filters, reading them from `$filter<suffix>`. */
export function filterClause(spec: EdgeSpec, filter: Filter, suffix = ''): string {
  const conditions = Object.keys(filter).map(
    (name) => `(${spec.filters?.[name]?.replaceAll('$filter.', `$filter${suffix}.`)})`,
  );
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}

/**
 * A key that tells page shapes apart: two resolvers asking the same shape share one loader. It is
 * asked once an item of every page (to prime and to read), and a key of a deep plan is a long
 * string (over a kilobyte): the same string is handed back for a shape and filter, so that the
 * loaders' maps find it by the hash it keeps, not by hashing a new copy each time.
 */
export function shapeKey(shape: KeyedShape, filter: Filter): string {
  const filterKey = JSON.stringify(filter);
  let keys = shapeKeys.get(shape);
  if (!keys) {
    keys = new Map();
    shapeKeys.set(shape, keys);
  }
  let key = keys.get(filterKey);
  if (key === undefined) {
    key = `${filterKey}${treeKey(shape)}`;
    keys.set(filterKey, key);
  }
  return key;
}

/** The keys of a shape by its filter's JSON: a plan's filters are few. */
const shapeKeys = new WeakMap<KeyedShape, Map<string, string>>();

type KeyedShape = BroughtAlong & {
  request?: PageRequest;
  relationshipProperties?: readonly string[] | null;
  cursors?: boolean;
};

/** Shapes are planned once a request (compiler/page-plan.ts), and asked for their key once an item. */
const treeKeys = new WeakMap<KeyedShape, string>();

function treeKey(shape: KeyedShape): string {
  const known = treeKeys.get(shape);
  if (known) return known;
  const key = JSON.stringify([
    shape.request ?? null,
    shape.withEvidence,
    shape.properties,
    shape.relationshipProperties ?? null,
    shape.cursors ?? null,
    shape.passages,
    shape.nested.map((page) => [
      page.spec.pattern,
      page.spec.sortKey,
      page.on ?? null,
      JSON.stringify(page.filter),
      treeKey(page.shape),
    ]),
  ]);
  treeKeys.set(shape, key);
  return key;
}

/**
 * The `CALL` subqueries that collect, for the node bound to `parent<suffix>` (a name per depth: a
 * subquery may not rebind a variable it imports), each nested page as
 * `nested<i>`; their parameters are added to `params` under suffixes that name their path.
 */
export function nestedCalls(nested: NestedPage[], suffix: string, params: Filter): string[] {
  return nested.map(
    (page, i) => `CALL (parent${suffix}) {
  WITH parent${suffix} AS p${page.on ? ` WHERE p:${page.on}` : ''}
  ${pageBody(page.spec, page.filter, page.shape, `${suffix}_${i}`, params, `nested${i}`)}
}`,
  );
}

/** The map fields of an item beyond its key, node and relationship: its evidence and nested pages. */
export function broughtAlong(shape: BroughtAlong, node: string): string[] {
  return [
    ...(shape.withEvidence
      ? [`evidence: ${nodeEvidence(node, (passage) => passageProjection(passage, shape.passages))}`]
      : []),
    ...(shape.nested.length ? [`nested: [${shape.nested.map((_, i) => `nested${i}`).join(', ')}]`] : []),
  ];
}

/**
 * The clauses that collect the page of parent `p` as `as`, reading `$filter<suffix>`,
 * `$cursor<suffix>` and `$limit<suffix>`, with its nested pages as subqueries over each related
 * node, imported as `parent<suffix>` (importing `n` itself would bind the `n` of the subquery's pattern).
 */
export function pageBody(
  spec: EdgeSpec,
  filter: Filter,
  shape: PageShape,
  suffix: string,
  params: Filter,
  as = 'items',
): string {
  Object.assign(params, { [`filter${suffix}`]: filter }, keysetParams(shape.request, suffix));
  const nested = nestedCalls(shape.nested, suffix, params);
  const projected = pageProperties(spec, shape);
  const fields = [
    ...(shape.cursors ? ['k: k'] : []),
    `node: ${spec.passages ? passageProjection('n', shape.passages) : nodeProjection('n', projected.node)}`,
    `rel: ${relationshipProjection('r', projected.relationship)}`,
    ...broughtAlong(shape, 'n'),
  ];
  return `MATCH ${spec.pattern}
  ${filterClause(spec, filter, suffix)}
  WITH n, r, ${spec.sortKey} AS k${nested.length ? `, n AS parent${suffix}` : ''}
  ${keysetClause({ key: 'k', tiebreak: 'r.id', descending: spec.descending }, shape.request, suffix)}
  ${nested.join('\n  ')}
  RETURN collect({${fields.join(', ')}}) AS ${as}`;
}

/**
 * The statement of nodes by id (`$ids`) with what the query asks of them next, one row per node
 * found: `{node, evidence, nested}`. Each nested page runs only for nodes of its fragment's label.
 */
export function nodesStatement(shape: BroughtAlong, params: Filter): string {
  const nested = nestedCalls(shape.nested, '', params);
  const fields = [`node: ${nodeProjection('parent', shape.properties)}`, ...broughtAlong(shape, 'parent')];
  return `UNWIND $ids AS id
MATCH (parent:Entity {id: id})
${nested.join('\n')}
RETURN {${fields.join(', ')}} AS item`;
}
