import { foldText } from '@diplograph/schema';
import { type ActorRef, type ArticleContext, countryOfPerson, sameActor } from './context.js';

/**
 * Titles of officials of a body above states ("commissaire européen", "secretary-general of the
 * United Nations", "directora de la OIM"): what they commit, their body commits, not their country.
 */
const ABOVE_STATES =
  /\b(europ\w*|eu|ue|onu|nations unies|united nations|naciones unidas|oim|iom|union africaine|african union|union africana|unhcr|acnur|hcr)\b/;

/**
 * A minister, king or ambassador commits in office: what they promise, their state promises
 * ("le ministre marocain s'est engagé à" is also Morocco's commitment). The state is added beside
 * the person, when the article or the curated graph gives the person's country; an official of
 * a body above states adds none.
 */
export function withStates(ctx: ArticleContext, makers: ActorRef[]): ActorRef[] {
  const all = [...makers];
  for (const maker of makers) {
    const country = countryOfPerson(ctx, maker);
    if (country === null || maker.kind !== 'person') continue;
    const title = ctx.people.find((p) => p.name === maker.name)?.title;
    if (title && ABOVE_STATES.test(foldText(title))) continue;
    const state: ActorRef = { kind: 'country', id: country };
    if (!all.some((m) => sameActor(m, state))) all.push(state);
  }
  return all;
}
