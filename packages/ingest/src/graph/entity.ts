import { type EntityLabel, type EvidenceInput, searchWords } from '@diplograph/schema';
import type { BuildContext, Location } from './context.js';
import { recordEvidence, supportNode } from './evidence.js';
import type { Properties } from './graph-data.js';

/**
 * Adds a curated entity as a node supported by its evidence; returns the evidence ids, which its
 * links inherit when they have none of their own.
 */
export function addEntity(
  ctx: BuildContext,
  label: EntityLabel,
  input: { id: string; description?: string | undefined; evidence: EvidenceInput },
  location: Location,
  props: Properties,
): string[] {
  const evidence = recordEvidence(ctx, input.evidence, location);
  if (evidence.length === 0 && Object.keys(input.evidence).length === 0) {
    ctx.report(location, `${input.id} has no evidence: every fact needs a passage that supports it`);
  }
  ctx.graph.addNode({
    label,
    id: input.id,
    props: { ...props, id: input.id, description: input.description ?? null, ...searchFields(props) },
  });
  supportNode(ctx, input.id, evidence);
  return evidence;
}

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
