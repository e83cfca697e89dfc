import { type FuzzyDate, foldKeepingOffsets, parseFuzzyDate } from '@diplograph/schema';
import * as chrono from 'chrono-node';
import { chronoDates } from './chrono-dates.js';
import type { Region } from './region.js';

/** A date written in a text, resolved to the precision the text gives. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  date: FuzzyDate;
  /** True when the date was resolved against the reference day ("mardi", "le 3 octobre dernier"). */
  relative: boolean;
}

const MONTHS = [
  'janvier',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
];
/** In the order of `Date.getUTCDay()`. */
const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const QUARTERS: Record<string, number> = {
  premier: 1,
  '1er': 1,
  deuxieme: 2,
  second: 2,
  '2e': 2,
  '2eme': 2,
  troisieme: 3,
  '3e': 3,
  '3eme': 3,
  quatrieme: 4,
  '4e': 4,
  '4eme': 4,
};
const DAYS_FROM_REFERENCE: Record<string, number> = {
  'avant-hier': -2,
  hier: -1,
  "aujourd'hui": 0,
  demain: 1,
  'apres-demain': 2,
};

const MONTH = `(${MONTHS.join('|')})`;
const WEEKDAY = `(${WEEKDAYS.join('|')})`;
const DAY = '(1er|\\d{1,2})';
const YEAR = '((?:19|20)\\d{2})';
/** The word after a date without a year that says which year: "le 3 octobre dernier". */
const ANCHOR = '(dernier|prochain|courant)';

/** Patterns run on folded text: lowercase, no accents, one kind of space, line breaks kept. */
function pattern(source: string): RegExp {
  return new RegExp(source, 'gu');
}

/** Canonical fuzzy-date texts of a resolved expression (see `fuzzyDate`). */
interface Resolved {
  first: string;
  last?: string;
  relative: boolean;
}

interface DateRule {
  pattern: RegExp;
  /** Null when the expression needs a reference day and there is none. */
  resolve(groups: (string | undefined)[], reference: Date | null): Resolved | null;
}

/**
 * Earlier rules win where matches overlap, so ranges come before their parts. Chrono handles what
 * is left (see `chronoDates`): it has no month, quarter or year precision, ignores "dernier"
 * and reads "02 - 03 - 2020" as a time range, so these forms are ours.
 */
const RULES: DateRule[] = [
  {
    // day range: "les 01 et 02 mars courant", "du 28 février au 3 mars 2025"
    pattern: pattern(
      `\\b(?:les|du) +${DAY}(?: +${MONTH})? +(?:et|au) +(?:le +)?${DAY} +${MONTH}(?: +${YEAR}| +${ANCHOR})?\\b`,
    ),
    resolve: ([, firstDay, firstMonth, lastDay, lastMonthName, year, anchor], reference) => {
      const lastMonth = monthNumber(lastMonthName);
      const month = firstMonth ? monthNumber(firstMonth) : lastMonth;
      const last = dayNumber(lastDay);
      const lastYear = year ? Number(year) : reference && yearOf(reference, lastMonth, last, anchor);
      if (!lastYear) return null;
      const firstYear = month > lastMonth ? lastYear - 1 : lastYear;
      return {
        first: isoDay(firstYear, month, dayNumber(firstDay)),
        last: isoDay(lastYear, lastMonth, last),
        relative: !year,
      };
    },
  },
  {
    // month range: "entre mai et juin 2025", "de mai à juin 2025"
    pattern: pattern(`\\b(?:entre|de) +${MONTH} +(?:et|a) +${MONTH} +${YEAR}\\b`),
    resolve: ([, first, last, year]) => ({
      first: isoMonth(Number(year), monthNumber(first)),
      last: isoMonth(Number(year), monthNumber(last)),
      relative: false,
    }),
  },
  {
    // quarter: "premier trimestre 2025"; without a year, the reference's
    pattern: pattern(
      `\\b(${Object.keys(QUARTERS).join('|')}) +trimestre(?: +(?:de +|de +l'annee +)?${YEAR})?\\b`,
    ),
    resolve: ([, ordinal, year], reference) => {
      const quarterYear = year ? Number(year) : reference?.getUTCFullYear();
      if (!quarterYear) return null;
      return { first: `${quarterYear}-Q${QUARTERS[ordinal ?? '']}`, relative: !year };
    },
  },
  {
    // numeric date: "30/10/2024", "02 - 03 - 2020", "5/3/21": day first, one separator throughout
    pattern: pattern(`(?<![\\d/.-])(\\d{1,2}) *([-/.]) *(\\d{1,2}) *\\2 *((?:19|20)?\\d{2})(?!\\d|[-/.]\\d)`),
    resolve: ([, day, , month, year]) => ({
      first: isoDay(Number(year?.padStart(4, '20')), Number(month), Number(day)),
      relative: false,
    }),
  },
  {
    // day and month: "mardi 3 décembre 2024", "le 3 octobre dernier", "le 24 octobre"
    pattern: pattern(`\\b(?:${WEEKDAY} +)?${DAY} +${MONTH}(?: +${YEAR})?(?: +${ANCHOR})?\\b`),
    resolve: ([, , day, monthName, year, anchor], reference) => {
      const month = monthNumber(monthName);
      const dayOfMonth = dayNumber(day);
      const dayYear = year ? Number(year) : reference && yearOf(reference, month, dayOfMonth, anchor);
      if (!dayYear) return null;
      return { first: isoDay(dayYear, month, dayOfMonth), relative: !year };
    },
  },
  {
    // month: "mai 2018", "en octobre dernier"
    pattern: pattern(`\\b${MONTH} +(?:${YEAR}|${ANCHOR})\\b`),
    resolve: ([, monthName, year, anchor], reference) => {
      const month = monthNumber(monthName);
      const monthYear = year ? Number(year) : reference && yearOf(reference, month, undefined, anchor);
      if (!monthYear) return null;
      return { first: isoMonth(monthYear, month), relative: !year };
    },
  },
  {
    // year: "en 2020", "depuis 2018". A bare number is not a year, nor is a season "2025-2026".
    pattern: pattern(`(?<=\\b(?:en|depuis|des|d'ici|jusqu'en|fin|debut|l'annee) +)${YEAR}\\b(?! *[-/] *\\d)`),
    resolve: ([, year]) => ({ first: String(year), relative: false }),
  },
  {
    // weekday: "mardi", "lundi dernier"
    pattern: pattern(`\\b${WEEKDAY}(?: +(dernier|prochain))?\\b`),
    resolve: ([, weekday, anchor], reference) =>
      reference && {
        first: isoDate(weekdayNear(reference, WEEKDAYS.indexOf(weekday ?? ''), anchor)),
        relative: true,
      },
  },
  {
    // day word: "hier", "avant-hier" (chrono reads "avant-hier" as "hier")
    pattern: pattern(`(?<![\\p{L}-])(avant-hier|hier|aujourd'hui|apres-demain|demain)(?![\\p{L}-])`),
    resolve: ([, word], reference) =>
      reference && {
        first: isoDate(addDays(reference, DAYS_FROM_REFERENCE[word ?? ''] ?? 0)),
        relative: true,
      },
  },
];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoMonth(year: number, month: number): string {
  return `${year}-${pad(month)}`;
}

