import { type FuzzyDate, foldText, parseFuzzyDate } from '@diplograph/schema';
import {
  adoptionClauses,
  isAdoptionClause,
  namesSigners,
  outsidePassages,
  toldAsHistory,
} from './adoption-clauses.js';
import { DEFINITE_ARTICLES, INDEFINITE_ARTICLES } from './articles.js';
import {
  addActors,
  mainCountries,
  standsForBothSides,
  subjectActors,
  TWO_COUNTRIES,
  titledPerson,
} from './commitment-makers.js';
import { AND_OR } from './conjunctions.js';
import {
  type ActorMention,
  type ActorRef,
  type ArticleContext,
  actorAt,
  actorsIn,
  countryOfPerson,
  inside,
  sameActor,
} from './context.js';
import { countriesIn, countryName } from './countries.js';
import { headOf, toldOfMeeting } from './event-clauses.js';
import { isFuture, isPast } from './future-tense.js';
import type { EventKind, Role } from './lexicon.js';
import { cityOfBuildings } from './meeting-cities.js';
import { meetingDate } from './meeting-dates.js';
import { editionsIn } from './meeting-editions.js';
import {
  countryOfMeetingPlace,
  hostRoles,
  onTheVisit,
  VISITS,
  visitedCountry,
  visitRoles,
} from './meeting-sides.js';
import { countedObject, meetingVerbsIn } from './meeting-verbs.js';
import { dateFromSentenceBefore } from './neighbour-dates.js';
import { dependents, isAgent, isPassive, type ParsedSentence, subtree, type Word } from './parsed.js';
import type { Passage } from './people.js';
import { isRecurring } from './recurring.js';
import { entriesOf, findTriggers } from './triggers.js';

export interface Participation {
  actor: ActorRef;
  role: Role;
  evidence: Passage;
  /**
   * The role is the one words before the name give ("en présence de X", "co-présidée par X"):
   * who is home and who visiting does not change it.
   */
  marked?: boolean;
}

/** A meeting, visit, conference or session an article reports. */
export interface MeetingReading {
  /** The word that names it, folded: meetings named by different words are different meetings. */
  trigger: string;
  /** A name for it from the article's words: "Visite de travail, Rabat". */
  name: string;
  kind: EventKind;
  status: 'held' | 'planned';
  date: FuzzyDate | null;
  /** Where: a place's name, or a country's id when the text gives only the country. */
  place: { name: string } | { country: string } | null;
  participants: Participation[];
  /** The name of the body that convened it. */
  convenedBy: string | null;
  evidence: Passage;
  /** The sentences it is read from, first one first, and their passages: its evidence. */
  sentences: number[];
  passages: Passage[];
  /** True when its word is capitalized inside a sentence: an event's own name. */
  named?: boolean;
  /** True when a noun names it ("la réunion") or a signing reports it: a place alone then makes it a fact. */
  noun?: boolean;
}

const PLACE_CASES = new Set(['a', 'au', 'aux', 'en', 'in', 'at', 'dans', 'sur', 'to']);
/** Words between a preposition and a country's name: "to the Kingdom of Morocco", "au Royaume du Maroc". */
const KINGDOM = new Set(['the', 'le', 'la', 'el', 'kingdom', 'royaume', 'reino', 'of', 'du', 'de', 'del']);
/** Kinds of meeting that a place alone makes a fact of: "la conférence ... à Marrakech". */
const SELF_STANDING = new Set<EventKind>([
  'ministerial-conference',
  'group-session',
  'working-session',
  'official-visit',
  'state-visit',
]);
const STATE = new Set(["d'etat", 'etat', 'state', 'estado']);
/** The trigger of a meeting a signing verb reports, whatever the verb. */
const SIGNING = 'signing';

/** The distance in words between two words of a sentence, for choosing the nearest mention. */
const distance = (a: { start: number }, b: { start: number }) => Math.abs(a.start - b.start);

function nearest<T extends { start: number }>(items: T[], to: { start: number }): T | undefined {
  return [...items].sort((a, b) => distance(to, a) - distance(to, b))[0];
}

/** The role a participant gets from the words before their name: "co-présidée par X et Y". */
function markedRoles(
  ctx: ArticleContext,
  sentence: ParsedSentence,
  actors: ActorMention[],
): Map<ActorMention, Role> {
  const roles = new Map<ActorMention, Role>();
  for (const marker of findTriggers(sentence, ctx.lexicon.roleMarkers)) {
    const last = marker.words.at(-1) ?? marker.head;
    // The names that follow the marker, up to the end of the clause.
    const clauseEnd =
      sentence.words.find((w) => w.start > last.end && [';', '.', ':'].includes(w.text))?.start ??
      sentence.end;
    const starts = [last.end, ...repeatedAfter(sentence, last, clauseEnd)];
    for (const a of actors)
      if (a.start < clauseEnd && starts.some((from) => a.start >= from && a.start - from < 120))
        roles.set(a, marker.value);
  }
  return roles;
}

/** Roles a country itself holds at a meeting: "co-chaired by Senegal and France". */
const COUNTRY_ROLES = new Set<Role>(['chaired', 'co-chaired']);

/**
 * The countries a marker makes chairs of the meeting: they took part as themselves. Not a country
 * that completes a noun, a chair's title ("par X, directeur général des étrangers en France").
 */
function chairingCountries(sentence: ParsedSentence, roles: Map<ActorMention, Role>): ActorMention[] {
  return [...roles]
    .filter(([a, role]) => a.actor.kind === 'country' && COUNTRY_ROLES.has(role))
    .filter(([a]) => !sentence.words.find((w) => w.start === a.start)?.dep.startsWith('nmod'))
    .map(([a]) => a);
}

/**
 * Where a marker's list goes on after a title that holds it apart: a conjunction followed by the
 * marker's own preposition again ("coprésidée par X, wali ..., et par Y", "sous la coprésidence
 * du ministre ..., X, et du secrétaire d'Etat ..., Y", "copresidida por ... y por ...").
 */
function repeatedAfter(sentence: ParsedSentence, marker: Word, clauseEnd: number): number[] {
  const ends: number[] = [];
  for (const w of sentence.words) {
    if (w.start <= marker.end || w.start >= clauseEnd || !AND_OR.has(w.folded)) continue;
    const next = sentence.words[w.i + 1];
    if (next && (next.folded === marker.folded || next.lemma === marker.lemma)) ends.push(next.end);
  }
  return ends;
}

/**
 * Roles from the verb: the subject of "a reçu" received, its object visited, and the subject of
 * a passive ("X a été reçu par Y") visited, by the agent, who received. A pronoun subject ("Il a
 * été reçu") is the person it stands for, in `pronouns`.
 */
function verbRoles(
  ctx: ArticleContext,
  sentence: ParsedSentence,
  actors: ActorMention[],
  pronouns: Array<{ actor: ActorRef; role: Role }> = [],
): Map<ActorMention, Role> {
  const roles = new Map<ActorMention, Role>();
  for (const verb of meetingVerbsIn(ctx.lexicon, sentence)) {
    const [subjectRole, objectRole] = verb.value;
    const comer = cameToMeet(sentence, verb.head);
    const came = comer && actorAt(actors, comer);
    if (came) roles.set(came, 'visited');
    for (const w of sentence.words) {
      if (w.head !== verb.head.i) continue;
      const actor = actorAt(actors, w) ?? namedInApposition(sentence, w, actors);
      // The agent of a passive did what the verb's subject does: "coprésidés par X", "reçu par Y".
      const role = w.dep.startsWith('nsubj')
        ? w.dep.includes('pass') || isPassive(sentence, verb.head)
          ? objectRole
          : subjectRole
        : isAgent(sentence, verb.head, w)
          ? subjectRole
          : w.dep === 'obj' && objectRole
            ? objectRole
            : undefined;
      if (!actor) {
        if (role && w.pos === 'PRON' && w.dep.startsWith('nsubj'))
          for (const person of subjectActors(ctx, sentence, w, actors))
            if (person.kind === 'person') pronouns.push({ actor: person, role });
        continue;
      }
      if (role) roles.set(actor, role);
      // The names joined to a subject or object by "et" take its role, named in apposition too
      // ("X and his Portuguese counterpart, Y, co-chaired").
      for (const c of sentence.words) {
        if (c.head === w.i && c.dep === 'conj') {
          const joined = actorAt(actors, c) ?? namedInApposition(sentence, c, actors);
          const role = roles.get(actor);
          if (joined && role) roles.set(joined, role);
        }
      }
    }
  }
  return roles;
}

