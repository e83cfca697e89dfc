import type { DerivationInput } from '@diplograph/schema';
import type { FactDocument } from '../facts/read-facts.js';
import { at, type BuildContext, type Location } from './context.js';
import { dateProperties, resolveDate } from './dates.js';
import { addEntity } from './entity.js';
import { recordEvidence } from './evidence.js';
import { link, linkRef, linkRefs } from './links.js';

/** Declarations, agreements, roadmaps and strategies, their parties and their axes. */
export function buildInstruments(ctx: BuildContext, doc: FactDocument): void {
  doc.data.instruments.forEach((input, index) => {
    const location = { doc, path: ['instruments', index] };
    const date = resolveDate(ctx, input.date, at(location, 'date'));
    const evidence = addEntity(ctx, 'Instrument', input, location, {
      name: input.name,
      aliases: input.aliases,
      kind: input.kind,
      status: input.status,
      ...dateProperties('date', date),
    });
    const self = { from: input.id };
    linkRefs(ctx, 'ADOPTED_IN', self, input.places, at(location, 'places'), evidence);
    if (input.adoptedAt)
      linkRef(ctx, 'ADOPTED_AT', self, input.adoptedAt, at(location, 'adoptedAt'), evidence);
    linkRefs(ctx, 'ON_THEME', self, input.themes, at(location, 'themes'), evidence);
    buildDerivations(ctx, input.id, input.derivesFrom, location);

    input.parties.forEach((party, i) => {
      const here = at(location, 'parties', i);
      link(ctx, {
        type: 'PARTY_TO',
        from: party.actor,
        to: input.id,
        location: at(here, 'actor'),
        evidence: recordEvidence(ctx, party.evidence, here),
        inherited: [],
        qualifier: party.role,
        props: { role: party.role },
      });
    });

    input.axes.forEach((axis, i) => {
      const here = at(location, 'axes', i);
      const axisEvidence = addEntity(ctx, 'Axis', axis, here, { name: axis.name, order: axis.order });
      link(ctx, {
        type: 'HAS_AXIS',
        from: input.id,
        to: axis.id,
        location: at(here, 'id'),
        inherited: axisEvidence,
      });
    });
  });
}

/** Lineage links: what an instrument or commitment implements, follows or is framed by. */
export function buildDerivations(
  ctx: BuildContext,
  from: string,
  derivations: DerivationInput[],
  location: Location,
): void {
  derivations.forEach((derivation, i) => {
    const here = at(location, 'derivesFrom', i);
    link(ctx, {
      type: 'DERIVES_FROM',
      from,
      to: derivation.from,
      location: at(here, 'from'),
      evidence: recordEvidence(ctx, derivation.evidence, here),
      inherited: [],
      props: { how: derivation.how },
    });
  });
}
