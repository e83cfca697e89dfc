import type { Language } from '@diplograph/nlp';
import type { FuzzyDate } from '@diplograph/schema';
import type { DateMention } from '../text/french-dates.js';
import { countryNamed } from './countries.js';
import type { Lexicon } from './lexicon.js';
import type { OrganizationReading } from './organizations.js';
import type { ParsedSentence, Word } from './parsed.js';
import type { Passage, PersonReading } from './people.js';
import type { PlaceReading } from './places.js';

/** An actor as an article names it: a person or a body by its name, a country by its id. */
export type ActorRef =
  | { kind: 'person'; name: string }
  | { kind: 'organization'; name: string }
  | { kind: 'country'; id: string };

/** An actor named at a place of a sentence. */
export interface ActorMention {
  actor: ActorRef;
  start: number;
  end: number;
}

/** What the facts of an article are read from: its parsed story and the names found in it. */
export interface ArticleContext {
  text: string;
  language: Language;
  lexicon: Lexicon;
  sentences: ParsedSentence[];
  people: PersonReading[];
  organizations: OrganizationReading[];
  places: PlaceReading[];
  dates: DateMention[];
  /** When the article was published, if known: what relative dates are told against. */
  published: FuzzyDate | null;
  /** Countries named in the story ("le Maroc", "Spain"), adjectives not included. */
  countries: ActorMention[];
  /** The passages in quotation marks: someone's own words. */
  quotations: Passage[];
  /** The page's headline, when it has one over its body (headline.ts). */
  headline: Passage | null;
  /** The title and standfirst over the page's byline or dateline, if any (headline.ts). */
  lead: Passage | null;
  /**
   * The country the curated graph ties a person the article names to, by the name read: what
   * the text may leave unsaid ("Abdelouafi Laftit a reçu son homologue").
   */
  knownCountries: ReadonlyMap<string, string>;
}

export const inside = (outer: Passage, inner: Passage) =>
  outer.start <= inner.start && inner.end <= outer.end;

/** The countries a sentence names by name, one or two words ("Maroc", "Pays-Bas", "Royaume du Maroc"). */
export function countryMentions(sentences: ParsedSentence[]): ActorMention[] {
  const found: ActorMention[] = [];
  for (const sentence of sentences) {
    for (const w of sentence.words) {
      if (!w.inStory || !/^\p{Lu}/u.test(w.text)) continue;
      const id = countryNamed(w.text);
      if (id) found.push({ actor: { kind: 'country', id }, start: w.start, end: w.end });
    }
  }
  return found;
}

/** The actors named in a span of the article, in text order: people, bodies and countries. */
export function actorsIn(ctx: ArticleContext, span: Passage): ActorMention[] {
  const found: ActorMention[] = [];
  for (const p of ctx.people) {
    for (const m of p.mentions)
      if (inside(span, m)) found.push({ actor: { kind: 'person', name: p.name }, ...m });
  }
  for (const o of ctx.organizations) {
    for (const m of o.mentions)
      if (inside(span, m)) found.push({ actor: { kind: 'organization', name: o.name }, ...m });
  }
  for (const c of ctx.countries) if (inside(span, c)) found.push(c);
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The country of a person the article names (none for a body or a country): the one the text
 * gives them, else the one the curated graph knows. For the rules that need to know sides; what
 * is read of the person keeps the text's alone.
 */
export function countryOfPerson(ctx: ArticleContext, actor: ActorRef): string | null {
  if (actor.kind !== 'person') return null;
  return ctx.people.find((p) => p.name === actor.name)?.country ?? ctx.knownCountries.get(actor.name) ?? null;
}

/** The actor mention that covers a word, if any. */
export function actorAt(mentions: ActorMention[], word: Word): ActorMention | undefined {
  return mentions.find((m) => m.start <= word.start && word.end <= m.end);
}

export function sameActor(a: ActorRef, b: ActorRef): boolean {
  if (a.kind === 'country') return b.kind === 'country' && a.id === b.id;
  if (b.kind === 'country') return false;
  return a.kind === b.kind && a.name === b.name;
}