/** Relations that open a clause of its own inside a phrase: "le ministre, qui a reçu X, ...". */
const CLAUSE = /^(acl|advcl|ccomp|parataxis)/;

/**
 * The name that stands in apposition to a subject, object or agent: its own, or else the only
 * person its title names, wherever the parser hung the name ("reçu par le ministre du Travail et
 * des Solidarités, Y", the name on the title's last noun; "el ministro de Asuntos Exteriores,
 * Unión Europea y Cooperación, X", a "flat" of it). Names in a clause of the phrase are not its;
 * a body in apposition stands for the phrase when no person does.
 */
function namedInApposition(
  sentence: ParsedSentence,
  phrase: Word,
  actors: ActorMention[],
): ActorMention | undefined {
  const own = dependents(sentence, phrase.i)
    .filter((a) => a.dep === 'appos')
    .flatMap((a) => actorAt(actors, a) ?? []);
  const person = own.find((a) => a.actor.kind === 'person');
  if (person) return person;
  const clauses = dependents(sentence, phrase.i)
    .filter((c) => CLAUSE.test(c.dep))
    .flatMap((c) => subtree(sentence, c.i));
  const people = new Set(
    subtree(sentence, phrase.i)
      .filter((w) => !clauses.includes(w))
      .flatMap((w) => actorAt(actors, w) ?? [])
      .filter((a) => a.actor.kind === 'person'),
  );
  const [only, ...more] = people;
  // "Unión Europea" in the title is no name of the person's: a body stands only when no one is named.
  return (more.length === 0 ? only : undefined) ?? own[0];
}

/** Forms of "to come" that a meeting verb completes: "venu les rencontrer", "came to meet". */
const COMING = new Set([
  'venu',
  'venue',
  'venus',
  'venues',
  'venir',
  'vient',
  'viennent',
  'come',
  'came',
  'comes',
  'coming',
  'vino',
  'vinieron',
  'venido',
  'viene',
  'vienen',
]);

/**
 * Who came to the others to meet them, and so visited them: the subject of "to come" that a
 * meeting verb completes, or the name such a participle is told of ("le préfet, X, venu les
 * rencontrer à Y").
 */
function cameToMeet(sentence: ParsedSentence, verb: Word): Word | undefined {
  const coming = sentence.words[verb.head];
  if (verb.dep !== 'xcomp' || !coming || !COMING.has(coming.folded)) return undefined;
  if (coming.dep === 'acl') return sentence.words[coming.head];
  return dependents(sentence, coming.i).find((w) => w.dep === 'nsubj');
}

/** Words that put a meeting within another: "pendant la visite", "en marge du sommet", "during". */
const WITHIN = new Set(['pendant', 'lors', 'durant', 'marge', 'during', 'sidelines', 'durante', 'margen']);

/**
 * True when a meeting word is told as taking place within another one's, which follows it in the
 * clause with a mark of its own: "les discussions ... pendant la visite d'Etat", "a meeting on the
 * sidelines of the summit". The parser hangs the mark's phrase anywhere: only the words count.
 */
function isWithin(sentence: ParsedSentence, inner: Word, outer: Word): boolean {
  if (inner.i >= outer.i) return false;
  const between = sentence.words.slice(inner.i + 1, outer.i);
  if (between.some((w) => w.pos === 'VERB' || w.pos === 'AUX')) return false;
  return between.slice(-4).some((w) => WITHIN.has(w.folded));
}

/**
 * Words that tell a meeting held on the side of another: "en marge du forum", "on the sidelines of
 * the summit", "al margen de la cumbre". "Lors de sa visite, il a reçu" tells the visit itself.
 */
const SIDELINES = new Set(['marge', 'marges', 'sidelines', 'margins', 'margin', 'margen']);

/** True when a meeting's noun is told as the frame of another meeting: "en marge du forum". */
function isFrame(sentence: ParsedSentence, noun: Word): boolean {
  const head = sentence.words[noun.head];
  return head !== undefined && noun.dep.startsWith('nmod') && SIDELINES.has(head.folded);
}

/**
 * Who a subjectless participle clause that tells of a meeting is about: the noun it hangs on
 * ("Intervenant à l'occasion du Salon, l'ambassadeur ...") or the subject of the verb it hangs on
 * ("Speaking at the summit, the minister said").
 */
function speakerAt(sentence: ParsedSentence, noun: Word): Word | undefined {
  let at: Word | undefined = noun;
  for (let hops = 0; at && at.pos !== 'VERB' && hops < 4; hops++)
    at = at.dep.startsWith('nmod') || at.dep.startsWith('obl') ? sentence.words[at.head] : undefined;
  const clause = at?.pos === 'VERB' ? at : undefined;
  const up = clause && sentence.words[clause.head];
  if (!clause || !up || dependents(sentence, clause.i).some((w) => w.dep.startsWith('nsubj')))
    return undefined;
  if (clause.dep === 'acl' && up.i > clause.i) return up;
  if (clause.dep === 'advcl') return dependents(sentence, up.i).find((w) => w.dep === 'nsubj');
  return undefined;
}

/** Words that say who a meeting is between or with: "entre la France et le Maroc", "avec l'OFII". */
const PARTIES = new Set(['entre', 'between', 'avec', 'with', 'con']);

/**
 * The actors a meeting's noun says it is between or with, countries and bodies too: "les
 * discussions entre la France et le Maroc", "une réunion avec ses services, ceux de l'OFII et de
 * l'ARS", "talks between Morocco and Spain", "la reunión con Marruecos".
 */
function parties(sentence: ParsedSentence, noun: Word, actors: ActorMention[]): ActorMention[] {
  const found: ActorMention[] = [];
  for (const w of sentence.words) {
    if (w.head !== noun.i || !w.dep.startsWith('nmod')) continue;
    if (!sentence.words.some((c) => c.head === w.i && c.dep === 'case' && PARTIES.has(c.folded))) continue;
    for (const member of subtree(sentence, w.i)) {
      const actor = actorAt(actors, member);
      if (actor && !found.includes(actor)) found.push(actor);
    }
  }
  return found;
}

/**
 * Visits told with no one named ("lors d'une visite du gouvernement belge au Maroc"), each with
 * the first later meeting at the same place that names people and, like the visit, no date
 * ("Hier, le Premier ministre X, la ministre Y ... au Maroc"): the visit's members, told after it.
 */
