import type {
  FieldNode,
  FragmentDefinitionNode,
  GraphQLObjectType,
  NamedTypeNode,
  SelectionSetNode,
} from 'graphql';
import { Kind } from 'graphql';

/** Field nodes of a query and its fragments: a resolver's `info`, or part of it. */
export interface Selection {
  fieldNodes: readonly FieldNode[];
  fragments: Record<string, FragmentDefinitionNode>;
}

/**
 * The fields the query selects at a path of field names below the selection (fragments
 * included). Resolvers use it to fetch in one statement what the query will ask for next; it
 * may find a field that a directive skips, which costs only the prefetch.
 */
export function fieldsAt(selection: Selection, path: string[]): FieldNode[] {
  let fields = [...selection.fieldNodes];
  for (const name of path) {
    fields = children({ ...selection, fieldNodes: fields }).filter((f) => f.name.value === name);
  }
  return fields;
}

/** Whether a fragment with this type condition applies. */
type Applies = (condition: NamedTypeNode | undefined) => boolean;

/** The fields selected directly below the selection's fields, in fragments of any type. */
export function children(selection: Selection): FieldNode[] {
  return selection.fieldNodes.flatMap((field) => subfields(selection, field.selectionSet, () => true));
}

/**
 * The fields selected directly below the selection's fields for a node of one object type: those
 * in fragments on other types are left out (`... on Person { events }` asks nothing of a country).
 */
export function childrenOn(selection: Selection, type: GraphQLObjectType): FieldNode[] {
  const names = new Set([type.name, ...type.getInterfaces().map((i) => i.name)]);
  const applies: Applies = (condition) => !condition || names.has(condition.name.value);
  return selection.fieldNodes.flatMap((field) => subfields(selection, field.selectionSet, applies));
}

function subfields(selection: Selection, set: SelectionSetNode | undefined, applies: Applies): FieldNode[] {
  return (set?.selections ?? []).flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s];
    if (s.kind === Kind.INLINE_FRAGMENT)
      return applies(s.typeCondition) ? subfields(selection, s.selectionSet, applies) : [];
    const fragment = selection.fragments[s.name.value];
    return fragment && applies(fragment.typeCondition)
      ? subfields(selection, fragment.selectionSet, applies)
      : [];
  });
}

/** The paths from a connection field to its nodes. */
export const CONNECTION_NODES = [['edges', 'node'], ['nodes']];

/** The path from a link field (a single related node: `madeAt`, `country`) to its node. */
export const LINK_NODE = [['node']];

/**
 * Whether a connection's cursors are asked (an edge's `cursor`, the page's start or end cursor):
 * only then does its statement return each item's sort key and relationship id, which cursors
 * are made of.
 */
export function asksCursors(selection: Selection): boolean {
  return [
    ['edges', 'cursor'],
    ['pageInfo', 'startCursor'],
    ['pageInfo', 'endCursor'],
  ].some((path) => fieldsAt(selection, path).length > 0);
}

/** Whether the nodes at these paths are asked for their evidence (`evidence` or `sources`). */
export function asksNodeEvidence(selection: Selection, toNode: string[][]): boolean {
  return toNode.some((path) =>
    ['evidence', 'sources'].some((name) => fieldsAt(selection, [...path, name]).length > 0),
  );
}
