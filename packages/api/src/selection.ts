import type { FieldNode, FragmentDefinitionNode, SelectionSetNode } from 'graphql';
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

/** The fields selected directly below the selection's fields. */
export function children(selection: Selection): FieldNode[] {
  return selection.fieldNodes.flatMap((field) => subfields(selection, field.selectionSet));
}

function subfields(selection: Selection, set: SelectionSetNode | undefined): FieldNode[] {
  return (set?.selections ?? []).flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s];
    if (s.kind === Kind.INLINE_FRAGMENT) return subfields(selection, s.selectionSet);
    return subfields(selection, selection.fragments[s.name.value]?.selectionSet);
  });
}

/** The paths from a connection field to its nodes. */
export const CONNECTION_NODES = [['edges', 'node'], ['nodes']];

/** Whether the nodes at these paths are asked for their evidence (`evidence` or `sources`). */
export function asksNodeEvidence(selection: Selection, toNode: string[][]): boolean {
  return toNode.some((path) =>
    ['evidence', 'sources'].some((name) => fieldsAt(selection, [...path, name]).length > 0),
  );
}
