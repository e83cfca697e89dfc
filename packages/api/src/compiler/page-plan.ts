import {
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  getArgumentValues,
  getNamedType,
  isObjectType,
} from 'graphql';
import type { EdgeSpec } from '../catalogue/relationship-fields.js';
import { type PageArgs, type PageRequest, pageRequest } from '../pagination.js';
import { asksNodeEvidence, CONNECTION_NODES, children, fieldsAt, type Selection } from '../selection.js';
import { definedFilters, type NestedPage, type PageShape } from './page-statement.js';

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
  const pages = new Map<string, NestedPage>();
  for (const path of CONNECTION_NODES) {
    const nodes: Selection = { fieldNodes: fieldsAt(selection, path), fragments: info.fragments };
    for (const field of children(nodes)) {
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
