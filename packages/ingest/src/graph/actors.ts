import type { FactDocument } from '../facts/read-facts.js';
import { at, type BuildContext } from './context.js';
import { dateProperties, resolveDate } from './dates.js';
import { addEntity } from './entity.js';
import { linkRef, linkRefs } from './links.js';

/** Countries, organizations, people, places and themes. */
export function buildActorsAndPlaces(ctx: BuildContext, doc: FactDocument): void {
  doc.data.countries.forEach((input, index) => {
    const location = { doc, path: ['countries', index] };
    addEntity(ctx, 'Country', input, location, { name: input.name, aliases: input.aliases });
  });

  doc.data.organizations.forEach((input, index) => {
    const location = { doc, path: ['organizations', index] };
    const founded = resolveDate(ctx, input.founded, at(location, 'founded'));
    const evidence = addEntity(ctx, 'Organization', input, location, {
      name: input.name,
      aliases: input.aliases,
      kind: input.kind,
      acronym: input.acronym ?? null,
      ...dateProperties('founded', founded),
    });
    const self = { from: input.id };
    if (input.country) linkRef(ctx, 'OF_COUNTRY', self, input.country, at(location, 'country'), evidence);
    if (input.partOf) linkRef(ctx, 'PART_OF', self, input.partOf, at(location, 'partOf'), evidence);
    linkRefs(ctx, 'MEMBER_OF', { to: input.id }, input.members, at(location, 'members'), evidence);
  });

  doc.data.people.forEach((input, index) => {
    const location = { doc, path: ['people', index] };
    const evidence = addEntity(ctx, 'Person', input, location, { name: input.name, aliases: input.aliases });
    if (input.country)
      linkRef(ctx, 'OF_COUNTRY', { from: input.id }, input.country, at(location, 'country'), evidence);
  });

  doc.data.places.forEach((input, index) => {
    const location = { doc, path: ['places', index] };
    const evidence = addEntity(ctx, 'Place', input, location, {
      name: input.name,
      aliases: input.aliases,
      kind: input.kind,
    });
    if (input.in) linkRef(ctx, 'LOCATED_IN', { from: input.id }, input.in, at(location, 'in'), evidence);
  });

  doc.data.themes.forEach((input, index) => {
    const location = { doc, path: ['themes', index] };
    addEntity(ctx, 'Theme', input, location, { name: input.name, aliases: input.aliases });
  });
}