function isoDay(year: number, month: number, day: number): string {
  return `${isoMonth(year, month)}-${pad(day)}`;
}

function isoDate(date: Date): string {
  return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function monthNumber(name: string | undefined): number {
  return MONTHS.indexOf(name ?? '') + 1;
}

function dayNumber(text: string | undefined): number {
  return text === '1er' ? 1 : Number(text);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** The year of a day or month written without one, seen from the reference day. */
function yearOf(reference: Date, month: number, day: number | undefined, anchor: string | undefined): number {
  const year = reference.getUTCFullYear();
  const order =
    month - (reference.getUTCMonth() + 1) || (day === undefined ? 0 : day - reference.getUTCDate());
  if (anchor === 'courant') return year;
  if (anchor === 'dernier') return order < 0 ? year : year - 1;
  if (anchor === 'prochain') return order > 0 ? year : year + 1;
  // No word says which: the nearest such day, so "le 28 décembre" written on 5 January is last year's.
  const distance = (y: number) => Math.abs(Date.UTC(y, month - 1, day ?? 1) - reference.getTime());
  return [year - 1, year + 1].reduce((best, y) => (distance(y) < distance(best) ? y : best), year);
}

/** News is told in the past: a bare weekday is the latest one on or before the reference day. */
function weekdayNear(reference: Date, weekday: number, anchor: string | undefined): Date {
  const daysBack = (reference.getUTCDay() - weekday + 7) % 7;
  if (anchor === 'prochain') return addDays(reference, 7 - daysBack);
  return addDays(reference, -(anchor === 'dernier' ? daysBack || 7 : daysBack));
}

function referenceDay(reference: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(reference)) throw new Error(`reference "${reference}" is not YYYY-MM-DD`);
  // Noon, so that chrono, which reads the reference in local time, sees the same calendar day.
  return new Date(`${reference}T12:00:00Z`);
}

function toFuzzyDate({ first, last }: Resolved): FuzzyDate | null {
  const parsed = parseFuzzyDate(last && last !== first ? `${first}/${last}` : first);
  return typeof parsed === 'string' ? null : parsed;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Dates written in `text`, in text order. `reference` is the publication day (YYYY-MM-DD); without
 * it, expressions that need it are skipped. Dates inside the noise `regions` are skipped.
 */
export function findDates(text: string, reference: string | null, regions: Region[] = []): DateMention[] {
  const referenceDate = reference === null ? null : referenceDay(reference);
  const folded = foldKeepingOffsets(text);
  const claimed: Array<{ start: number; end: number }> = [];
  const found: Array<Omit<DateMention, 'text'>> = [];
  for (const rule of RULES) {
    for (const match of folded.matchAll(rule.pattern)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (claimed.some((c) => overlaps(c, span))) continue;
      // Claimed even when unresolved, so that chrono does not give it another reading.
      claimed.push(span);
      const resolved = rule.resolve([...match], referenceDate);
      const date = resolved && toFuzzyDate(resolved);
      if (resolved && date) found.push({ ...span, date, relative: resolved.relative });
    }
  }
  // Relative expressions our rules do not cover: "il y a trois jours", "le mois dernier".
  for (const mention of chronoDates(chrono.fr.casual, text, referenceDate)) {
    if (!claimed.some((c) => overlaps(c, mention))) found.push(mention);
  }
  const noise = regions.filter((r) => r.kind === 'noise');
  return found
    .filter((m) => !noise.some((r) => overlaps(r, m)))
    .sort((a, b) => a.start - b.start)
    .map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
}

/** Resolves one date expression ("le 3 octobre dernier", "mai 2018") against a reference day. */
export function resolveDateExpression(expression: string, reference: string | null): FuzzyDate | null {
  return findDates(expression, reference)[0]?.date ?? null;
}
