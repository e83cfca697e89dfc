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

/** The largest `limit:` a field accepts (a graph view's nodes). */
const MAX_LIMIT = 1_000;

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
  // No field serves more than these, and refuses to be asked for more: counting a larger number
  // would only make the refusal's figure meaningless.
  if (has('first') || has('last')) {
    const page = value('first') ?? value('last');
    return page === undefined ? DEFAULT_PAGE_SIZE : Math.min(count(page, MAX_PAGE_SIZE), MAX_PAGE_SIZE);
  }
  if (has('limit')) return Math.min(count(value('limit'), 1), MAX_LIMIT);
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

/** An estimate, and the field that weighs most in it. */
export interface CostEstimate {
  cost: number;
  /**
   * The path to the field that weighs most (`people.nodes.events`): from the costliest root field,
   * down through the costliest field it selects, for as long as a list multiplies what it selects.
   */
  costliest: string | undefined;
}

interface Weighed {
  cost: number;
  /** The costliest field within, from here down; empty for a leaf. */
  path: string[];
}

const NOTHING: Weighed = { cost: 0, path: [] };

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
): CostEstimate {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  const root = schema.getQueryType();
  if (!operation || !root) return { cost: 0, costliest: undefined };
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const costed = new Map<string, Weighed>();

  /** The selections' total, and the path of the costliest field among them. */
  const selectionCost = (set: SelectionSetNode, type: GraphQLCompositeType): Weighed => {
    let cost = 0;
    let top = NOTHING;
    const weigh = (part: Weighed) => {
      cost += part.cost;
      if (part.cost > top.cost) top = part;
    };
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        weigh(fieldCost(selection, type));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition && schema.getType(selection.typeCondition.name.value);
        weigh(selectionCost(selection.selectionSet, isCompositeType(condition) ? condition : type));
      } else {
        weigh(fragmentCost(selection.name.value));
      }
    }
    return { cost, path: top.path };
  };

  const fragmentCost = (name: string): Weighed => {
    const known = costed.get(name);
    if (known !== undefined) return known;
    // Validation refuses cycles before this runs; the 0 keeps a cycle from looping all the same.
    costed.set(name, NOTHING);
    const fragment = fragments.get(name);
    const type = fragment && schema.getType(fragment.typeCondition.name.value);
    const weighed = fragment && isCompositeType(type) ? selectionCost(fragment.selectionSet, type) : NOTHING;
    costed.set(name, weighed);
    return weighed;
  };

  const fieldCost = (field: FieldNode, parent: GraphQLCompositeType): Weighed => {
    const name = field.alias?.value ?? field.name.value;
    if (field.name.value.startsWith('__'))
      return field.name.value === '__typename' ? { cost: LEAF, path: [name] } : NOTHING;
    const definition =
      isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[field.name.value] : undefined;
    if (!definition) return { cost: LEAF, path: [name] };
    const type = getNamedType(definition.type);
    if (!field.selectionSet || !isCompositeType(type)) return { cost: LEAF, path: [name] };
    const within = selectionCost(field.selectionSet, type);
    return {
      cost: itemsOf(field, definition, variables) * (OBJECT + NESTING * within.cost),
      path: [name, ...within.path],
    };
  };

  const { cost, path } = selectionCost(operation.selectionSet, root);
  // A path ends at the last field that selects more than leaves: where the lists multiply.
  const costliest = path.length > 1 ? path.slice(0, -1).join('.') : path[0];
  return { cost: Math.round(cost), costliest };
}
