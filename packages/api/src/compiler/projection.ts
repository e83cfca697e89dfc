import {
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { PassageProperties } from '../records.js';
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

/** Where a relationship field's related nodes and its edges are, with their types. */
export interface RelatedNodes {
  /** The paths to the nodes: a connection's `edges { node }` and `nodes`, a link's `node`. */
  paths: string[][];
  type?: GraphQLNamedType;
  /** The path to the edges, which carry the relationship: a connection's `edges`, a link itself. */
  edgePath: string[];
  edgeType?: GraphQLNamedType;
}

/** The nodes and edges below a connection type or a link type. */
export function relatedNodes(type: GraphQLOutputType): RelatedNodes {
  const named = getNamedType(type);
  if (!isObjectType(named)) return { paths: [], edgePath: [] };
  const fields = named.getFields();
  if (fields.nodes)
    return {
      paths: CONNECTION_NODES,
      type: getNamedType(fields.nodes.type),
      edgePath: ['edges'],
      edgeType: fields.edges && getNamedType(fields.edges.type),
    };
  return {
    paths: LINK_NODE,
    type: fields.node && getNamedType(fields.node.type),
    edgePath: [],
    edgeType: fields.node ? named : undefined,
  };
}

/**
 * The properties a statement must project of the nodes of a relationship field (a connection or
 * a link, `type`) so that every field the query asks of them, and of the edges on either side of
 * them, finds what it reads: a field reads the property of its name unless it declares `reads`;
 * an edge's fields read nothing of its ends unless they declare it; a relationship field reads
 * none. `null` (every property) for nodes of no object type.
 */
export function selectedProperties(
  selection: Selection,
  type: GraphQLOutputType,
  schema: GraphQLSchema,
): string[] | null {
  const related = relatedNodes(type);
  const properties = nodeProperties(selection, related.paths, related.type, schema);
  return properties && [...new Set([...properties, ...edgeReads(selection, type)])];
}

/**
 * The properties the fields asked of the nodes at `paths` below `selection` read, with the id,
 * for nodes of `type`; `null` (every property) for nodes of no object type.
 */
export function nodeProperties(
  selection: Selection,
  paths: string[][],
  type: GraphQLNamedType | null | undefined,
  schema: GraphQLSchema,
): string[] | null {
  const types = objectTypes(type ?? undefined, schema);
  if (!types.length) return null;
  const nodes: Selection = { ...selection, fieldNodes: paths.flatMap((path) => fieldsAt(selection, path)) };
  const properties = new Set(['id']);
  for (const field of children(nodes)) {
    for (const property of fieldReads(field, types)) properties.add(property);
    for (const object of types) {
      const definition = object.getFields()[field.name.value];
      // The edges of the node's own relationship fields may read it, as their other end.
      if (definition)
        for (const property of edgeReads({ ...nodes, fieldNodes: [field] }, definition.type))
          properties.add(property);
    }
  }
  return [...properties];
}

/**
 * What a field asked of a node of one of `types` reads of it. A relationship field (a connection
 * or a link) reads its page, not a property of its name: projecting one cost Neo4j a lookup and
 * the driver a null to decode for every node (three a meeting on the wide page).
 */
function fieldReads(field: FieldNode, types: readonly GraphQLObjectType[]): string[] {
  const name = field.name.value;
  if (name.startsWith('__')) return [];
  return types.flatMap((object) => {
    const definition = object.getFields()[name];
    if (!definition) return [];
    return declaredReads(definition) ?? (relatedNodes(definition.type).type ? [] : [name]);
  });
}

/**
 * What a request asks of passages and their sources, wherever its query asks for them: every
 * statement of the request that brings passages projects this, so that they all prime, and
 * read, one loader. Made once an operation.
 */
export function passageProperties(info: GraphQLResolveInfo): PassageProperties {
  const known = passagesByOperation.get(info.operation);
  if (known) return known;
  const passage = new Set(['id']);
  const source = new Set(['id']);
  let sourceAsked = false;
  const select = (node: FieldNode) => children({ fieldNodes: [node], fragments: info.fragments });
  const walk = (set: SelectionSetNode | undefined, type: GraphQLNamedType | undefined, seen: Set<string>) => {
    for (const node of set?.selections ?? []) {
      if (node.kind === Kind.INLINE_FRAGMENT) {
        const condition = node.typeCondition && info.schema.getType(node.typeCondition.name.value);
        walk(node.selectionSet, condition ?? type, seen);
        continue;
      }
      if (node.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = info.fragments[node.name.value];
        if (!fragment || seen.has(node.name.value)) continue;
        const condition = info.schema.getType(fragment.typeCondition.name.value) ?? undefined;
        walk(fragment.selectionSet, condition, new Set([...seen, node.name.value]));
        continue;
      }
      const returned = fieldType(type, node.name.value, info.schema);
      if (returned && isObjectType(returned) && returned.name === 'Evidence') {
        for (const field of select(node)) {
          for (const property of fieldReads(field, [returned])) passage.add(property);
          const sourceType = field.name.value === 'source' && fieldType(returned, 'source', info.schema);
          if (!sourceType || !isObjectType(sourceType)) continue;
          sourceAsked = true;
          for (const asked of select(field))
            for (const property of fieldReads(asked, [sourceType])) source.add(property);
        }
      }
      walk(node.selectionSet, returned, seen);
    }
  };
  walk(
    info.operation.selectionSet,
    info.schema.getRootType(info.operation.operation) ?? undefined,
    new Set(),
  );
  const properties = { passage: [...passage], source: sourceAsked ? [...source] : null };
  passagesByOperation.set(info.operation, properties);
  return properties;
}

const passagesByOperation = new WeakMap<OperationDefinitionNode, PassageProperties>();

/** The named type a field of `type` returns, looked up on its possible types when `type` is abstract. */
function fieldType(type: GraphQLNamedType | undefined, name: string, schema: GraphQLSchema) {
  const definition = objectTypes(type, schema)
    .map((owner) => owner.getFields()[name])
    .find((d) => d !== undefined);
  return definition && getNamedType(definition.type);
}

/** The object types a node of `type` may have. */
function objectTypes(type: GraphQLNamedType | undefined, schema: GraphQLSchema) {
  if (type && isObjectType(type)) return [type];
  return type && isAbstractType(type) ? [...schema.getPossibleTypes(type)] : [];
}

/**
 * The properties a statement must project of the relationships of a relationship field (`type`):
 * what the fields asked of its edges read, and the id, which cursors are made of, when `cursors`
 * are asked. `null` (every property) when the field has no edges.
 */
export function selectedRelationshipProperties(
  selection: Selection,
  type: GraphQLOutputType,
  cursors = true,
): string[] | null {
  const edges = edgeFields(selection, type);
  if (!edges) return null;
  const properties = new Set(cursors ? ['id'] : []);
  for (const { field, definition } of edges) {
    if (field.name.value === 'node' || field.name.value === 'cursor') continue;
    for (const property of declaredReads(definition) ?? [field.name.value]) properties.add(property);
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
  const { edgePath, edgeType } = relatedNodes(type);
  if (!edgeType || !isObjectType(edgeType)) return undefined;
  const edges: Selection = { ...selection, fieldNodes: fieldsAt(selection, edgePath) };
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
