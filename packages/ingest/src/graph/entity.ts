import type { EntityLabel, EvidenceInput } from '@diplograph/schema';
import type { BuildContext, Location } from './context.js';
import { recordEvidence, supportNode } from './evidence.js';
import type { Properties } from './graph-data.js';
import { searchFields } from './search-fields.js';

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
