import type { FactDocument } from '../facts/read-facts.js';
import { at, type BuildContext, type Location } from './context.js';
import { dateProperties, resolveDate } from './dates.js';
import { addEntity } from './entity.js';
import { recordEvidence, sourceOfEvidence } from './evidence.js';
import { link, linkRef, linkRefs } from './links.js';

/** Meetings, visits, conferences, missions and seminars, with who took part and how. */
export function buildEvents(ctx: BuildContext, doc: FactDocument): void {
  doc.data.events.forEach((input, index) => {
    const location = { doc, path: ['events', index] };
    const date = resolveDate(ctx, input.date, at(location, 'date'));
    const evidence = addEntity(ctx, 'Event', input, location, {
      name: input.name,
      kind: input.kind,
      status: input.status,
      number: input.number ?? null,
      ...dateProperties('date', date),
    });
    if (date && input.status === 'held') checkReportedAfter(ctx, input.id, date.earliest, evidence, location);

    const self = { from: input.id };
    linkRefs(ctx, 'TOOK_PLACE_IN', self, input.places, at(location, 'places'), evidence);
    linkRefs(ctx, 'CONVENED_BY', self, input.convenedBy, at(location, 'convenedBy'), evidence);
    linkRefs(ctx, 'CONTINUES', self, input.continues, at(location, 'continues'), evidence);
    linkRefs(ctx, 'HELD_ALONGSIDE', self, input.alongside, at(location, 'alongside'), evidence);
    if (input.partOf) linkRef(ctx, 'PART_OF', self, input.partOf, at(location, 'partOf'), evidence);
    linkRefs(ctx, 'ON_THEME', self, input.themes, at(location, 'themes'), evidence);
    linkRefs(ctx, 'DERIVES_FROM', self, input.framedBy, at(location, 'framedBy'), evidence, {
      how: 'framed-by',
    });

    input.participants.forEach((participant, i) => {
      const here = at(location, 'participants', i);
      if (participant.onBehalfOf && !ctx.entities.has(participant.onBehalfOf)) {
        ctx.report(at(here, 'onBehalfOf'), `unknown id "${participant.onBehalfOf}"`);
      }
      link(ctx, {
        type: 'PARTICIPATED_IN',
        from: participant.actor,
        to: input.id,
        location: at(here, 'actor'),
        evidence: recordEvidence(ctx, participant.evidence, here),
        inherited: [],
        qualifier: participant.role,
        props: { role: participant.role, onBehalfOf: participant.onBehalfOf ?? null },
      });
    });
  });
}

/** A held event cannot be dated after an article that reports it was published. */
function checkReportedAfter(
  ctx: BuildContext,
  id: string,
  earliest: string,
  evidence: string[],
  location: Location,
): void {
  for (const evidenceId of evidence) {
    const sourceId = sourceOfEvidence(evidenceId);
    const published = ctx.sources.get(sourceId)?.published;
    if (published && earliest > published.latest) {
      ctx.report(
        at(location, 'date'),
        `${id} is dated after ${sourceId}, which reports it, was published (${published.text})`,
      );
      return;
    }
  }
}