function membersLater(meetings: MeetingReading[]): Array<[MeetingReading, MeetingReading]> {
  const named = (m: MeetingReading) => m.participants.some((p) => p.actor.kind === 'person');
  const pairs: Array<[MeetingReading, MeetingReading]> = [];
  for (const visit of meetings) {
    const place = visit.place;
    if (!VISITS.has(visit.kind) || visit.date || !place || named(visit)) continue;
    const later = meetings.find(
      (m) =>
        (m.sentences[0] ?? 0) > (visit.sentences[0] ?? 0) &&
        m.status === visit.status &&
        !m.date &&
        m.place !== null &&
        'name' in m.place === 'name' in place &&
        samePlace(m.place, place) &&
        named(m) &&
        !pairs.some(([, l]) => l === m),
    );
    if (later) pairs.push([visit, later]);
  }
  return pairs;
}

/**
 * Nouns whose complement names someone on whose behalf or in whose spirit others act, not
 * someone present: "conformément aux instructions du Roi", "under the leadership of".
 */
const BETWEEN = new Set(['entre', 'between']);
const ASIDE = new Set([
  'instructions',
  'orientations',
  'directives',
  'leadership',
  'vision',
  'impulsion',
  'guidance',
  'instrucciones',
  'orientaciones',
  'directrices',
  'liderazgo',
]);

/**
 * True when a person is named in the sentence of a meeting only as what another noun is about:
 * "les liens entre le Roi X et le Roi Y" (an "entre" that is not a meeting's), "conformément
 * aux instructions du Roi". Such a person is not told to have taken part.
 */
function toldAside(
  sentence: ParsedSentence,
  trigger: Word,
  mention: { start: number },
  isMeetingNoun: (w: Word) => boolean,
): boolean {
  let at = sentence.words.find((w) => w.start === mention.start);
  for (let hops = 0; at && hops < 8 && at.i !== trigger.i; hops++) {
    const up: Word | undefined = sentence.words[at.head];
    if (!up) return false;
    if (up.i === trigger.i) return false;
    if (ASIDE.has(up.folded) && at.dep.startsWith('nmod')) return true;
    // "les discussions ... pendant la visite d'Etat d'Emmanuel Macron": the visit's visitor.
    if (at.dep.startsWith('nmod') && isMeetingNoun(up) && isWithin(sentence, trigger, up)) return true;
    const from = at;
    const between = sentence.words.some(
      (c) => c.head === from.i && c.dep === 'case' && BETWEEN.has(c.folded),
    );
    if (between && at.dep.startsWith('nmod') && up.pos === 'NOUN' && !isMeetingNoun(up)) return true;
    at = up;
  }
  return false;
}

/**
 * The countries a meeting's own words say it is between: "la Haute commission mixte
 * maroco-espagnole", "la réunion des ministres de l'Intérieur des deux Royaumes".
 */
function countriesOfMeeting(ctx: ArticleContext, sentence: ParsedSentence, words: Word[]): ActorRef[] {
  const found: ActorRef[] = [];
  // Any word of the meeting's name may carry them: the parser may take "Haute" for its head.
  const name = new Set(words.map((w) => w.i));
  for (const w of sentence.words) {
    if (!name.has(w.head) || name.has(w.i)) continue;
    if (w.dep === 'amod')
      addActors(
        found,
        countriesIn(w.text).map((id) => ({ kind: 'country', id })),
      );
    const phrase = subtree(sentence, w.i)
      .map((x) => x.folded)
      .join(' ');
    if (w.dep.startsWith('nmod') && TWO_COUNTRIES.test(phrase)) addActors(found, mainCountries(ctx));
    // "une réunion à laquelle ont pris part les représentants marocains, espagnols": who the
    // meeting's own clause says took part, by their countries' adjectives.
    if (w.dep.startsWith('acl'))
      for (const who of dependents(sentence, w.i).filter(
        (d) => d.dep.startsWith('nsubj') || d.dep === 'obl:agent',
      ))
        for (const d of subtree(sentence, who.i))
          if (d.pos === 'ADJ' && !CLAUSE_LINKS.has(sentence.words[d.head]?.dep ?? ''))
            addActors(
              found,
              countriesIn(d.text).map((id): ActorRef => ({ kind: 'country', id })),
            );
  }
  return found;
}

/** Relations under which an adjective is another clause's, not of who took part. */
const CLAUSE_LINKS = new Set(['acl', 'acl:relcl', 'advcl', 'ccomp']);

/** Relations by which a name is part of a meeting's own name: "le sommet UE-UA", "the EU-AU summit". */
const NAMING = new Set(['appos', 'compound', 'flat', 'flat:name']);

/**
 * The bodies and countries a meeting's own name joins with a hyphen: "le sommet UE-UA", "the
 * EU-Morocco summit", "la cumbre UE-Marruecos", each part an acronym or a name the article gives.
 */
function namedInMeeting(ctx: ArticleContext, sentence: ParsedSentence, noun: Word): ActorRef[] {
  const found: ActorRef[] = [];
  for (const w of sentence.words) {
    if (w.head !== noun.i || !NAMING.has(w.dep) || !w.text.includes('-')) continue;
    for (const part of w.text.split('-')) {
      const body = ctx.organizations.find((o) => o.acronym === part || o.name === part);
      if (body) addActors(found, [{ kind: 'organization', name: body.name }]);
      else
        addActors(
          found,
          countriesIn(part).map((id): ActorRef => ({ kind: 'country', id })),
        );
    }
  }
  return found;
}

/**
 * True when a verb is what others agreed or decided to do: "sont convenus de tenir une réunion",
 * "agreed to hold the next round", "decidieron celebrar": a meeting still to come, whatever the
 * tense of the agreeing.
 */
function agreedTo(ctx: ArticleContext, sentence: ParsedSentence, verb: Word): boolean {
  const governor = sentence.words[verb.head];
  if (!governor || verb.dep !== 'xcomp') return false;
  return findTriggers(sentence, entriesOf(ctx.lexicon.commitmentVerbs)).some((t) => t.head.i === governor.i);
}

/** Participles of giving an interview: "un entretien accordé à La Tribune", "an interview given to". */
const GRANTED = /^(accord|donn|given|grant|concedid|otorgad)/;

/**
 * True when a meeting's noun is an interview someone gave the press: "dans un entretien accordé
 * au Monde", "en una entrevista concedida a El País". A newspaper is no party to a meeting.
 */
function isInterview(sentence: ParsedSentence, noun: Word): boolean {
  return dependents(sentence, noun.i).some((w) => w.dep.startsWith('acl') && GRANTED.test(w.folded));
}

/** Words that make a meeting's noun a part of another's: "la séance d'ouverture", "the closing session". */
const PARTS = new Set([
  'ouverture',
  'cloture',
  'inaugurale',
  'pleniere',
  'opening',
  'closing',
  'plenary',
  'inaugural',
  'apertura',
  'clausura',
  'plenaria',
]);

/**
 * True when a meeting's noun names a part of the meeting its complement names: "la séance
 * d'ouverture de la conférence", "the opening session of the summit", "la sesión de clausura del
 * foro". What is told of the part is told of that meeting.
 */
function partOfAnother(sentence: ParsedSentence, noun: Word, others: Word[]): boolean {
  const below = dependents(sentence, noun.i);
  const part =
    below.some((w) => PARTS.has(w.folded)) ||
    sentence.words.some((w) => PARTS.has(w.folded) && w.i === noun.i - 1);
  return part && below.some((w) => w.dep.startsWith('nmod') && others.includes(w) && w !== noun);
}

/**
 * "Le Maroc a pris part aux travaux de la conférence", "Spain and France attended the summit":
 * the actors a verb of taking part has for subject, when it governs the meeting's word or the
 * words the meeting's word completes.
 */
