import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../pagination.js';

/**
 * The weights of the estimate, those graphql-armor's cost limit used before: a leaf costs 1, an
 * object 2 plus 1.2 times what it selects, times the number of items it can hold.
 */
const LEAF = 1;
const OBJECT = 2;
const NESTING = 1.2;

/**
 * How many items a field can return, read from its arguments (their values in the document or the
 * variables, else their defaults): `first`/`last` of a page (a connection without them holds the
 * default page), `limit` of a graph view, the `ids` asked for. A variable whose value is unknown
 * counts as the largest page. Other fields hold one item, or an unbounded list of a node's own
 * (its evidence), counted as one.
 */
function itemsOf(
  field: FieldNode,
  definition: GraphQLField<unknown, unknown>,
  variables: Record<string, unknown>,
) {
  const value = (name: string): unknown => {
    const given = field.arguments?.find((a) => a.name.value === name)?.value;
    if (given) return literal(given, variables);
    return definition.args.find((a) => a.name === name)?.defaultValue;
  };
  const count = (v: unknown, fallback: number) => (typeof v === 'number' && v > 0 ? v : fallback);
  const has = (name: string) => definition.args.some((a) => a.name === name);
  if (has('first') || has('last')) {
    const page = value('first') ?? value('last');
    return page === undefined ? DEFAULT_PAGE_SIZE : count(page, MAX_PAGE_SIZE);
  }
  if (has('limit')) return count(value('limit'), 1);
  if (has('ids')) {
    const ids = value('ids');
    return Array.isArray(ids) ? Math.max(1, ids.length) : 1;
  }
  return 1;
}

/** A literal's value, a variable's, or undefined (a variable not given, an object). */
function literal(node: ValueNode, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case Kind.INT:
      return Number(node.value);
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.LIST:
      return node.values;
    default:
      return undefined;
  }
}

/**
 * Estimated cost of the operation a request runs: what MAX_COST caps and what admission control
 * weighs. Fragments count as the selections they stand for (each named one is costed once per
 * type); introspection costs nothing, being answered from memory.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> = {},
): number {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  const root = schema.getQueryType();
  if (!operation || !root) return 0;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const costed = new Map<string, number>();

  const selectionCost = (set: SelectionSetNode, type: GraphQLCompositeType): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        cost += fieldCost(selection, type);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition && schema.getType(selection.typeCondition.name.value);
        cost += selectionCost(selection.selectionSet, isCompositeType(condition) ? condition : type);
      } else {
        cost += fragmentCost(selection.name.value);
      }
    }
    return cost;
  };

  const fragmentCost = (name: string): number => {
    const known = costed.get(name);
    if (known !== undefined) return known;
    // Validation refuses cycles before this runs; the 0 keeps a cycle from looping all the same.
    costed.set(name, 0);
    const fragment = fragments.get(name);
    const type = fragment && schema.getType(fragment.typeCondition.name.value);
    const cost = fragment && isCompositeType(type) ? selectionCost(fragment.selectionSet, type) : 0;
    costed.set(name, cost);
    return cost;
  };

  const fieldCost = (field: FieldNode, parent: GraphQLCompositeType): number => {
    if (field.name.value.startsWith('__')) return field.name.value === '__typename' ? LEAF : 0;
    const definition =
      isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[field.name.value] : undefined;
    if (!definition) return LEAF;
    const type = getNamedType(definition.type);
    if (!field.selectionSet || !isCompositeType(type)) return LEAF;
    return (
      itemsOf(field, definition, variables) * (OBJECT + NESTING * selectionCost(field.selectionSet, type))
    );
  };

  return Math.round(selectionCost(operation.selectionSet, root));
}
