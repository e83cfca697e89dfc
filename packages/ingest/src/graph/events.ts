import type { FactDocument } from '../facts/read-facts.js';
import { at, type BuildContext, type Location } from './context.js';
import { dateProperties, resolveDate } from './dates.js';
import { addEntity } from './entity.js';
import { recordEvidence, sourceOfEvidence } from './evidence.js';
import { link, linkRef } from './links.js';

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
    input.places.forEach((ref, i) => linkRef(ctx, 'TOOK_PLACE_IN', self, ref, at(location, 'places', i), evidence));
    input.convenedBy.forEach((ref, i) =>
      linkRef(ctx, 'CONVENED_BY', self, ref, at(location, 'convenedBy', i), evidence),
    );
    input.continues.forEach((ref, i) => linkRef(ctx, 'CONTINUES', self, ref, at(location, 'continues', i), evidence));
    input.alongside.forEach((ref, i) =>
      linkRef(ctx, 'HELD_ALONGSIDE', self, ref, at(location, 'alongside', i), evidence),
    );
    if (input.partOf) linkRef(ctx, 'PART_OF', self, input.partOf, at(location, 'partOf'), evidence);
    input.themes.forEach((ref, i) => linkRef(ctx, 'ON_THEME', self, ref, at(location, 'themes', i), evidence));
    input.framedBy.forEach((ref, i) =>
      linkRef(ctx, 'DERIVES_FROM', self, ref, at(location, 'framedBy', i), evidence, { how: 'framed-by' }),
    );

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
      ctx.report(at(location, 'date'), `${id} is dated after ${sourceId}, which reports it, was published (${published.text})`);
      return;
    }
  }
}