function attendees(
  ctx: ArticleContext,
  sentence: ParsedSentence,
  noun: Word,
  actors: ActorMention[],
): ActorRef[] {
  // Up through the nouns the meeting's word completes, which the parser may chain wrongly.
  let verb = sentence.words[noun.head];
  for (let hops = 0; verb && verb.pos !== 'VERB' && ['NOUN', 'PROPN'].includes(verb.pos) && hops < 4; hops++)
    verb = sentence.words[verb.head];
  if (verb?.pos !== 'VERB') return [];
  if (!findTriggers(sentence, entriesOf(ctx.lexicon.attendingVerbs)).some((t) => t.head.i === verb.i))
    return [];
  const subjects = sentence.words.filter((w) => w.head === verb.i && w.dep.startsWith('nsubj'));
  const joined = sentence.words.filter((w) => subjects.some((s) => w.head === s.i && w.dep === 'conj'));
  return [...subjects, ...joined].flatMap((w) => {
    const actor = actorAt(actors, w)?.actor;
    return actor ? [actor] : [];
  });
}

/**
 * True when the word at `start` is in a relative clause on a noun that completes the meeting's
 * word: "une session sur l'évolution des négociations qui se tiennent à New York".
 */
function inNounClause(sentence: ParsedSentence, trigger: Word, start: number): boolean {
  const word = sentence.words.find((w) => w.start === start);
  if (!word) return false;
  const below = new Set(subtree(sentence, trigger.i).map((w) => w.i));
  for (let at: Word | undefined = word, hops = 0; at && hops < 8; hops++) {
    if (at.i === trigger.i) return false;
    if (at.dep === 'acl:relcl') return at.head !== trigger.i && below.has(at.head);
    at = sentence.words[at.head];
  }
  return false;
}

/**
 * True when the place at `start` completes a title: "l'ambassadeur d'Espagne au Maroc", "its
 * ambassador to Senegal". It is where someone serves, not where a meeting is.
 */
function completesTitle(ctx: ArticleContext, sentence: ParsedSentence, start: number): boolean {
  const word = sentence.words.find((w) => w.start === start);
  const title = word?.dep.startsWith('nmod') ? sentence.words[word.head] : undefined;
  return (
    title !== undefined &&
    (ctx.lexicon.titles.includes(title.folded) || ctx.lexicon.titles.includes(title.lemma))
  );
}

function placeOf(
  ctx: ArticleContext,
  sentence: ParsedSentence,
  trigger: Word,
  others: Word[],
  isMeetingNoun: (w: Word) => boolean,
): MeetingReading['place'] {
  const span = { start: sentence.start, end: sentence.end };
  // "une session sur les négociations qui se tiennent à New York": a place phrase follows its
  // meeting's word, so a place is the meeting's named nearest before it (or nearest of all when
  // none is before it, "À Rabat, ... leur conférence de presse").
  const mine = (start: number) => {
    const before = others.filter((o) => o.start < start);
    return nearest(before.length > 0 ? before : others, { start })?.i === trigger.i;
  };
  const introduced = (start: number) => {
    if (!mine(start)) return false;
    const before = sentence.words.filter((w) => w.end <= start);
    let k = before.length - 1;
    while (k > 0 && KINGDOM.has(before[k]?.folded ?? '') && before.length - k <= 4) k--;
    const word = before[k];
    const named = sentence.words.find((w) => w.start === start);
    return (
      word !== undefined &&
      PLACE_CASES.has(word.folded) &&
      !inNounClause(sentence, trigger, start) &&
      !completesTitle(ctx, sentence, start) &&
      (!named || toldOfMeeting(sentence, trigger, named, isMeetingNoun))
    );
  };
  const places = ctx.places.flatMap((p) =>
    p.mentions
      .filter((m) => inside(span, m) && introduced(m.start))
      .map((m) => ({ name: p.name, start: m.start })),
  );
  const place = nearest(places, trigger);
  if (place) return { name: place.name };
  // "at Morocco's Interior Ministry": a country that owns what follows is whose it is, not where.
  const owner = (start: number) => sentence.words.find((w) => w.start === start)?.dep === 'nmod:poss';
  const countries = ctx.countries.filter(
    (c) => inside(span, c) && introduced(c.start) && !owner(c.start) && c.actor.kind === 'country',
  );
  const country = nearest(countries, trigger);
  return country && country.actor.kind === 'country' ? { country: country.actor.id } : null;
}

/** Bodies whose meetings they convene: a group's session, a process's conference. */
const CONVENING_BODIES = new Set([
  'groupe',
  'grupo',
  'group',
  'processus',
  'proceso',
  'process',
  'dialogue',
  'dialogo',
  'commission',
  'comision',
  'forum',
  'foro',
]);

function convenerOf(
  ctx: ArticleContext,
  actors: ActorMention[],
  roles: Map<ActorMention, Role>,
): string | null {
  for (const a of actors) {
    if (a.actor.kind !== 'organization' || roles.has(a)) continue;
    const org = ctx.organizations.find((o) => a.actor.kind === 'organization' && o.name === a.actor.name);
    // The kind of body is the first word of its name in French and Spanish, the last in English.
    const words = foldText(org?.name ?? '').split(/\s+/);
    if (
      CONVENING_BODIES.has(words[0] ?? '') ||
      CONVENING_BODIES.has(words.at(-1) ?? '') ||
      /^[A-Z]{3,}$/.test(org?.acronym ?? org?.name ?? '')
    ) {
      return org?.name ?? null;
    }
  }
  return null;
}

/**
 * The meetings of an article. Each sentence with a meeting word ("entretien", "visite",
 * "talks", "reunión") or verb ("a reçu", "met") gives a meeting with the date, place and
 * participants of that sentence; later sentences that use the same word and do not contradict
 * it (another date, another place) add to it. A meeting word with nothing to tell (no date,
 * place or participant) gives no meeting.
 */
