import { type FuzzyDate, parseFuzzyDate } from '@diplograph/schema';
import type { DateMention } from '../text/french-dates.js';
import { type ArticleContext, inside } from './context.js';
import type { ParsedSentence, Word } from './parsed.js';

/** What joins two dates into the days from one to the other: "jeudi et vendredi", "Thursday and Friday". */
const JOINED = /^\s*(et|and|y|au|to|-|–)\s*$/i;
const DAY_MS = 86_400_000;
/** Days a meeting told by two dates may last: a visit, a conference. */
const MAX_DAYS = 7;

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
  future: boolean,
): FuzzyDate | null {
  const span = { start: sentence.start, end: sentence.end };
  const dates = ctx.dates.filter((d) => inside(span, d));
  const [chosen] = [...dates].sort(
    (a, b) => Math.abs(a.start - trigger.start) - Math.abs(b.start - trigger.start),
  );
  if (!chosen) return null;
  const told = (d: DateMention) => (future ? ahead(ctx, d) : d.date);
  const joined = (a: DateMention, b: DateMention) =>
    a.end <= b.start && JOINED.test(ctx.text.slice(a.end, b.start));
  const before = dates.find((d) => joined(d, chosen));
  const after = dates.find((d) => joined(chosen, d));
  const [first, last] = before ? [before, chosen] : after ? [chosen, after] : [chosen, chosen];
  return first === last ? told(chosen) : (days(told(first), told(last)) ?? told(chosen));
}

/** A weekday resolved to the last such day before publication, moved to the next one after it. */
function ahead(ctx: ArticleContext, d: DateMention): FuzzyDate {
  const published = ctx.published;
  const weekday = d.relative && !/\d/.test(d.text) && d.date.precision === 'day';
  if (!weekday || published?.precision !== 'day' || d.date.earliest >= published.earliest) return d.date;
  const next = new Date(Date.parse(`${d.date.earliest}T12:00:00Z`) + MAX_DAYS * DAY_MS)
    .toISOString()
    .slice(0, 10);
  const date = parseFuzzyDate(next);
  return typeof date === 'string' ? d.date : date;
}

/** The days from one day to a later one, within a week. */
function days(from: FuzzyDate, to: FuzzyDate): FuzzyDate | null {
  if (from.precision !== 'day' || to.precision !== 'day' || from.latest >= to.earliest) return null;
  const length = (Date.parse(to.earliest) - Date.parse(from.latest)) / DAY_MS;
  if (length > MAX_DAYS) return null;
  const range = parseFuzzyDate(`${from.earliest}/${to.latest}`);
  return typeof range === 'string' ? null : range;
}
