import {
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  getArgumentValues,
  getNamedType,
  isObjectType,
} from 'graphql';
import type { EdgeSpec, NestedPage, PageShape } from '../loaders/edge-loader.js';
import { type PageArgs, type PageRequest, pageRequest } from '../pagination.js';
import { asksNodeEvidence, CONNECTION_NODES, children, fieldsAt, type Selection } from '../selection.js';

/** Connection types whose page can be fetched inside the statement of their parent's list. */
const NESTABLE = new Map<string, EdgeSpec>();

/** Declares a connection type (without filters) as one `nestedPages` may fetch ahead. */
export function nestable(connectionType: string, spec: EdgeSpec): void {
  NESTABLE.set(connectionType, spec);
}

/**
 * The shape of the page a connection field resolves: whether its nodes' evidence is asked for,
 * and the pages of nestable connections the query asks of each node, so that one statement
 * fetches the list and the next level (actor → events → commitments).
 */
export function pageShape(info: GraphQLResolveInfo, args: PageArgs): PageShape {
  return {
    request: pageRequest(args),
    withEvidence: asksNodeEvidence(info, CONNECTION_NODES),
    nested: nestedPages(info),
  };
}

function nestedPages(info: GraphQLResolveInfo): NestedPage[] {
  const nodeType = connectionNodeType(info);
  // Nodes of an interface type may be asked a field in fragments of some types only: none is fetched ahead.
  if (!nodeType) return [];
  const pages = new Map<string, NestedPage>();
  for (const path of CONNECTION_NODES) {
    const nodes: Selection = { fieldNodes: fieldsAt(info, path), fragments: info.fragments };
    for (const field of children(nodes)) {
      const definition = nodeType.getFields()[field.name.value];
      const spec = definition && NESTABLE.get(getNamedType(definition.type).name);
      if (!definition || !spec) continue;
      let request: PageRequest;
      try {
        request = pageRequest(getArgumentValues(definition, field, info.variableValues) as PageArgs);
      } catch {
        continue; // the field's own resolver reports its arguments' error
      }
      const below: Selection = { fieldNodes: [field], fragments: info.fragments };
      const page = { spec, request, withEvidence: asksNodeEvidence(below, CONNECTION_NODES) };
      pages.set(JSON.stringify([spec.pattern, request, page.withEvidence]), page);
    }
  }
  return [...pages.values()];
}

function connectionNodeType(info: GraphQLResolveInfo): GraphQLObjectType | undefined {
  const connection = getNamedType(info.returnType);
  if (!isObjectType(connection)) return undefined;
  const nodes = connection.getFields().nodes;
  const type = nodes && getNamedType(nodes.type);
  return type && isObjectType(type) ? type : undefined;
}
