import type { Annotation, Language } from '@diplograph/nlp';
import { type FuzzyDate, foldText } from '@diplograph/schema';
import type { DateMention } from '../text/french-dates.js';
import type { Region } from '../text/region.js';
import { mainCountries } from './commitment-makers.js';
import { type CommitmentReading, readCommitments } from './commitments.js';
import { type ArticleContext, countryMentions, inside, sameActor } from './context.js';
import { readDates } from './dates.js';
import { type DocumentReading, readDocuments } from './documents.js';
import { headlineOf, leadOf } from './headline.js';
import { type Known, knownCountriesOf } from './known.js';
import { LEXICONS } from './lexicon.js';
import { meetingWordsIn } from './meeting-verbs.js';
import { type MeetingReading, readMeetings } from './meetings.js';
import { type OrganizationReading, readOrganizations } from './organizations.js';
import { storyOf } from './parsed.js';
import { type PersonReading, readPeople } from './people.js';
import { type PlaceReading, readPlaces } from './places.js';
import { quotationsOf } from './quotes.js';
import { withStates } from './state-makers.js';
import { entriesOf, findTriggers } from './triggers.js';

/** Everything machine reading finds in one article, before it is matched with the graph. */
export interface ArticleReading {
  language: Language;
  people: PersonReading[];
  organizations: OrganizationReading[];
  places: PlaceReading[];
  meetings: MeetingReading[];
  documents: Array<DocumentReading & { adoptedAt: number | null }>;
  commitments: Array<CommitmentReading & { madeAt: number | null; derivesFrom: number | null }>;
  dates: DateMention[];
}

/**
 * Reads an article in its language against its publication date, from its CoreNLP parse: the
 * names first (people, bodies, places, countries, dates), then the facts that join them. What
 * the curated graph knows of the people it names fills in what the text leaves unsaid.
 */
export function readArticle(
  article: { text: string; regions: Region[] },
  parse: Annotation,
  published: FuzzyDate | null,
  language: Language,
  known: Known,
): ArticleReading {
  const lexicon = LEXICONS[language];
  const sentences = storyOf(parse, article.regions);
  const organizations = readOrganizations(sentences, article.text, lexicon);
  // A name read as a body ("the group Caminando Fronteras") is no person, whatever the model tagged.
  const bodies = new Set(organizations.map((o) => foldText(o.name)));
  const people = readPeople(sentences, article.text, lexicon).filter((p) => !bodies.has(foldText(p.name)));
  const taken = {
    people: people.flatMap((p) => p.mentions),
    bodies: organizations.flatMap((o) => o.mentions),
    surnames: new Set(people.flatMap((p) => p.name.toLowerCase().split(/\s+/).slice(1))),
  };
  const ctx: ArticleContext = {
    text: article.text,
    language,
    lexicon,
    sentences,
    people,
    organizations,
    places: readPlaces(sentences, article.text, language, taken),
    dates: readDates(article.text, article.regions, published, language),
    published,
    countries: countryMentions(sentences),
    quotations: quotationsOf(article.text),
    headline: headlineOf(article.text, article.regions),
    lead: leadOf(article.text, article.regions),
    knownCountries: knownCountriesOf(
      known,
      people.map((p) => p.name),
    ),
  };
  const meetings = readMeetings(ctx);
  const documents = readDocuments(ctx);
  const commitments = readCommitments(ctx);
  return {
    language,
    people: ctx.people,
    organizations: ctx.organizations,
    places: ctx.places,
    meetings,
    documents: documents.map((d) => ({ ...d, adoptedAt: meetingOfSentence(meetings, d.sentence) })),
    commitments: commitments.map((c) => {
      const from = derivesFrom(ctx, documents, c);
      const at = madeAt(ctx, meetings, c, from === null ? undefined : documents[from]);
      // "Les deux ministres ont convenu" with no meeting held to be made at: who "both" are is
      // still who the article has meet, in the sentence's meeting or its first one.
      const met = at === null ? meetings[meetingOfSentence(meetings, c.sentence) ?? 0] : meetings[at];
      return {
        ...c,
        makers: withStates(ctx, withParticipants(ctx, c, met)),
        madeAt: at,
        derivesFrom: from,
      };
    }),
    dates: ctx.dates,
  };
}

