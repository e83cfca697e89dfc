import type { FuzzyDate } from '@diplograph/schema';
import type { FactDocument } from '../facts/read-facts.js';
import { at, type BuildContext, type Location } from './context.js';
import { resolveDate } from './dates.js';
import { addEntity } from './entity.js';
import { recordEvidence } from './evidence.js';
import { linkRef } from './links.js';

/** A tenure with its dates resolved, waiting for the other tenures of its post. */
export interface Holding {
  post: string;
  person: string;
  title: string;
  start?: FuzzyDate;
  end?: FuzzyDate;
  attested: FuzzyDate[];
  evidence: string[];
  location: Location;
}

/** Posts, the organization they belong to, and their holders (returned for interval inference). */
export function buildPosts(ctx: BuildContext, doc: FactDocument): Holding[] {
  const holdings: Holding[] = [];
  doc.data.posts.forEach((input, index) => {
    const location = { doc, path: ['posts', index] };
    const evidence = addEntity(ctx, 'Post', input, location, { name: input.title, aliases: input.aliases });
    if (input.organization) {
      linkRef(ctx, 'POST_IN', { from: input.id }, input.organization, at(location, 'organization'), evidence);
    }
    if (input.country)
      linkRef(ctx, 'OF_COUNTRY', { from: input.id }, input.country, at(location, 'country'), evidence);

    input.holders.forEach((holder, i) => {
      const here = at(location, 'holders', i);
      const start = resolveDate(ctx, holder.start, at(here, 'start'));
      const end = resolveDate(ctx, holder.end, at(here, 'end'));
      const attested = holder.attested
        .map((date, j) => resolveDate(ctx, date, at(here, 'attested', j)))
        .filter((date): date is FuzzyDate => date !== undefined);
      if (start && end && end.latest < start.earliest) ctx.report(here, 'the holding ends before it starts');
      for (const date of attested) {
        if ((start && date.latest < start.earliest) || (end && date.earliest > end.latest)) {
          ctx.report(here, `attested on ${date.text}, outside the holding's own start and end`);
        }
      }
      holdings.push({
        post: input.id,
        person: holder.person,
        title: holder.title,
        start,
        end,
        attested,
        evidence: recordEvidence(ctx, holder.evidence, here),
        location: here,
      });
    });
  });
  return holdings;
}
