import type { EVENT_KINDS } from '@diplograph/schema';
import type { DateMention } from '../../text/french-dates.js';
import type { Sentence } from '../story.js';
import type { Location } from './places.js';

type EventKind = (typeof EVENT_KINDS)[number];

/** A sentence with the dates and places written in it. */
export interface SentenceFacts {
  sentence: Sentence;
  dates: DateMention[];
  places: Location[];
}

/** A meeting word with the date and the place that go with it. */
export interface MeetingCandidate {
  kind: EventKind;
  date: DateMention;
  place: Location;
  /** The sentence of the meeting word. */
  sentence: Sentence;
  /** Offsets of the passage from the meeting word, date and place to the last of them. */
  start: number;
  end: number;
}

/** Words and verbs of meeting, folded, with the kind of event each suggests. */
const MEETING_WORDS: Array<[string, EventKind]> = [
  ["visites? d'etat", 'state-visit'],
  ['visites?', 'official-visit'],
  ['sessions?', 'group-session'],
  ['conferences?', 'ministerial-conference'],
  ['seminaires?|forums?', 'seminar'],
  [
    "reunions?|rencontres?|entretiens?|sommets?|recoit|a recu|a rencontre|s'est entretenu|se sont (?:reunis|rencontres)",
    'bilateral-meeting',
  ],
];
const MEETING_WORD = new RegExp(
  String.raw`(?<!\p{L})(?:${MEETING_WORDS.map(([words]) => `(${words})`).join('|')})(?!\p{L})`,
  'u',
);

/**
 * Meetings: a sentence with a meeting word, a date and a place. News often dates and places a
 * meeting in the sentence before the one that names it ("… a annoncé mardi à Rabat … Suite à son
 * entretien …"), so a sentence without them borrows them from the one before in its paragraph.
 * The date and place taken are the first after the meeting word, else the last before it.
 */
export function findMeetings(sentences: SentenceFacts[]): MeetingCandidate[] {
  const meetings: MeetingCandidate[] = [];
  sentences.forEach(({ sentence, dates, places }, i) => {
    const word = MEETING_WORD.exec(sentence.folded);
    if (!word) return;
    const previous = sentences[i - 1];
    const sameParagraph = previous?.sentence.line === sentence.line;
    const at = sentence.start + word.index;
    const date = nearest(dates.length || !sameParagraph ? dates : previous.dates, at);
    const place = nearest(places.length || !sameParagraph ? places : previous.places, at);
    if (!date || !place) return;
    const kindIndex = word.slice(1).findIndex((group) => group !== undefined);
    meetings.push({
      kind: (MEETING_WORDS[kindIndex] as [string, EventKind])[1],
      date,
      place,
      sentence,
      start: Math.min(at, date.start, place.start),
      end: Math.max(at + word[0].length, date.end, place.end),
    });
  });
  return meetings;
}

function nearest<T extends { start: number }>(items: T[], at: number): T | undefined {
  return items.find((item) => item.start >= at) ?? items.findLast((item) => item.start < at);
}
