import type { Language } from '@diplograph/nlp';
import { type FuzzyDate, foldKeepingOffsets } from '@diplograph/schema';
import { type DateMention, findDates } from '../text/french-dates.js';
import { overlaps, type Region } from '../text/region.js';

/** Weekdays, in the order of `Date.getUTCDay()`, which chrono misses in some phrasings ("el viernes"). */
const WEEKDAYS = {
  en: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
  es: ['domingo', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado'],
};

/** A year alone, as the text writes it for a date: "in 2018", "en 2018", "depuis 2018". */
const YEAR = /(?<![\p{L}\d-])(?:in|en|since|depuis|desde|of|de) ((?:19|20)\d{2})(?![\d-])/gu;

/**
 * The dates an article states outside page noise, in its language, against its publication date.
 * When only the month or year of publication is known, a day and month without a year ("ce lundi
 * 14 avril") still takes the year of publication, but a weekday or "hier" gives no more than the
 * publication's own period: the text does not say which day. An expression that reads the same
 * from the first and the last day of that period ("l'an prochain" in a month) keeps its reading.
 * Dates in datelines ("LONDON, Oct. 9 - ") date the page, not what it tells, so they are left out.
 */
export function readDates(
  text: string,
  regions: Region[],
  published: FuzzyDate | null,
  language: Language,
): DateMention[] {
  const exactDay = published?.precision === 'day' && published.earliest === published.latest;
  const datelines = regions.filter((r) => r.kind === 'dateline');
  const inDateline = (m: DateMention) => datelines.some((r) => overlaps(r, m));
  const read = (reference: string | null) =>
    (language === 'fr'
      ? findDates(text, reference, regions)
      : foreignDates(text, regions, reference, language)
    ).filter((m) => !inDateline(m));
  const found = read(published ? published.latest : null);
  if (exactDay || !published) return found;
  const fromFirstDay = read(published.earliest);
  const certain = (m: DateMention) =>
    fromFirstDay.some((f) => f.start === m.start && f.end === m.end && f.date.text === m.date.text);
  return found.map((m) =>
    m.relative && !hasDayNumber(m.text) && !certain(m) ? { ...m, date: published } : m,
  );
}

const hasDayNumber = (text: string) => /\d/.test(text);

function foreignDates(
  text: string,
  regions: Region[],
  reference: string | null,
  language: 'en' | 'es',
): DateMention[] {
  const day = reference ? new Date(`${reference}T12:00:00Z`) : null;
  const found: Array<Omit<DateMention, 'text'>> = findDates(text, reference, regions, language);
  if (day) {
    const folded = foldKeepingOffsets(text).toLowerCase();
    for (const [weekday, name] of WEEKDAYS[language].entries()) {
      for (const match of folded.matchAll(new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'gu'))) {
        const start = match.index;
        const end = start + name.length;
        if (found.some((f) => f.start < end && start < f.end)) continue;
        // The last such day on or before the reference: news tells of what has happened.
        const back = (day.getUTCDay() - weekday + 7) % 7;
        const iso = new Date(day.getTime() - back * 86_400_000).toISOString().slice(0, 10);
        found.push({
          start,
          end,
          relative: true,
          date: { text: iso, precision: 'day', earliest: iso, latest: iso },
        });
      }
    }
  }
  for (const match of text.matchAll(YEAR)) {
    const start = match.index + match[0].length - 4;
    const end = start + 4;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    const year = match[1] ?? '';
    found.push({
      start,
      end,
      relative: false,
      date: { text: year, precision: 'year', earliest: `${year}-01-01`, latest: `${year}-12-31` },
    });
  }
  const noise = regions.filter((r) => r.kind === 'noise');
  return found
    .filter((m) => !noise.some((r) => overlaps(r, m)))
    .sort((a, b) => a.start - b.start)
    .map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
}