export function readMeetings(ctx: ArticleContext): MeetingReading[] {
  const meetings: MeetingReading[] = [];
  /** Meetings held within another ("pendant la visite d'Etat"), which lend them their date and place. */
  const within: Array<{ inner: MeetingReading; outer: MeetingReading }> = [];
  /** Where a reading went when it joined an earlier one. */
  const joined = new Map<MeetingReading, MeetingReading>();
  const current = (m: MeetingReading): MeetingReading => {
    const next = joined.get(m);
    return next ? current(next) : m;
  };
  const readingOf = new Map<Word, MeetingReading>();
  /** The meeting a sentence tells another one came after: "quelques jours après son déplacement". */
  const after = new Map<number, MeetingReading>();
  // Meetings named with a possessive ("leur conférence"): their people's meeting told of before.
  const theirs = new Set<MeetingReading>();
  /** Meetings told only as the frame of a verb's ("en marge du forum"): held where and when it was. */
  const frameReadings = new Set<MeetingReading>();
  const nouns = ctx.lexicon.meetingNouns;
  const isMeetingNoun = (w: Word) => nouns.some(([n]) => n === w.folded || n === w.lemma);
  // "Le Maroc et l'Espagne ont conclu, mardi à Madrid, un mémorandum": a signing is a meeting.
  const signing = entriesOf(ctx.lexicon.signingVerbs);
  for (const sentence of ctx.sentences) {
    // A capitalized word inside a sentence is a name's, a noun: "the Senior Officials' Meeting".
    const named = findTriggers(sentence, nouns).filter(
      (t) =>
        t.head.pos === 'NOUN' || t.head.pos === 'PROPN' || (t.head.i > 0 && /^\p{Lu}/u.test(t.head.text)),
    );
    const byNoun = named.filter(
      (t) =>
        !partOfAnother(
          sentence,
          t.head,
          named.map((n) => n.head),
        ) && !isInterview(sentence, t.head),
    );
    const byVerb = meetingVerbsIn(ctx.lexicon, sentence);
    // Each meeting word of a sentence is its own meeting ("lors de sa visite", "leur conférence de
    // presse"); a verb reports one when no noun does.
    // "the plan adopted in 2022" tells a document's past, not a signing; "signé par X et Y" one.
    // A signing its clause dates before the month of publication ("el acuerdo que España y
    // Marruecos firmaron en 2001") is the document's history, not a meeting the article reports.
    const bySigning = findTriggers(sentence, signing).filter(
      (t) =>
        t.head.pos === 'VERB' &&
        !countedObject(sentence, t.head) &&
        // "agreed on Tuesday to launch patrols": what was agreed to be done, no text signed.
        !dependents(sentence, t.head.i).some((w) => w.dep === 'xcomp') &&
        !toldAsHistory(ctx, sentence, t.head) &&
        (!isAdoptionClause(ctx.lexicon, sentence, t.head) || namesSigners(sentence, t.head)),
    );
    // "X s'est entretenu avec Y en marge du forum", "X met Y on the sidelines of the summit": the
    // verb tells a meeting of its own, held within the noun's, which is told only as its frame.
    const frames = byNoun.filter((t) => isFrame(sentence, t.head)).map((t) => t.head);
    const framed = byVerb
      .filter((v) => frames.some((f) => subtree(sentence, v.head.i).includes(f)))
      .slice(0, 1);
    const triggers =
      byNoun.length > 0
        ? [...framed, ...byNoun]
        : byVerb.length > 0
          ? separateMeetingVerbs(sentence, byVerb, isMeetingNoun)
          : bySigning.slice(0, 1);
    if (triggers.length === 0) ledThere(ctx, sentence, meetings.at(-1));
    // "the next round", "la prochaine session": still to come, whatever the verb's tense.
    const toCome = findTriggers(sentence, entriesOf(ctx.lexicon.planned)).length > 0;
    for (const trigger of triggers) {
      // "le protocole de l'accord conclu en janvier 2022": the adoption clause's date, place and
      // signers are the document's, not this meeting's.
      const seen = outsidePassages(
        ctx,
        adoptionClauses(ctx.lexicon, sentence).filter((p) => !inside(p, trigger.head)),
      );
      const span = { start: sentence.start, end: sentence.end };
      // "X, reçu jeudi par Y, doit se rendre vendredi à Tanger": only what is told of this meeting.
      const ofMeeting = (d: Passage) => {
        const word = headOf(sentence, d);
        return !word || toldOfMeeting(sentence, trigger.head, word, isMeetingNoun);
      };
      // A verb another clause tells apart ("qui a été reçu ..., doit se rendre à Tanger") is its own.
      const apart = byNoun.length === 0 && trigger !== triggers[0];
      const actors = actorsIn(seen, span);
      const people = actors.filter((a) => a.actor.kind === 'person');
      const pronouns: Array<{ actor: ActorRef; role: Role }> = [];
      const marked = markedRoles(ctx, sentence, actors);
      const roles = new Map([...verbRoles(ctx, sentence, actors, pronouns), ...marked]);
      const participants: Participation[] = [];
      // A frame's participants are those its own words name: the verb's are the verb's meeting's.
      const own =
        framed.length > 0 && frames.includes(trigger.head)
          ? subtree(sentence, trigger.head.i).map((w) => w.start)
          : undefined;
      for (const { actor, role } of own ? [] : pronouns)
        if (!participants.some((p) => sameActor(p.actor, actor)))
          participants.push({ actor, role, evidence: span });
      const present = people.filter(
        (a) =>
          (!own || own.includes(a.start)) &&
          (roles.has(a) || !toldAside(sentence, trigger.head, a, isMeetingNoun)) &&
          (!apart || ofMeeting(a)),
      );
      for (const a of [
        ...present,
        ...parties(sentence, trigger.head, actors),
        ...chairingCountries(sentence, roles),
      ]) {
        if (participants.some((p) => sameActor(p.actor, a.actor))) continue;
        participants.push({
          actor: a.actor,
          role: roles.get(a) ?? 'attended',
          evidence: span,
          ...(marked.has(a) && { marked: true }),
        });
      }
      // "le représentant de l'État a organisé une réunion": who the governing verb's subject stands
      // for; "le ministre doit se rendre à Tanger": the subject the meeting verb completes is its own.
      const governor = sentence.words[trigger.head.head];
      const completed =
        trigger.head.dep === 'xcomp' ? byVerb.find((v) => v === trigger)?.value[0] : undefined;
      for (const w of sentence.words) {
        if (governor?.pos !== 'VERB' || w.head !== governor.i || w.dep !== 'nsubj') continue;
        const titled = actorAt(actors, w) ? undefined : titledPerson(seen, sentence, w);
        if (titled && !participants.some((p) => sameActor(p.actor, titled)))
          participants.push({ actor: titled, role: completed ?? 'attended', evidence: span });
      }
      for (const a of attendees(ctx, sentence, trigger.head, actors))
        if (!participants.some((p) => sameActor(p.actor, a)))
          participants.push({ actor: a, role: 'attended', evidence: span });
      // "Intervenant à l'ouverture du Salon, l'ambassadeur a indiqué", "Speaking at the summit, the
      // minister said": who speaks at the meeting took part in it.
      const speaker = speakerAt(sentence, trigger.head);
      const spoke = speaker && (actorAt(actors, speaker)?.actor ?? titledPerson(seen, sentence, speaker));
      if (spoke?.kind === 'person' && !participants.some((p) => sameActor(p.actor, spoke)))
        participants.push({ actor: spoke, role: 'attended', evidence: span });
      if (people.length === 0)
        for (const member of [
          ...countriesOfMeeting(ctx, sentence, trigger.words),
          ...namedInMeeting(ctx, sentence, trigger.head),
        ])
          if (!participants.some((p) => sameActor(p.actor, member)))
            participants.push({ actor: member, role: 'attended', evidence: span });
      // "il se rendra à Rabat", "effectuera une visite", "will visit": a meeting still to come; not
      // "la visite permettra de", which tells what the meeting will bring.
      const verb =
        trigger.head.pos === 'VERB'
          ? trigger.head
          : trigger.head.dep.startsWith('nsubj')
            ? undefined
            : sentence.words[trigger.head.head];
      const future = verb?.pos === 'VERB' && (isFuture(ctx, sentence, verb) || agreedTo(ctx, sentence, verb));
      // "après une réunion" in a sentence dated for what came after it: only the meeting's own
      // words date it ("après son déplacement du 26 octobre").
      const anchor = anchorOf(sentence, trigger.head);
      const words = subtree(sentence, trigger.head.i);
      const phrase = { start: words[0]?.start ?? 0, end: words.at(-1)?.end ?? 0 };
      const dates = {
        ...seen,
        dates: seen.dates.filter((d) => (!anchor || inside(phrase, d)) && (!inside(span, d) || ofMeeting(d))),
      };
      const past = verb?.pos === 'VERB' && isPast(ctx, sentence, verb);
      const date = meetingDate(
        dates,
        sentence,
        trigger.head,
        future || toCome ? 'future' : past ? 'past' : 'unknown',
      );
      const place = placeOf(
        seen,
        sentence,
        trigger.head,
        triggers.map((t) => t.head),
        isMeetingNoun,
      );
      const kindWord = byNoun.find((t) => t === trigger);
      let kind: EventKind = kindWord ? kindWord.value : 'bilateral-meeting';
      const next = sentence.words[trigger.head.i + 1];
      const afterNext = sentence.words[trigger.head.i + 2];
      if (
        kind === 'official-visit' &&
        ((next && STATE.has(next.folded)) || (afterNext && STATE.has(afterNext.folded)))
      )
        kind = 'state-visit';
      if (kindWord && VISITS.has(kind)) visitRoles(ctx, sentence, trigger.head, actors, participants, place);
      // A meeting dated after the article was published has not been held yet, whatever the verb.
      const ahead = date !== null && ctx.published !== null && date.earliest > ctx.published.latest;
      const planned = future || ahead || toCome;
      const reading: MeetingReading = {
        // "ont signé ... ont conclu ... a été signé par": one signing, whichever verb tells it.
        trigger: bySigning.some((t) => t === trigger) ? SIGNING : trigger.words.map((w) => w.lemma).join(' '),
        name: meetingName(ctx, sentence, trigger.head, place),
        kind,
        status: planned ? 'planned' : 'held',
        date,
        place,
        participants,
        convenedBy: convenerOf(ctx, actors, roles),
        evidence: span,
        sentences: [sentence.index],
        passages: [span],
        noun: kindWord !== undefined,
      };
      // Two meeting words of one sentence are one event unless each has its own place or date
      // ("les travaux ... à Marrakech, ainsi que la réunion ... à Madrid").
      const inFrame = (inner: Word, outer: Word) =>
        inner !== outer &&
        (isWithin(sentence, inner, outer) ||
          (framed.some((v) => v.head === inner) && frames.includes(outer)));
      const outerWord = triggers.find((t) => inFrame(t.head, trigger.head))?.head;
      const innerWord = triggers.find((t) => inFrame(trigger.head, t.head))?.head;
      const related = [outerWord, innerWord].flatMap((w) => {
        const m = w && readingOf.get(w);
        return m ? [current(m)] : [];
      });
      // "quelques jours après son déplacement": a meeting told of before, as the time of another.
      const sibling = meetings.find(
        (m) =>
          !anchor &&
          !apart &&
          m.sentences[0] === sentence.index &&
          !related.includes(m) &&
          samePlace(m.place, reading.place) &&
          sameDate(m, reading),
      );
      // "a program of thematic meetings": a plural with no date or place is no one meeting.
      // A verb's plural ("se sont entretenus") is its subject's, not the meeting's.
      const plural =
        kindWord !== undefined &&
        trigger.words.length === 1 &&
        trigger.head.folded.endsWith('s') &&
        !nouns.some(([n]) => n === trigger.head.folded);
      if (plural && !date && !place) continue;
      if (isRecurring(sentence, trigger.head)) continue;
      // "aura pour mission la sélection": a role, not an event.
      if (['pour', 'for', 'as', 'como', 'para'].includes(sentence.words[trigger.head.i - 1]?.folded ?? ''))
        continue;
      // "said a joint statement issued after the meeting": the meeting told of before.
      const determiner = sentence.words[trigger.head.i - 1];
      const definite = determiner !== undefined && DEFINITE.has(determiner.folded);
      // "Piantedosi told reporters after the meeting": a bare "the meeting" is the one told of
      // before, whatever date the sentence gives what came after it.
      const bare = definite && dependents(sentence, trigger.head.i).every((w) => BARE.has(w.dep));
      // "La Conférence" after talks told of since: the last meeting named by the same word; "la
      // rencontre", "cette rencontre de haut niveau": the last one, but not "la réunion des
      // fonctionnaires", which says which meeting it is.
      // "La reunión, que se prolongó tres horas, contó con la presencia de X" right after a meeting:
      // a definite meeting the sentence is about is the one the sentence before told.
      const adjacent = meetings.at(-1);
      const about =
        definite &&
        trigger.head.dep.startsWith('nsubj') &&
        adjacent !== undefined &&
        Math.max(...adjacent.sentences) === sentence.index - 1;
      // "Durante la reunión, X presentó el balance de 2025", "à l'issue de la rencontre, qui ...":
      // the meeting told before, as the time of what the sentence tells, whose date and place are
      // not the meeting's.
      const framing = definite && framesTheSentence(sentence, trigger.head, isMeetingNoun);
      const last =
        meetings.findLast((m) => m.trigger === reading.trigger) ??
        (bare || about || framing || DEMONSTRATIVE.has(determiner?.folded ?? '')
          ? meetings.at(-1)
          : undefined);
      // "La reunión se celebró el martes", "X and Y took part in the talks": a bare definite meeting
      // the sentence is about, or tells who attended, is still the one told before, dated or
      // placed, when that one could be it; not "pour préparer la visite", which only names it,
      // nor "the visit follows talks in The Hague", whose date and place may be the other's.
      const toldOf =
        trigger.head.dep.startsWith('nsubj') || attendees(ctx, sentence, trigger.head, actors).length > 0;
      // "lors de la précédente session", "the previous meeting": one held before, not the one to come.
      const previousOne = dependents(sentence, trigger.head.i).some((w) => PREVIOUS.has(w.folded));
      const anaphoric =
        definite &&
        last &&
        !(previousOne && last.status === 'planned') &&
        !related.includes(last) &&
        ((!date && !place) ||
          framing ||
          (bare && toldOf && triggers.length === 1 && compatible(last, reading)))
          ? last
          : undefined;
      if (anaphoric && framing) {
        reading.date = null;
        reading.place = null;
      }
      // "après une réunion avec les syndicats" tells of a meeting not told before.
      const told =
        anchor && !INDEFINITE_ARTICLES.has(determiner?.folded ?? '') && ((!date && !place) || bare)
          ? meetings.findLast((m) => (m.sentences[0] ?? sentence.index) < sentence.index)
          : undefined;
      if (told && anchor === 'after') after.set(sentence.index, told);
      // "The two ministers signed a memorandum": who speaks for them all is all of them.
      const both = sentence.words.some(
        (w) => w.head === trigger.head.i && w.dep.startsWith('nsubj') && standsForBothSides(ctx, sentence, w),
      );
      // "Les travaux ont été coprésidés par X", "The talks were chaired by": the proceedings of
      // the meeting told just before.
      const proceedings = sentence.words.some(
        (w) =>
          w.head === trigger.head.i &&
          w.dep.startsWith('nsubj') &&
          (PROCEEDINGS.has(w.folded) || PROCEEDINGS.has(w.lemma)) &&
          dependents(sentence, w.i).some((d) => d.dep === 'det' && DEFINITE_ARTICLES.has(d.folded)),
      );
      const previous = meetings.at(-1);
      const earlier =
        sibling ??
        anaphoric ??
        told ??
        (previous && !kindWord && continues(previous, reading, both || proceedings) ? previous : undefined) ??
        meetings.find(
          (m) =>
            m.trigger === reading.trigger &&
            !related.includes(m) &&
            !(previousOne && m.status === 'planned') &&
            compatible(m, reading),
        );
      if (determiner && POSSESSIVE.has(determiner.folded)) theirs.add(reading);
      readingOf.set(trigger.head, reading);
      if (own) frameReadings.add(reading);
      if (earlier) {
        merge(earlier, reading);
        joined.set(reading, earlier);
      } else if (date || place || participants.length > 0 || reading.convenedBy || own)
        meetings.push(reading);
      for (const w of [innerWord, outerWord]) {
        const other = w && readingOf.get(w);
        if (other)
          within.push(w === innerWord ? { inner: reading, outer: other } : { inner: other, outer: reading });
      }
      // "à Paris (2008), Dakar (2011) et Rome (2014)": the meeting's other editions, one each.
      if (kindWord && trigger === byNoun[0])
        for (const e of editionsIn(ctx, sentence)) {
          if (place && 'name' in place && place.name === e.place) continue;
          const passage = { start: e.start, end: e.end };
          meetings.push({
            ...reading,
            name: meetingName(ctx, sentence, trigger.head, { name: e.place }),
            date: e.date,
            place: { name: e.place },
            participants: [],
            convenedBy: null,
            evidence: passage,
            sentences: [sentence.index],
            passages: [passage],
            noun: true,
          });
        }
    }
  }
  for (const [from, into] of headlineMeetings(ctx, meetings)) {
    merge(into, { ...from, participants: from.participants.filter((p) => p.actor.kind === 'person') });
    joined.set(from, into);
    meetings.splice(meetings.indexOf(from), 1);
  }
  for (const pair of within) {
    const [inner, outer] = [current(pair.inner), current(pair.outer)];
    if (inner === outer) continue;
    inner.date ??= outer.date;
    inner.place ??= outer.place;
    if (restates(inner, outer)) {
      merge(outer, inner);
      joined.set(inner, outer);
      meetings.splice(meetings.indexOf(inner), 1);
    }
    if (!frameReadings.has(pair.outer)) continue;
    outer.date ??= inner.date;
    outer.place ??= inner.place;
  }
  for (const [visit, later] of membersLater(meetings)) {
    const host = countryOfMeetingPlace(visit.place);
    // The visit's members are its visitors, but for who is told to be of the country visited.
    const guest = (p: Participation) =>
      p.role === 'attended' && p.actor.kind === 'person' && countryOfPerson(ctx, p.actor) !== host;
    const participants = later.participants.map((p) => (guest(p) ? { ...p, role: 'visited' as const } : p));
    merge(visit, { ...later, participants });
    joined.set(later, visit);
    meetings.splice(meetings.indexOf(later), 1);
  }
  cityOfBuildings(ctx, meetings);
  for (const m of meetings) if (VISITS.has(m.kind)) m.place ??= visitedCountry(ctx, m);
  // A meeting says who met, where or when: one participant with nothing else is a verb's chance
  // reading ("son pays accueille des travailleurs").
  // "Retailleau et Laftit ont tenu une réunion" after "sa visite à Rabat": a meeting that does not
  // say where took place where its participants' earlier meeting of the same days did.
  for (const [i, m] of meetings.entries()) {
    // "leur conférence de presse" at the place of their meeting: held in the same days.
    const place = m.place;
    const same =
      theirs.has(m) && !m.date && place
        ? meetings.slice(0, i).findLast((e) => e.date && e.place && samePlace(e.place, place))
        : undefined;
    // The text gives the trip's days, not which of them: the month they fall in.
    const month = same?.date ? parseFuzzyDate(same.date.earliest.slice(0, 7)) : null;
    if (same?.date && typeof month !== 'string' && month && same.date.latest <= month.latest) m.date = month;
    if (m.place) continue;
    const before = meetings.slice(0, i).find(
      (e) =>
        e.place &&
        'name' in e.place &&
        e.status === m.status &&
        // Held within the other's days: a year that holds them ("before the end of the year")
        // tells no meeting of the same days.
        ((e.date !== null && m.date !== null && withinDays(m.date, e.date)) ||
          ((!e.date || !m.date || compatible(e, m)) &&
            m.participants.some((p) => e.participants.some((q) => sameActor(p.actor, q.actor))))),
    );
    if (before) m.place = before.place;
  }
  for (const m of meetings) {
    const before = after.get(m.sentences[0] ?? -1);
    const bound = before && before !== m && !m.date && m.status === 'held' && dateAfter(ctx, current(before));
    if (bound) m.date = bound;
  }
  dateFromSentenceBefore(ctx, meetings);
  // A signing by two, one of each side, is their meeting ("X and Y signed in Rabat"); signed by
  // a team of each side, its signatories all attended.
  for (const m of meetings)
    if (!VISITS.has(m.kind) && (m.trigger !== SIGNING || m.participants.length === 2)) hostRoles(ctx, m);
  onTheVisit(ctx, meetings);
  return meetings.filter(
    (m) =>
      m.participants.length > 1 ||
      m.convenedBy ||
      (m.participants.length === 1 && (m.date || m.place)) ||
      (m.date && (m.place || (m.noun && m.status === 'planned'))) ||
      (m.place && (SELF_STANDING.has(m.kind) || m.named || m.noun)),
  );
}

