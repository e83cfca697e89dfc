import {
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isObjectType,
} from 'graphql';
import { CONNECTION_NODES, children, fieldsAt, LINK_NODE, type Selection } from '../selection.js';

/**
 * What a field reads of its node, or an edge's field of its relationship, when that is not the
 * property of its own name: `confidence` reads `origin` too, `sources` the relationship's `evidence`.
 */
export const reads = (...properties: string[]) => ({ reads: properties });

/**
 * What an edge's field reads of the nodes at both ends (`heldPost` reads the event's date, whether
 * the event is the edge's node or the node it was listed from).
 */
export const readsEnds = (...properties: string[]) => ({ readsEnds: properties });

/** Where the related nodes are below a connection type (its edges and nodes) or a link type (its node). */
export function relatedNodes(type: GraphQLOutputType): { paths: string[][]; type?: GraphQLNamedType } {
  const named = getNamedType(type);
  if (!isObjectType(named)) return { paths: [] };
  const fields = named.getFields();
  const [paths, nodes] = fields.nodes ? [CONNECTION_NODES, fields.nodes] : [LINK_NODE, fields.node];
  return { paths, type: nodes && getNamedType(nodes.type) };
}

/**
 * The properties a statement must project of the nodes of a relationship field (a connection or
 * a link, `type`) so that every field the query asks of them, and of the edges on either side of
 * them, finds what it reads: a field reads the property of its name unless it declares `reads`;
 * an edge's fields read nothing of its ends unless they declare it. A relationship field finds no
 * property of its name, which costs a null. `null` (every property) for nodes of no object type.
 */
export function selectedProperties(
  selection: Selection,
  type: GraphQLOutputType,
  schema: GraphQLSchema,
): string[] | null {
  const related = relatedNodes(type);
  const types = objectTypes(related.type, schema);
  if (!types.length) return null;
  const properties = new Set(['id', ...edgeReads(selection, type)]);
  const nodes: Selection = {
    ...selection,
    fieldNodes: related.paths.flatMap((path) => fieldsAt(selection, path)),
  };
  for (const field of children(nodes)) {
    const name = field.name.value;
    if (name.startsWith('__')) continue;
    for (const object of types) {
      const definition = object.getFields()[name];
      if (!definition) continue;
      for (const property of declaredReads(definition) ?? [name]) properties.add(property);
      // The edges of the node's own relationship fields may read it, as their other end.
      for (const property of edgeReads({ ...nodes, fieldNodes: [field] }, definition.type))
        properties.add(property);
    }
  }
  return [...properties];
}

/** The object types a node of `type` may have. */
function objectTypes(type: GraphQLNamedType | undefined, schema: GraphQLSchema) {
  if (type && isObjectType(type)) return [type];
  return type && isAbstractType(type) ? [...schema.getPossibleTypes(type)] : [];
}

/**
 * The properties a statement must project of the relationships of a relationship field (`type`):
 * what the fields asked of its edges read, and the id, which pages by. `null` (every property)
 * when the field has no edges.
 */
export function selectedRelationshipProperties(
  selection: Selection,
  type: GraphQLOutputType,
): string[] | null {
  const edges = edgeFields(selection, type);
  if (!edges) return null;
  const properties = new Set(['id']);
  for (const { field, definition } of edges) {
    if (field.name.value === 'node' || field.name.value === 'cursor') continue;
    for (const property of declared(definition, 'reads') ?? [field.name.value]) properties.add(property);
  }
  return [...properties];
}

/** What the fields asked of a relationship field's edges read of the nodes at their ends. */
function edgeReads(selection: Selection, type: GraphQLOutputType): string[] {
  return (edgeFields(selection, type) ?? []).flatMap(
    ({ definition }) => declared(definition, 'readsEnds') ?? [],
  );
}

/** The fields asked of a relationship field's edges (a connection's `edges`, a link itself), with their definitions. */
function edgeFields(selection: Selection, type: GraphQLOutputType) {
  const named = getNamedType(type);
  if (!isObjectType(named)) return undefined;
  const fields = named.getFields();
  const [path, edgeType] = fields.edges
    ? [['edges'], getNamedType(fields.edges.type)]
    : [[], fields.node ? named : undefined];
  if (!edgeType || !isObjectType(edgeType)) return undefined;
  const edges: Selection = { ...selection, fieldNodes: fieldsAt(selection, path) };
  return children(edges).flatMap((field) => {
    const definition = edgeType.getFields()[field.name.value];
    return definition ? [{ field, definition }] : [];
  });
}

/** What a field says it reads: its `reads`, or the property Pothos's `expose` gives it (`summary` exposes `name`). */
function declaredReads(field: GraphQLField<unknown, unknown>): string[] | undefined {
  const exposed = field.extensions.pothosExposedField;
  return declared(field, 'reads') ?? (typeof exposed === 'string' ? [exposed] : undefined);
}

function declared(field: GraphQLField<unknown, unknown>, key: 'reads' | 'readsEnds'): string[] | undefined {
  const value = field.extensions[key];
  return Array.isArray(value) && value.every((p) => typeof p === 'string') ? value : undefined;
}