/**
 * "Les deux ministres": the makers of a commitment made by both sides are the meeting's
 * participants, and the body that convened it (the ministers of a forum's conference speak as
 * the forum, the delegations of a joint group as the group); with no one taking part in the
 * meeting, the two sides are also the two countries the article is about ("les deux parties ont
 * convenu").
 */
function withParticipants(ctx: ArticleContext, c: CommitmentReading, meeting: MeetingReading | undefined) {
  if (!c.bothSides) return c.makers;
  const makers = [...c.makers];
  if (meeting?.convenedBy) makers.push({ kind: 'organization', name: meeting.convenedBy });
  for (const p of meeting?.participants ?? [])
    if (!makers.some((m) => sameActor(m, p.actor))) makers.push(p.actor);
  if ((meeting?.participants ?? []).length === 0)
    for (const country of mainCountries(ctx))
      if (!makers.some((m) => sameActor(m, country))) makers.push(country);
  return makers;
}

function meetingOfSentence(meetings: MeetingReading[], sentence: number): number | null {
  const i = meetings.findIndex((m) => m.sentences.includes(sentence));
  return i < 0 ? null : i;
}

/**
 * The meeting a commitment was made at: the one its sentence reports, else the article's first
 * meeting held when its makers took part in it (or it was made by "both sides"). The signing of the
 * document it derives from is not where it was made, though the same sentence reports both
 * ("dans le cadre de l'accord signé à Lisbonne en 2022").
 */
function madeAt(
  ctx: ArticleContext,
  meetings: MeetingReading[],
  c: CommitmentReading,
  from: DocumentReading | undefined,
): number | null {
  const here = meetingOfSentence(meetings, c.sentence);
  const signing = from && here !== null && meetingOfSentence(meetings, from.sentence) === here && from.signed;
  const meeting = here === null ? undefined : meetings[here];
  // "They agreed to hold the next meeting in Brussels": a meeting still to come is what was
  // agreed, not where; the agreement was made at a meeting held, the one told last before.
  const agreed = meeting && (meeting.status === 'planned' || agreedOn(ctx, meeting, c));
  const before = agreed && c.bothSides ? lastHeldBefore(meetings, c) : null;
  if (before !== null) return before;
  if (here !== null && !signing && !agreed) return here;
  const first = meetings.findIndex((m) => m.status === 'held');
  const held = meetings[first];
  if (!held) return null;
  const tookPart = c.makers.some((m) => held.participants.some((p) => sameActor(p.actor, m)));
  return c.bothSides || tookPart ? first : null;
}

/**
 * True when a meeting no one is read to take part in is told within what a commitment commits to
 * ("ont convenu de tenir à Rabat la première réunion de la commission"), whatever tense it was
 * read in.
 */
function agreedOn(ctx: ArticleContext, meeting: MeetingReading, c: CommitmentReading): boolean {
  const sentence = ctx.sentences[c.sentence];
  if (!sentence || meeting.participants.length > 0) return false;
  const words = meetingWordsIn(ctx.lexicon, sentence);
  return sentence.words.some((w) => words.has(w.i) && w.start > c.evidence.start && inside(c.evidence, w));
}

/** The held meeting with someone taking part told last before a commitment's sentence, if any. */
function lastHeldBefore(meetings: MeetingReading[], c: CommitmentReading): number | null {
  let best: number | null = null;
  let bestSentence = -1;
  for (const [at, m] of meetings.entries()) {
    if (m.status !== 'held' || m.participants.length === 0) continue;
    const sentence = Math.max(-1, ...m.sentences.filter((s) => s < c.sentence));
    if (sentence >= 0 && sentence >= bestSentence) [best, bestSentence] = [at, sentence];
  }
  return best;
}

/** The document a commitment derives from: one its sentence names after "dans le cadre de". */
function derivesFrom(ctx: ArticleContext, documents: DocumentReading[], c: CommitmentReading): number | null {
  const sentence = ctx.sentences[c.sentence];
  if (!sentence) return null;
  const markers = findTriggers(sentence, entriesOf(ctx.lexicon.derivationMarkers));
  if (markers.length === 0) return null;
  const i = documents.findIndex((d) => d.sentence === c.sentence);
  return i < 0 ? null : i;
}