/**
 * "Le Maroc a pris part à la conférence. La délégation marocaine était conduite par X": who a
 * sentence with no meeting of its own says led a delegation, right after a meeting, led it there.
 */
function ledThere(ctx: ArticleContext, sentence: ParsedSentence, previous: MeetingReading | undefined): void {
  if (!previous || Math.max(...previous.sentences) !== sentence.index - 1) return;
  const span = { start: sentence.start, end: sentence.end };
  const leaders = [...markedRoles(ctx, sentence, actorsIn(ctx, span))].filter(
    ([a, role]) =>
      role === 'led-delegation' && !previous.participants.some((p) => sameActor(p.actor, a.actor)),
  );
  for (const [a, role] of leaders)
    previous.participants.push({ actor: a.actor, role, evidence: span, marked: true });
  if (leaders.length === 0) return;
  previous.sentences.push(sentence.index);
  previous.passages.push(span);
}

/**
 * The meeting verbs of a sentence that each tell a meeting of their own: the first, and each later
 * one that another clause tells apart from those before ("le ministre, qui a été reçu jeudi par X,
 * doit se rendre ensuite à Tanger"). A verb of the same event ("s'est rendu à Rabat pour y
 * rencontrer") is the first one's.
 */
function separateMeetingVerbs<T extends { head: Word }>(
  sentence: ParsedSentence,
  verbs: T[],
  isMeetingNoun: (w: Word) => boolean,
): T[] {
  const kept: T[] = [];
  for (const v of verbs)
    if (kept.every((k) => !toldOfMeeting(sentence, k.head, v.head, isMeetingNoun))) kept.push(v);
  return kept;
}

