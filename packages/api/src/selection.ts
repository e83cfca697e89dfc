import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * Whether the query selects, below the field being resolved, a field at the end of one of these
 * paths of field names (fragments included). Resolvers use it to fetch in one statement what the
 * query will ask for next; it may say yes for a field a directive skips, which costs only the
 * prefetch.
 */
export function selects(info: GraphQLResolveInfo, paths: string[][]): boolean {
  return paths.some((path) => {
    let fields: readonly FieldNode[] = info.fieldNodes;
    for (const name of path) {
      fields = fields.flatMap((field) =>
        subfields(info, field.selectionSet).filter((f) => f.name.value === name),
      );
    }
    return fields.length > 0;
  });
}

function subfields(info: GraphQLResolveInfo, set: SelectionSetNode | undefined): FieldNode[] {
  return (set?.selections ?? []).flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return subfields(info, selection.selectionSet);
    return subfields(info, info.fragments[selection.name.value]?.selectionSet);
  });
}

/** Whether a connection's nodes are asked for their evidence (`evidence` or `sources`). */
export function asksNodeEvidence(info: GraphQLResolveInfo, toNode: string[][]): boolean {
  return selects(
    info,
    toNode.flatMap((path) => [
      [...path, 'evidence'],
      [...path, 'sources'],
    ]),
  );
}
