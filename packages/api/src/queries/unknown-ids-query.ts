import type { Database } from '@diplograph/db';
import { ENTITY_LABELS, type EntityLabel, FACT_LABELS } from '@diplograph/schema';
import neo4j from 'neo4j-driver';
import { nearNamesQuery } from './search-query.js';

/** An id a query gave in an argument, and the types of node it may name (any when empty). */
export interface GivenId {
  /** The argument as the query writes it: `id`, `from`, `filter.organization`. */
  argument: string;
  id: string;
  types: readonly EntityLabel[];
}

/** A node whose name is near an id that names nothing. */
export interface Suggestion {
  id: string;
  name: string;
  type: EntityLabel;
}

/** A given id that names no node, or a node of another type than its argument takes. */
export interface UnknownId extends GivenId {
  /** The type of the node the id names, when it names one of another type. */
  found: EntityLabel | null;
  suggestions: Suggestion[];
}

/** Most suggestions for one id. */
const SUGGESTIONS = 3;

/** Index hits read for each id: some may be of types its argument does not take. */
const CANDIDATES = 30;

const typeOf = (labels: string[]) => ENTITY_LABELS.find((label) => labels.includes(label)) ?? null;

/**
 * The given ids that name no node of their types, each with the nodes of those types whose names,
 * aliases or acronyms are nearest its words. One statement: each id is looked up by the unique
 * index on Entity ids, and only the ones not found are looked for in the full-text index.
 */
export async function unknownIds(db: Database, given: GivenId[]): Promise<UnknownId[]> {
  const rows = await db.read<{
    index: number;
    found: string[] | null;
    suggestions: { id: string; name: string | null; labels: string[] }[];
  }>(
    `UNWIND range(0, size($given) - 1) AS index
WITH index, $given[index] AS g
OPTIONAL MATCH (n:Entity {id: g.id})
WITH index, g, n
WHERE n IS NULL OR (size(g.types) > 0 AND none(label IN labels(n) WHERE label IN g.types))
CALL (g) {
  WITH g WHERE g.query IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_search', g.query, {limit: $candidates}) YIELD node, score
  WITH node, score WHERE any(label IN labels(node) WHERE label IN g.suggested)
  WITH node ORDER BY score DESC, node.id LIMIT $suggestions
  RETURN collect({id: node.id, name: node.name, labels: labels(node)}) AS suggestions
}
RETURN index, labels(n) AS found, suggestions
ORDER BY index`,
    {
      // An argument of any type is offered facts only: an article or a passage is no id one misspells.
      given: given.map((g) => ({
        id: g.id,
        types: g.types,
        suggested: g.types.length > 0 ? g.types : FACT_LABELS,
        query: nearNamesQuery(g.id),
      })),
      candidates: neo4j.int(CANDIDATES),
      suggestions: neo4j.int(SUGGESTIONS),
    },
  );
  return rows.flatMap((row) => {
    const asked = given[row.index];
    if (!asked) return [];
    const suggestions = row.suggestions.flatMap((s) => {
      const type = typeOf(s.labels);
      return type ? [{ id: s.id, name: s.name ?? s.id, type }] : [];
    });
    return [{ ...asked, found: row.found ? typeOf(row.found) : null, suggestions }];
  });
}