/**
 * The meetings read from the headline that the body tells in full, each with the body's meeting:
 * the first one at no other place that shares a person with it, held or planned alike if one is,
 * or, when the headline names no one, that is at the same place ("Laftit à Paris pour une visite", "La commission mixte se
 * réunit à Lisbonne"). The body's date stands; the headline's people are the body's.
 */
function headlineMeetings(
  ctx: ArticleContext,
  meetings: MeetingReading[],
): Array<[MeetingReading, MeetingReading]> {
  const { headline } = ctx;
  if (!headline) return [];
  const inHeadline = (m: MeetingReading) => {
    const first = ctx.sentences[m.sentences[0] ?? -1];
    return first !== undefined && inside(headline, first);
  };
  const body = meetings.filter((m) => !inHeadline(m));
  return meetings.filter(inHeadline).flatMap((h): Array<[MeetingReading, MeetingReading]> => {
    const people = h.participants.filter((p) => p.actor.kind === 'person');
    const told = body.filter(
      (b) =>
        (h.place === null || b.place === null || samePlace(h.place, b.place)) &&
        (people.length > 0
          ? people.some((p) => b.participants.some((q) => sameActor(p.actor, q.actor)))
          : h.place !== null && b.place !== null && 'name' in h.place),
    );
    // A headline's present tells what the body puts in the past ("X et Y signent", "firmaron"):
    // the same status first, else the same people at the same place.
    const same = told.find((b) => b.status === h.status) ?? told[0];
    return same ? [[h, same]] : [];
  });
}

/**
 * True when a meeting told within another says nothing the other does not: "the talks between X
 * and Y during his visit", read from the visit's sentence alone, with its people, date and place.
 */
