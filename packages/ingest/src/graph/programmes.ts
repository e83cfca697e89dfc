import type { FactDocument } from '../facts/read-facts.js';
import { at, type BuildContext } from './context.js';
import { addEntity } from './entity.js';
import { linkRefs } from './links.js';

/** Programmes (seasonal-workers schemes...), the bodies that run them and what set them up. */
export function buildProgrammes(ctx: BuildContext, doc: FactDocument): void {
  doc.data.programmes.forEach((input, index) => {
    const location = { doc, path: ['programmes', index] };
    const evidence = addEntity(ctx, 'Programme', input, location, {
      name: input.name,
      aliases: input.aliases,
      acronym: input.acronym ?? null,
    });
    linkRefs(ctx, 'RUN_BY', { from: input.id }, input.runBy, at(location, 'runBy'), evidence);
    linkRefs(
      ctx,
      'ESTABLISHES',
      { to: input.id },
      input.establishedBy,
      at(location, 'establishedBy'),
      evidence,
    );
  });
}
