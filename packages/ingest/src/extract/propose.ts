import { type FuzzyDate, foldText } from '@diplograph/schema';
import type { DateMention } from '../text/french-dates.js';
import { overlaps } from '../text/region.js';
import type { Gazetteer } from './gazetteer.js';
import type { Mention } from './link-mentions.js';
import { findAcronymDefinitions } from './proposals/acronyms.js';
import { findMeetings, type SentenceFacts } from './proposals/meetings.js';
import { findOrganizations, isOrganizationName, organizationKindOf } from './proposals/organizations.js';
import { findPeople } from './proposals/people.js';
import { findLocations } from './proposals/places.js';
import type { Proposal, ProposalEvidence } from './review-file.js';
import type { Sentence } from './story.js';

/** The article a proposal comes from. */
export interface SourceRef {
  id: string;
  file: string;
  text: string;
  published: FuzzyDate | null;
}

interface Span {
  start: number;
  end: number;
}

/** "Ministère de l’Intérieur" → "ministere-de-l-interieur". */
export function slug(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const EVENT_NOUNS: Record<string, string> = {
  'state-visit': 'Visite d’État',
  'official-visit': 'Visite',
  'group-session': 'Session',
  'ministerial-conference': 'Conférence',
  seminar: 'Séminaire',
  'bilateral-meeting': 'Réunion',
};

/**
 * Proposes what an article names that the graph does not know: people, organizations with their
 * acronyms, other acronyms, places and meetings. A name that is linked to a known entity, or that
 * is a known name, is not proposed. Each proposal comes once, with its first passage.
 */
export function proposeFromArticle(
  source: SourceRef,
  sentences: Sentence[],
  mentions: Mention[],
  dates: DateMention[],
  gazetteer: Gazetteer,
): Proposal[] {
  const isNew = (span: Span, ...names: string[]) =>
    !mentions.some((m) => overlaps(m, span)) &&
    !names.some((name) => gazetteer.knownNames.has(foldText(name)));
  const evidence = (sentence: Sentence, span: Span): ProposalEvidence[] => [
    {
      source: source.id,
      file: source.file,
      start: span.start,
      end: span.end,
      quote: source.text.slice(span.start, span.end),
      section: sentence.section,
      sentence: sentence.text,
    },
  ];

  const proposals: Proposal[] = [];
  const facts: SentenceFacts[] = [];
  for (const sentence of sentences) {
    const people = findPeople(sentence);
    for (const person of people) {
      if (!isNew(person, person.name)) continue;
      proposals.push({
        id: `person:${slug(person.name)}`,
        kind: 'person',
        decision: 'pending',
        name: person.name,
        title: person.title,
        organization: person.organization,
        evidence: evidence(sentence, { start: person.phraseStart, end: person.phraseEnd }),
      });
    }

    const definitions = findAcronymDefinitions(sentence);
    for (const definition of definitions) {
      if (!isNew(definition, definition.acronym, definition.longForm)) continue;
      const span = { start: definition.definitionStart, end: definition.definitionEnd };
      if (isOrganizationName(definition.longForm)) {
        proposals.push(organization(definition.longForm, definition.acronym, evidence(sentence, span)));
      } else {
        proposals.push({
          id: `acronym:${slug(definition.acronym)}`,
          kind: 'acronym',
          decision: 'pending',
          acronym: definition.acronym,
          longForm: definition.longForm,
          evidence: evidence(sentence, span),
        });
      }
    }
    const organizations = findOrganizations(sentence);
    for (const found of organizations) {
      if (isNew(found, found.name)) proposals.push(organization(found.name, null, evidence(sentence, found)));
    }

    const places = findLocations(sentence).filter(
      (place) => ![...people, ...organizations, ...definitions].some((other) => overlaps(other, place)),
    );
    for (const place of places) {
      if (place.preposition !== 'à' || !isNew(place, place.name)) continue;
      proposals.push({
        id: `place:${slug(place.name)}`,
        kind: 'place',
        decision: 'pending',
        name: place.name,
        placeKind: place.withArticle ? 'building' : 'city',
        evidence: evidence(sentence, { start: place.phraseStart, end: place.end }),
      });
    }
    facts.push({ sentence, places, dates: dates.filter((d) => overlaps(d, sentence)) });
  }

  for (const meeting of findMeetings(facts)) {
    if (gazetteer.eventDates.has(meeting.date.date.text)) continue;
    const placeId = mentions.find((m) => overlaps(m, meeting.place) && gazetteer.placeIds.has(m.entityId));
    const planned = source.published !== null && meeting.date.date.earliest > source.published.latest;
    proposals.push({
      id: `meeting:${meeting.date.date.text}@${slug(meeting.place.name)}`,
      kind: 'meeting',
      decision: 'pending',
      name: `${EVENT_NOUNS[meeting.kind]} ${meeting.place.preposition} ${meeting.place.name}`,
      eventKind: meeting.kind,
      eventStatus: planned ? 'planned' : 'held',
      date: meeting.date.date.text,
      place: meeting.place.name,
      placeId: placeId?.entityId ?? null,
      evidence: evidence(meeting.sentence, meeting),
    });
  }
  return combineProposals(proposals);
}

function organization(name: string, acronym: string | null, evidence: ProposalEvidence[]): Proposal {
  return {
    id: `organization:${slug(name)}`,
    kind: 'organization',
    decision: 'pending',
    name,
    acronym,
    organizationKind: organizationKindOf(name) ?? 'collective',
    evidence,
  };
}

/**
 * Joins proposals with the same id: the first one stays, with the fields it lacks taken from the
 * others ("GMMP" named in full first, its acronym given later). Evidence from other articles is
 * added; one passage per article is enough.
 */
export function combineProposals(proposals: Proposal[]): Proposal[] {
  const byId = new Map<string, Proposal>();
  for (const next of proposals) {
    const first = byId.get(next.id);
    if (!first) {
      byId.set(next.id, { ...next, evidence: [...next.evidence] });
      continue;
    }
    for (const [key, value] of Object.entries(next) as [keyof Proposal, unknown][]) {
      if ((first as Record<string, unknown>)[key] === null) (first as Record<string, unknown>)[key] = value;
    }
    const sources = new Set(first.evidence.map((e) => e.source));
    first.evidence.push(...next.evidence.filter((e) => !sources.has(e.source)));
  }
  return [...byId.values()];
}
