import { searchWords } from '@diplograph/schema';
import type { Properties } from './graph-data.js';

/**
 * What the full-text index reads, as folded words: the acronym, the name, the aliases and a
 * passage's quote, each in its own field so that search can weigh them. Folding here and in the
 * query the same way makes search blind to accents, case and elided articles.
 */
export function searchFields(props: Properties): Properties {
  const words = (...parts: unknown[]) =>
    [...new Set(parts.filter((p): p is string => typeof p === 'string').flatMap(searchWords))].join(' ') ||
    null;
  return {
    searchAcronym: words(props.acronym),
    searchName: words(props.name),
    searchAliases: words(...((props.aliases as string[] | undefined) ?? [])),
    searchQuote: words(props.quote),
  };
}
