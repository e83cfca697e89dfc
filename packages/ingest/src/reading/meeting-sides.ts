import { foldText } from '@diplograph/schema';
import { addDays } from '../graph/dates.js';
import { INDEFINITE_ARTICLES } from './articles.js';
import { addActors, mainCountries } from './commitment-makers.js';
import {
  type ActorMention,
  type ActorRef,
  type ArticleContext,
  actorAt,
  countryOfPerson,
  sameActor,
} from './context.js';
import { countryOfPlace } from './countries.js';
import type { EventKind } from './lexicon.js';
import type { MeetingReading, Participation } from './meetings.js';
import { type ParsedSentence, subtree, type Word } from './parsed.js';

/**
 * Who received and who visited at a meeting: the sides of a visit, of a meeting between two
 * countries' people held in one of them, and of a meeting held on a visit.
 */

export const VISITS = new Set<EventKind>(['official-visit', 'state-visit']);

/** The country a meeting was held in: the one it names, or the one its city lies in (Rabat, Tanger). */
export const countryOfMeetingPlace = (place: MeetingReading['place']): string | null =>
  place && ('country' in place ? place.country : (countryOfPlace(place.name) ?? null));
/** What makes a visit the state of whom it is said of: "en visite", "on a visit", "de visita". */
const VISITING = new Set(['en', 'on', 'de']);
/** What introduces whose visit it is: "la visite du président", "the visit of", "la visita de". */
const OF_VISITOR = new Set(['de', "d'", 'du', 'des', 'of', 'del']);

/**
 * Roles in a visit: who pays it ("X effectue une visite", "X paid a visit", "la visite du
 * président X") visited; a participant of the country visited (the place's, or the one its city
 * lies in), when the visitor is of another, received them. Roles a verb or a marker gave stay.
 */
export function visitRoles(
  ctx: ArticleContext,
  sentence: ParsedSentence,
  noun: Word,
  actors: ActorMention[],
  participants: Participation[],
  place: MeetingReading['place'],
): void {
  const governor = sentence.words[noun.head];
  const visitors: ActorRef[] = [];
  // "s'est entretenu avec Y, en visite au Maroc", "met X, on a visit to Rabat": the visit is said
  // of whom the sentence names right before it, not of the verb's subject.
  // Not "à l'issue de sa visite", "de la visite": a visit with a determiner of its own is one told of.
  const below = sentence.words.filter((c) => c.head === noun.i && c.i < noun.i);
  const state =
    below.some((c) => c.dep === 'case' && VISITING.has(c.folded)) &&
    !below.some((c) => (c.dep === 'det' && !INDEFINITE_ARTICLES.has(c.folded)) || c.dep === 'nmod:poss');
  const before = state
    ? actors.filter((a) => a.actor.kind === 'person' && a.end <= noun.start).at(-1)
    : undefined;
  if (before) addActors(visitors, [before.actor]);
  for (const w of before ? [] : sentence.words) {
    const subject = governor?.pos === 'VERB' && w.head === governor.i && w.dep === 'nsubj';
    const of =
      w.head === noun.i &&
      w.dep.startsWith('nmod') &&
      w.i > noun.i &&
      sentence.words.some((c) => c.head === w.i && c.dep === 'case' && OF_VISITOR.has(c.folded));
    if (!subject && !of) continue;
    const named = subtree(sentence, w.i)
      .map((x) => actorAt(actors, x))
      .find((a) => a?.actor.kind === 'person');
    if (named) addActors(visitors, [named.actor]);
  }
  // "Il s'est rendu à Rabat pour préparer la visite et a rencontré Y": whom a verb made the
  // visitor ("s'est rendu", "was received") is one.
  for (const p of participants) if (p.role === 'visited') addActors(visitors, [p.actor]);
  const countryOf = (a: ActorRef) => countryOfPerson(ctx, a);
  const visited = countryOfMeetingPlace(place);
  // "during his official visit to Morocco": who the words do not name as the visitor but is of
  // another country than the one visited paid it.
  if (visitors.length === 0 && visited)
    for (const p of participants) {
      const country = countryOf(p.actor);
      if (country && country !== visited) addActors(visitors, [p.actor]);
    }
  if (visitors.length === 0) return;
  const guests = new Set(visitors.map(countryOf));
  for (const p of participants) {
    if (p.role !== 'attended' || p.marked) continue;
    if (visitors.some((v) => sameActor(v, p.actor))) p.role = 'visited';
    else if (visited && countryOf(p.actor) === visited && !guests.has(visited)) p.role = 'received';
  }
}

/**
 * Where a visit that does not say where was paid: in an article on two countries, the other one
 * than its visitors' ("la visite d'Etat d'Emmanuel Macron", in an article on France and Morocco).
 */
