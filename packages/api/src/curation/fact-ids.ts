import { RELATIONSHIP_TYPES, type RelationshipType } from '@diplograph/schema';

/** A relationship fact, as its id names it: its type and the id of the node it starts from. */
export interface RelationshipFact {
  type: RelationshipType;
  from: string;
}

/**
 * Reads a relationship's id (`TYPE:from->to[:qualifier]`; a mention's `MENTIONS:source@start-end->to`)
 * for its type and start node, so that it is found from an indexed node rather than by a scan of
 * every relationship. Undefined for a node's id.
 */
export function relationshipFact(id: string): RelationshipFact | undefined {
  const colon = id.indexOf(':');
  const arrow = id.indexOf('->');
  if (colon < 0 || arrow < colon) return undefined;
  const type = RELATIONSHIP_TYPES.find((t) => t === id.slice(0, colon));
  if (!type) return undefined;
  const start = id.slice(colon + 1, arrow);
  return { type, from: type === 'MENTIONS' ? start.replace(/@\d+-\d+$/, '') : start };
}
