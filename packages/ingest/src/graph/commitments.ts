import type { FactDocument } from '../facts/read-facts.js';
import { at, type BuildContext } from './context.js';
import { dateProperties, resolveDate } from './dates.js';
import { addEntity } from './entity.js';
import { buildDerivations } from './instruments.js';
import { linkRef, linkRefs } from './links.js';

/** What was promised or agreed, by whom, where, and what it derives from. */
export function buildCommitments(ctx: BuildContext, doc: FactDocument): void {
  doc.data.commitments.forEach((input, index) => {
    const location = { doc, path: ['commitments', index] };
    const date = resolveDate(ctx, input.date, at(location, 'date'));
    const evidence = addEntity(ctx, 'Commitment', input, location, {
      name: input.summary,
      kind: input.kind,
      status: input.status,
      ...dateProperties('date', date),
    });
    const self = { from: input.id };
    linkRefs(ctx, 'MADE_BY', self, input.madeBy, at(location, 'madeBy'), evidence);
    if (input.madeAt) linkRef(ctx, 'MADE_AT', self, input.madeAt, at(location, 'madeAt'), evidence);
    if (input.axis) linkRef(ctx, 'UNDER_AXIS', self, input.axis, at(location, 'axis'), evidence);
    linkRefs(ctx, 'ON_THEME', self, input.themes, at(location, 'themes'), evidence);
    buildDerivations(ctx, input.id, input.derivesFrom, location);
  });
}
