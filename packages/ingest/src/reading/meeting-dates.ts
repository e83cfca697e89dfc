import { type FuzzyDate, foldText, parseFuzzyDate } from '@diplograph/schema';
import type { DateMention } from '../text/french-dates.js';
import { type ArticleContext, inside } from './context.js';
import { headOf } from './event-clauses.js';
import type { ParsedSentence, Word } from './parsed.js';

/** What joins two dates into the days from one to the other: "jeudi et vendredi", "Thursday and Friday". */
const JOINED = /^\s*(et|and|y|au|to|-|–)\s*$/i;
const DAY_MS = 86_400_000;
/** Days a meeting told by two dates may last: a visit, a conference. */
const MAX_DAYS = 7;
/** Numbers of days a meeting's length is written with: "une visite de deux jours", "a two-day visit". */
const DAY_COUNTS: Record<string, number> = {
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
};
const DAY_NOUNS = new Set(['jour', 'jours', 'day', 'days', 'dia', 'dias']);
/** What says a date is the first of the days that follow it: "depuis lundi", "since Monday". */
const SINCE = /(?:^|\s)(depuis|since|desde)\s*$/i;
/** Words from the meeting's word to its length: "visite de travail de deux jours". */
const LENGTH_WINDOW = 6;

/**
 * The date of a meeting told by a sentence: the sentence's date nearest its word, or the days
 * from it to the date joined to it ("jeudi et vendredi", "Thursday and Friday"). A weekday is told
 * against the publication: the last such day for what happened, the next one for a meeting
 * still to come ("il se rendra jeudi à Rabat").
 */
export function meetingDate(
  ctx: ArticleContext,
  sentence: ParsedSentence,
  trigger: Word,
  tense: Tense,
): FuzzyDate | null {
  const future = tense === 'future';
  const span = { start: sentence.start, end: sentence.end };
  // "relancer les consultations, interrompues depuis 2023": what is still to come does not date
  // from when something else began.
  const dates = ctx.dates.filter(
    (d) =>
      inside(span, d) &&
      !(future && SINCE.test(ctx.text.slice(Math.max(sentence.start, d.start - 12), d.start))) &&
      !COMPARED.test(foldText(ctx.text.slice(Math.max(sentence.start, d.start - 30), d.start))) &&
      !inClauseOfTime(sentence, trigger, d),
  );
  const [chosen] = [...dates].sort(
    (a, b) => Math.abs(a.start - trigger.start) - Math.abs(b.start - trigger.start),
  );
  if (!chosen) return null;
  const told = (d: DateMention) => inTense(ctx, d, tense);
  const joined = (a: DateMention, b: DateMention) =>
    a.end <= b.start && JOINED.test(ctx.text.slice(a.end, b.start));
  const before = dates.find((d) => joined(d, chosen));
  const after = dates.find((d) => joined(chosen, d));
  const [first, last] = before ? [before, chosen] : after ? [chosen, after] : [chosen, chosen];
  if (first !== last) return days(told(first), told(last)) ?? told(chosen);
  // "depuis lundi une visite de deux jours", "will arrive on Monday for a three-day visit": the
  // day the meeting opens and how long it lasts. Only then: a held visit may be dated by its last day.
  const length = lengthInDays(sentence, trigger);
  const opens =
    future || SINCE.test(ctx.text.slice(Math.max(sentence.start, chosen.start - 12), chosen.start));
  const from = told(chosen);
  return length && opens && from.precision === 'day' && from.earliest === from.latest
    ? (days(from, dayAfter(from, length - 1)) ?? from)
    : from;
}

/**
 * What sets a figure against another period's: "un 16 % más que el año pasado", "contre 8.000 l'an
 * dernier" (not "la lutte contre"), "up from 3,140 last year". That period is the figure's, not a
 * meeting's.
 */
const COMPARED =
  /(\b(than|contre(?= \d)|compared (with|to)|up from|down from|par rapport a|frente a|respecto a)\b|\b(plus|moins|mas|menos)\b(?:[^,.;]|[,.]\d){0,25}\bque)(?:[^,.;]|[,.]\d){0,25}$/;

/** Words that open a clause of another time than its head's: "since taking office", "après avoir". */
const TIME_MARKS = new Set([
  'since',
  'depuis',
  'desde',
  'after',
  'apres',
  'despues',
  'tras',
  'before',
  'avant',
  'antes',
]);

