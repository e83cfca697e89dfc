import { ENTITY_LABELS } from '@diplograph/schema';
import {
  type FieldNode,
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
  asksNodeEvidence,
  CONNECTION_NODES,
  children,
  childrenOn,
  fieldsAt,
  type Selection,
} from '../selection.js';
import { type BroughtAlong, definedFilters, type NestedPage, type PageShape } from './page-statement.js';

/** Connection types whose page can be fetched inside the statement of their parent's page or list. */
const NESTABLE = new Map<string, EdgeSpec>();

/** Declares a connection type as one the planner may fetch with the level above it. */
export function nestable(connectionType: string, spec: EdgeSpec): void {
  NESTABLE.set(connectionType, spec);
}

/**
 * The plan of a connection field: its page, whether its nodes' evidence is asked for, and, to any
 * depth, the pages of nestable connections the query asks of its nodes, so that one statement
 * fetches the list and everything below it (actor → events → commitments → themes → …).
 */
export function pageShape(info: GraphQLResolveInfo, args: PageArgs): PageShape {
  return shapeOf(info, info.returnType, pageRequest(args), info);
}

function shapeOf(
  selection: Selection,
  connection: GraphQLOutputType,
  request: PageRequest,
  info: GraphQLResolveInfo,
): PageShape {
  return {
    request,
    withEvidence: asksNodeEvidence(selection, CONNECTION_NODES),
    nested: nestedPages(selection, connection, info),
  };
}

function nestedPages(
  selection: Selection,
  connection: GraphQLOutputType,
  info: GraphQLResolveInfo,
): NestedPage[] {
  const nodeType = connectionNodeType(connection);
  // Nodes of an interface type may be asked a field in fragments of some types only: none is fetched ahead.
  if (!nodeType) return [];
  const nodes: Selection[] = CONNECTION_NODES.map((path) => ({
    fieldNodes: fieldsAt(selection, path),
    fragments: info.fragments,
  }));
  return pagesOf(
    nodes.flatMap((n) => children(n)),
    nodeType,
    info,
  );
}

/**
 * The plan of a root field that returns nodes by id (`node`, `nodes`): whether their evidence is
 * asked, and for each type of the graph its nodes may have, the nestable fields its fragments ask
 * (each page guarded by that type's label, which is the type's name), so that
 * `node(id:) { ... on Person { events } }` is one statement.
 */
export function nodeShape(info: GraphQLResolveInfo): BroughtAlong {
  return { withEvidence: asksNodeEvidence(info, [[]]), nested: nodePages(info) };
}

function nodePages(info: GraphQLResolveInfo): NestedPage[] {
  const named = getNamedType(info.returnType);
  const types = isAbstractType(named)
    ? info.schema.getPossibleTypes(named)
    : isObjectType(named)
      ? [named]
      : [];
  return types.flatMap((type) => {
    const label = ENTITY_LABELS.find((l) => l === type.name);
    return label ? pagesOf(childrenOn(info, type), type, info).map((page) => ({ ...page, on: label })) : [];
  });
}

/** The pages of the nestable connection fields among `fields`, asked of nodes of `nodeType`. */
function pagesOf(fields: FieldNode[], nodeType: GraphQLObjectType, info: GraphQLResolveInfo): NestedPage[] {
  const pages = new Map<string, NestedPage>();
  for (const field of fields) {
    const definition = nodeType.getFields()[field.name.value];
    const spec = definition && NESTABLE.get(getNamedType(definition.type).name);
    if (!definition || !spec) continue;
    let args: Record<string, unknown>;
    let request: PageRequest;
    try {
      args = getArgumentValues(definition, field, info.variableValues);
      request = pageRequest(args);
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

function connectionNodeType(type: GraphQLOutputType): GraphQLObjectType | undefined {
  const connection = getNamedType(type);
  if (!isObjectType(connection)) return undefined;
  const nodes = connection.getFields().nodes;
  const node = nodes && getNamedType(nodes.type);
  return node && isObjectType(node) ? node : undefined;
}