function restates(inner: MeetingReading, outer: MeetingReading): boolean {
  const same = (a: Participation[], b: Participation[]) =>
    a.every((p) => b.some((q) => sameActor(p.actor, q.actor)));
  return (
    inner.sentences.every((i) => outer.sentences.includes(i)) &&
    inner.participants.length > 0 &&
    same(inner.participants, outer.participants) &&
    same(outer.participants, inner.participants) &&
    (inner.date?.text ?? null) === (outer.date?.text ?? null) &&
    (inner.place === null) === (outer.place === null) &&
    samePlace(inner.place, outer.place)
  );
}

/**
 * True when a meeting a verb tells goes on telling the one of the sentence before ("X a reçu Y à
 * Madrid. Les deux ministres ont signé un mémorandum"): told by its participants, or by words that
 * stand for them all, with no date or place that tells another meeting.
 */
function continues(previous: MeetingReading, reading: MeetingReading, both: boolean): boolean {
  const next = Math.max(...previous.sentences) + 1;
  const theirs =
    both ||
    (reading.participants.length > 0 &&
      reading.participants.every((p) => previous.participants.some((q) => sameActor(p.actor, q.actor))));
  return (
    reading.sentences[0] === next &&
    previous.status === reading.status &&
    theirs &&
    compatible(previous, reading)
  );
}

/** Prepositions that set a meeting after or before another one: "après sa visite", "tras la reunión". */
const AFTER = new Set(['apres', 'after', 'despues', 'tras', 'depuis', 'since', 'desde']);
const BEFORE = new Set(['avant', 'before', 'antes']);

function anchorOf(sentence: ParsedSentence, noun: Word): 'after' | 'before' | undefined {
  for (const w of sentence.words) {
    if (w.head !== noun.i || w.dep !== 'case') continue;
    if (AFTER.has(w.folded)) return 'after';
    if (BEFORE.has(w.folded)) return 'before';
  }
  return undefined;
}

/**
 * The dates a meeting held after a dated one can have: from the month of the one before to the
 * month of publication ("quelques jours après son déplacement du 26 octobre", in an article of 17
 * November: "2020-10/2020-11"). Without a publication's month there is no bound.
 */
function dateAfter(ctx: ArticleContext, before: MeetingReading): FuzzyDate | null {
  const published = ctx.published;
  if (!before.date || !published || !['day', 'month'].includes(published.precision)) return null;
  const [from, to] = [before.date.earliest.slice(0, 7), published.latest.slice(0, 7)];
  if (from > to) return null;
  const bound = parseFuzzyDate(from === to ? from : `${from}/${to}`);
  return typeof bound === 'string' ? null : bound;
}

/** The meeting's word with the words that qualify it ("visite de travail"), and where. */
function meetingName(
  ctx: ArticleContext,
  sentence: ParsedSentence,
  head: Word,
  place: MeetingReading['place'],
): string {
  const qualifiers = sentence.words.filter(
    (w) =>
      w.i > head.i &&
      w.i <= head.i + 3 &&
      w.head === head.i &&
      (w.dep === 'amod' || (w.dep === 'nmod' && w.pos === 'NOUN')),
  );
  const last = qualifiers.at(-1) ?? head;
  const words = ctx.text.slice(head.start, last.end);
  const where = place === null ? '' : `, ${'name' in place ? place.name : countryName(place.country)}`;
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}${where}`;
}

function samePlace(a: MeetingReading['place'], b: MeetingReading['place']): boolean {
  if (!a || !b) return true;
  if ('name' in a && 'name' in b) return a.name === b.name;
  if ('country' in a && 'country' in b) return a.country === b.country;
  // A city and a country: the city may well be in it; the meeting is not contradicted.
  return true;
}

const POSSESSIVE = new Set(['leur', 'sa', 'son', 'their', 'his', 'her', 'su', 'sus']);

/** Determiners that point back to a meeting already told of: "the meeting", "cette rencontre". */
const DEFINITE = new Set([
  'the',
  'this',
  'that',
  'la',
  'le',
  // Contractions of a preposition with the article: "al término del encuentro", "au cours du".
  'du',
  'au',
  'del',
  'al',
  "l'",
  'l’',
  'cette',
  'ce',
  'el',
  'esta',
  'este',
  'dicha',
  'dicho',
]);

/** Words for what is done at a meeting, which a verb tells of: "les travaux", "the proceedings". */
const PROCEEDINGS = new Set(['travaux', 'debats', 'proceedings', 'deliberations', 'trabajos', 'debates']);

/** Words that make a meeting one held before another: "la précédente session", "the previous round". */
const PREVIOUS = new Set(['precedente', 'precedent', 'previous', 'last', 'anterior', 'derniere', 'dernier']);

/** Determiners that point back whatever follows: "cette rencontre de haut niveau". */
const DEMONSTRATIVE = new Set(['this', 'that', 'cette', 'ce', 'esta', 'este', 'dicha', 'dicho']);

/** What a meeting's noun may have and still say nothing of its own: "after the meeting". */
const BARE = new Set(['det', 'case', 'punct', 'fixed']);

/** Words that set what a sentence tells within a meeting's time: "lors de", "at the end of", "al término de". */
const FRAMING = new Set([
  'lors',
  'pendant',
  'durant',
  'cours',
  'issue',
  'terme',
  'during',
  'end',
  'close',
  'course',
  'durante',
  'termino',
  'transcurso',
]);

/**
 * True when a meeting's noun, saying nothing of its own but what a clause adds ("la rencontre, qui
 * a duré deux heures"), is the time of what its sentence tells ("lors de la réunion", "at the end
 * of the talks", "al término del encuentro") or completes what came of it ("según el acta de la
 * reunión", "the minutes of the meeting"): the sentence's date and place are of what it tells.
 */
function framesTheSentence(
  sentence: ParsedSentence,
  noun: Word,
  isMeetingNoun: (w: Word) => boolean,
): boolean {
  const below = dependents(sentence, noun.i);
  if (!below.every((w) => BARE.has(w.dep) || CLAUSE.test(w.dep))) return false;
  const marks = below.filter((w) => w.dep === 'case').flatMap((c) => [c, ...dependents(sentence, c.i)]);
  const head = sentence.words[noun.head];
  if (head && noun.dep.startsWith('nmod')) {
    if (head.pos === 'NOUN' && !isMeetingNoun(head)) return true;
    marks.push(head);
  }
  return marks.some((w) => FRAMING.has(w.folded));
}

const sameDate = (a: MeetingReading, b: MeetingReading) =>
  a.date === null || b.date === null || a.date.text === b.date.text;

/** True when a date's days are all days of another: "mardi" within "les 3 et 4 mars". */
const withinDays = (inner: FuzzyDate, outer: FuzzyDate) =>
  inner.earliest >= outer.earliest && inner.latest <= outer.latest;

function compatible(a: MeetingReading, b: MeetingReading): boolean {
  const dates = !a.date || !b.date || (a.date.earliest <= b.date.latest && b.date.earliest <= a.date.latest);
  return dates && samePlace(a.place, b.place);
}

function merge(into: MeetingReading, from: MeetingReading): void {
  // A day told of a meeting of several days ("mardi et mercredi") is what happened that day.
  const days = into.date?.precision === 'day' && into.date.earliest !== into.date.latest;
  if (from.date && (!into.date || (!days && withinDays(from.date, into.date)))) into.date = from.date;
  if (from.place && (!into.place || ('country' in into.place && 'name' in from.place)))
    into.place = from.place;
  for (const p of from.participants) {
    const same = into.participants.find((q) => sameActor(q.actor, p.actor));
    if (!same) into.participants.push(p);
    else if (same.role === 'attended' && p.role !== 'attended') same.role = p.role;
  }
  into.convenedBy ??= from.convenedBy;
  into.sentences.push(...from.sentences);
  into.passages.push(...from.passages);
}