export function visitedCountry(ctx: ArticleContext, visit: MeetingReading): MeetingReading['place'] {
  const visitors = visit.participants.filter((p) => p.role === 'visited');
  const from = new Set(visitors.map((p) => countryOfPerson(ctx, p.actor)));
  const two = mainCountries(ctx).flatMap((c) => (c.kind === 'country' ? [c.id] : []));
  const [guest] = [...from];
  const other = two.find((id) => id !== guest);
  return from.size === 1 && guest && two.length === 2 && two.includes(guest) && other
    ? { country: other }
    : null;
}

/** How many days after a visit a meeting of its visitor is still told as held on it. */
const VISIT_DAYS = 3;

/**
 * Roles at a meeting of two told after one of them visited a country, held nowhere else and in the
 * days of the visit ("X a reçu Y à Rabat mardi. Y doit également rencontrer mercredi Z"): the
 * visitor is still visiting, and whom they meet received them. Roles a verb or a marker gave stay.
 */
export function onTheVisit(ctx: ArticleContext, meetings: MeetingReading[]): void {
  for (const [i, m] of meetings.entries()) {
    const two = m.participants.filter((p) => p.actor.kind === 'person');
    if (two.length !== 2 || two.some((p) => p.role !== 'attended' || p.marked)) continue;
    const visit = meetings.slice(0, i).findLast((e) => {
      const host = countryOfMeetingPlace(e.place);
      const days =
        !e.date ||
        !m.date ||
        (m.date.earliest >= e.date.earliest && m.date.earliest <= addDays(e.date.latest, VISIT_DAYS));
      return (
        host !== null &&
        days &&
        (m.place === null || countryOfMeetingPlace(m.place) === host) &&
        e.participants.some((q) => q.role === 'visited' && two.some((p) => sameActor(p.actor, q.actor)))
      );
    });
    const visitor = two.find((p) =>
      visit?.participants.some((q) => q.role === 'visited' && sameActor(p.actor, q.actor)),
    );
    const other = two.find((p) => p !== visitor);
    if (!visitor || !other) continue;
    const from = countryOfPerson(ctx, visitor.actor);
    if (from !== null && countryOfPerson(ctx, other.actor) === from) continue;
    visitor.role = 'visited';
    other.role = 'received';
  }
}

/** The side a European commissioner is of at a meeting: no country's. */
const EUROPEAN_UNION = 'european-union';
/** Titles of a member of the European Commission: "commissaire européen", "EU Commissioner". */
const COMMISSIONER = /\b(commissaire|commissioner|comisari[oa])\b/;
const EUROPEAN = /\b(europ\w*|eu|ue)\b/;

function isEuropeanCommissioner(title: string | null | undefined): boolean {
  const folded = title ? foldText(title) : '';
  return COMMISSIONER.test(folded) && EUROPEAN.test(folded);
}

/**
 * Roles at a meeting between two countries' people in one of the two: who is of the country it
 * was held in received, who came from the other visited ("Laftit et son homologue espagnol se
 * sont réunis à Madrid"). A person's country is the one the article gives, else the one the
 * curated graph knows. Roles a verb or a marker gave stay; people whose country neither gives
 * keep theirs, unless their counterpart's tells it.
 */
export function hostRoles(ctx: ArticleContext, meeting: MeetingReading): void {
  const host = countryOfMeetingPlace(meeting.place);
  if (!host) return;
  const personOf = (a: ActorRef) =>
    a.kind === 'person' ? ctx.people.find((p) => p.name === a.name) : undefined;
  // A European commissioner is of no country, but comes to any country from the Union's side.
  const countryOf = (a: ActorRef) =>
    countryOfPerson(ctx, a) ?? (isEuropeanCommissioner(personOf(a)?.title) ? EUROPEAN_UNION : null);
  const attending = meeting.participants.filter(
    (p) => p.role === 'attended' && !p.marked && personOf(p.actor),
  );
  // "X s'est rendu à Rabat, où il a rencontré Y": who a verb made the visitor came to those of
  // the country it was held in, who received them.
  const visitors = meeting.participants.filter((p) => p.role === 'visited' && p.actor.kind === 'person');
  if (visitors.length > 0 && visitors.every((v) => countryOf(v.actor) !== host)) {
    for (const p of attending) if (countryOf(p.actor) === host) p.role = 'received';
    return;
  }
  const people = attending.filter((p) => countryOf(p.actor) !== null);
  const countries = new Set(people.map((p) => countryOf(p.actor)));
  if (countries.has(host) && countries.size === 2) {
    for (const p of people) p.role = countryOf(p.actor) === host ? 'received' : 'visited';
    return;
  }
  // "X s'est entretenu à Madrid avec son homologue espagnol, Y": X is of the other country than
  // Y's, though the article does not say which.
  const counterpart = attending.find((p) => personOf(p.actor)?.counterpart && countryOf(p.actor));
  const other = attending.find((p) => p !== counterpart);
  if (attending.length !== 2 || !counterpart || !other || countryOf(other.actor)) return;
  const atHome = countryOf(counterpart.actor) === host;
  counterpart.role = atHome ? 'received' : 'visited';
  other.role = atHome ? 'visited' : 'received';
}