/**
 * True when a date is in a clause that tells another time than the meeting's, between the date
 * and the meeting's word: "her first visit to Morocco since taking office in 2023", "reçu mardi,
 * après avoir rencontré lundi ...". A date the mark governs itself ("depuis lundi") is not one.
 */
function inClauseOfTime(sentence: ParsedSentence, trigger: Word, d: DateMention): boolean {
  const word = headOf(sentence, d);
  const above = new Set<number>();
  for (let at = sentence.words[trigger.i]; at && !above.has(at.i); at = sentence.words[at.head])
    above.add(at.i);
  for (let at = word && sentence.words[word.head]; at && !above.has(at.i); at = sentence.words[at.head]) {
    const marked = sentence.words.some(
      (w) => w.head === at?.i && (w.dep === 'mark' || w.dep === 'case') && TIME_MARKS.has(w.folded),
    );
    if (at.pos === 'VERB' && marked) return true;
  }
  return false;
}

/** "une visite de deux jours", "de dos días", "a two-day visit": the days the meeting's word says it lasts. */
function lengthInDays(sentence: ParsedSentence, trigger: Word): number | null {
  const compound = sentence.words[trigger.i - 1]?.folded.match(/^(\p{L}+|\d)-days?$/u);
  if (compound) return count(compound[1]);
  for (const word of sentence.words.slice(trigger.i + 1, trigger.i + 1 + LENGTH_WINDOW)) {
    const number = sentence.words[word.i - 1];
    const of = sentence.words[word.i - 2];
    if (DAY_NOUNS.has(word.folded) && number && ['de', 'of'].includes(of?.folded ?? ''))
      return count(number.folded);
  }
  return null;
}

function count(word: string | undefined): number | null {
  const n = /^\d$/.test(word ?? '') ? Number(word) : DAY_COUNTS[word ?? ''];
  return n && n > 1 && n <= MAX_DAYS ? n : null;
}

/** The day `days` after a day. */
function dayAfter(date: FuzzyDate, days: number): FuzzyDate {
  const day = parseFuzzyDate(
    new Date(Date.parse(`${date.earliest}T12:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10),
  );
  return typeof day === 'string' ? date : day;
}

/** What the meeting's verb says of when it is: still to come, held, or nothing ("opens on May 5"). */
export type Tense = 'future' | 'past' | 'unknown';

/**
 * A date written without its year ("in March", "el 14 de abril"), which the date reader takes as
 * the nearest such day, in the year the meeting's tense says: the last one on or before
 * publication for what was held, the next one after it for a meeting still to come ("will hold
 * the next round in November"). Weekdays and days counted from publication stay as `ahead` has them.
 */
function inTense(ctx: ArticleContext, d: DateMention, tense: Tense): FuzzyDate {
  const published = ctx.published;
  const yearless =
    d.relative && (d.date.precision === 'month' || (d.date.precision === 'day' && /\d/.test(d.text)));
  if (!yearless || !published) return tense === 'future' ? ahead(ctx, d) : d.date;
  if (tense === 'future' && d.date.latest < published.earliest) return yearsLater(d.date, 1);
  if (tense === 'past' && d.date.earliest > published.latest) return yearsLater(d.date, -1);
  return d.date;
}

/** The same day or month, `years` later (or earlier). */
function yearsLater(date: FuzzyDate, years: number): FuzzyDate {
  const moved = date.earliest.replace(/^\d{4}/, (y) => String(Number(y) + years));
  const parsed = parseFuzzyDate(date.precision === 'month' ? moved.slice(0, 7) : moved.slice(0, 10));
  return typeof parsed === 'string' ? date : parsed;
}

/** A weekday resolved to the last such day before publication, moved to the next one after it. */
function ahead(ctx: ArticleContext, d: DateMention): FuzzyDate {
  const published = ctx.published;
  const weekday = d.relative && !/\d/.test(d.text) && d.date.precision === 'day';
  if (!weekday || published?.precision !== 'day' || d.date.earliest >= published.earliest) return d.date;
  return dayAfter(d.date, MAX_DAYS);
}

/** The days from one day to a later one, within a week. */
function days(from: FuzzyDate, to: FuzzyDate): FuzzyDate | null {
  if (from.precision !== 'day' || to.precision !== 'day' || from.latest >= to.earliest) return null;
  const length = (Date.parse(to.earliest) - Date.parse(from.latest)) / DAY_MS;
  if (length > MAX_DAYS) return null;
  const range = parseFuzzyDate(`${from.earliest}/${to.latest}`);
  return typeof range === 'string' ? null : range;
}
