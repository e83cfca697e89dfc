import { ENTITY_LABELS } from '@diplograph/schema';
import {
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  getArgumentValues,
  getNamedType,
  isAbstractType,
  isObjectType,
} from 'graphql';
import type { EdgeSpec } from '../catalogue/relationship-fields.js';
import { type PageArgs, type PageRequest, pageRequest } from '../pagination.js';
import {
  asksCursors,
  asksNodeEvidence,
  children,
  childrenOn,
  fieldsAt,
  type Selection,
} from '../selection.js';
import { type BroughtAlong, definedFilters, type NestedPage, type PageShape } from './page-statement.js';
import { PlanCache } from './plan-cache.js';
import {
  passageProperties,
  relatedNodes,
  selectedProperties,
  selectedRelationshipProperties,
} from './projection.js';

/** Connection types whose page can be fetched inside the statement of their parent's page or list. */
const NESTABLE = new Map<string, EdgeSpec>();

/** Declares a connection type as one the planner may fetch with the level above it. */
export function nestable(connectionType: string, spec: EdgeSpec): void {
  NESTABLE.set(connectionType, spec);
}

/**
 * Link fields (one related node: `madeAt`, `country`) by their relationship's pattern. Link types
 * are shared (an `EventLink` is a commitment's `madeAt` and an event's `partOf`), so the field
 * names its relationship in its extensions.
 */
const LINKS = new Map<string, EdgeSpec>();

/** Declares a link field's relationship; returns the extensions that name it on the field. */
export function linkable(spec: EdgeSpec): { link: string } {
  LINKS.set(spec.pattern, spec);
  return { link: spec.pattern };
}

/** The one page of a link: its first item. */
const LINK_REQUEST: PageRequest = { size: 1, cursor: null, inverted: false };

function linkOf(field: GraphQLField<unknown, unknown>): EdgeSpec | undefined {
  const key = field.extensions.link;
  return typeof key === 'string' ? LINKS.get(key) : undefined;
}

/**
 * The plan of a connection field: its page, whether its nodes' evidence is asked for, and, to any
 * depth, the pages of nestable connections the query asks of its nodes, so that one statement
 * fetches the list and everything below it (actor → events → commitments → themes → …).
 */
export function pageShape(info: GraphQLResolveInfo, args: PageArgs): PageShape {
  return pagePlans.get(info, () => shapeOf(info, info.returnType, pageRequest(args), info));
}

/** The plan of a link field: its one item, with what the query asks of its node next. */
export function linkShape(info: GraphQLResolveInfo): PageShape {
  return pagePlans.get(info, () => shapeOf(info, info.returnType, LINK_REQUEST, info));
}

const pagePlans = new PlanCache<PageShape>();
const nodePlans = new PlanCache<BroughtAlong>();

/** A connection's or a link's plan: `type` is the connection or link type the field returns. */
function shapeOf(
  selection: Selection,
  type: GraphQLOutputType,
  request: PageRequest,
  info: GraphQLResolveInfo,
): PageShape {
  const related = relatedNodes(type);
  const withEvidence = asksNodeEvidence(selection, related.paths);
  const nodes: Selection = {
    fieldNodes: related.paths.flatMap((path) => fieldsAt(selection, path)),
    fragments: info.fragments,
  };
  // A link's one item has no cursor.
  const cursors = request !== LINK_REQUEST && asksCursors(selection);
  return {
    request,
    withEvidence,
    nested: pagesByType(nodes, related.type, info),
    properties: selectedProperties(selection, type, info.schema),
    relationshipProperties: selectedRelationshipProperties(selection, type, cursors),
    passages: withEvidence ? passageProperties(info) : null,
    cursors,
  };
}

/**
 * The plan of a root field that returns nodes by id (`node`, `nodes`): whether their evidence is
 * asked, and for each type of the graph its nodes may have, the nestable fields its fragments ask
 * (each page guarded by that type's label, which is the type's name), so that
 * `node(id:) { ... on Person { events } }` is one statement.
 */
export function nodeShape(info: GraphQLResolveInfo): BroughtAlong {
  return nodePlans.get(info, () => nodeShapeOf(info));
}

function nodeShapeOf(info: GraphQLResolveInfo): BroughtAlong {
  const withEvidence = asksNodeEvidence(info, [[]]);
  return {
    withEvidence,
    nested: pagesByType(info, getNamedType(info.returnType), info),
    // Whole nodes: they prime the loader of nodes by id, which every field may read.
    properties: null,
    passages: withEvidence ? passageProperties(info) : null,
  };
}

/**
 * The nestable pages the selection asks of nodes of `type`. Nodes of an interface type (a
 * `node(id:)`, a derivation's `Entity`) are asked fields in fragments on some of their types: each
 * such page is planned for its type and guarded by that type's label, which is the type's name.
 */
function pagesByType(
  selection: Selection,
  type: GraphQLNamedType | undefined,
  info: GraphQLResolveInfo,
): NestedPage[] {
  if (type && isObjectType(type)) return pagesOf(children(selection), type, info);
  if (!type || !isAbstractType(type)) return [];
  return info.schema.getPossibleTypes(type).flatMap((object) => {
    const label = ENTITY_LABELS.find((l) => l === object.name);
    return label
      ? pagesOf(childrenOn(selection, object), object, info).map((page) => ({ ...page, on: label }))
      : [];
  });
}

/** The pages of the nestable connection fields among `fields`, asked of nodes of `nodeType`. */
function pagesOf(fields: FieldNode[], nodeType: GraphQLObjectType, info: GraphQLResolveInfo): NestedPage[] {
  const pages = new Map<string, NestedPage>();
  for (const field of fields) {
    const definition = nodeType.getFields()[field.name.value];
    const link = definition && linkOf(definition);
    const spec = definition && (NESTABLE.get(getNamedType(definition.type).name) ?? link);
    if (!definition || !spec) continue;
    let args: Record<string, unknown>;
    let request: PageRequest;
    try {
      args = getArgumentValues(definition, field, info.variableValues);
      request = link ? LINK_REQUEST : pageRequest(args);
    } catch {
      continue; // the field's own resolver reports its arguments' error
    }
    const below: Selection = { fieldNodes: [field], fragments: info.fragments };
    const page = {
      spec,
      filter: definedFilters(spec, args),
      shape: shapeOf(below, definition.type, request, info),
    };
    pages.set(JSON.stringify([field.alias?.value ?? field.name.value, page.filter, request]), page);
  }
  return [...pages.values()];
}
