import { type FuzzyDate, foldKeepingOffsets } from '@diplograph/schema';
import * as chrono from 'chrono-node';
import { chronoDates } from './chrono-dates.js';
import {
  addDays,
  applyRules,
  type DateRule,
  isoDate,
  isoDay,
  isoMonth,
  overlaps,
  pattern,
  weekOf,
  yearFrom,
  yearOf,
} from './date-rules.js';
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

/** "le 3 octobre dernier", "mars courant": which year the word after a date says. */
const ANCHORS = new Map<string, 'last' | 'next' | 'current'>([
  ['dernier', 'last'],
  ['prochain', 'next'],
  ['courant', 'current'],
]);
const anchorOf = (word: string | undefined) => (word === undefined ? undefined : ANCHORS.get(word));

/** "La semaine dernière", "l'an prochain": how many weeks or years from the reference's. */
const OFFSET = '(derniere|dernier|passee|passe|precedente|prochaine|prochain)';
const offsetOf = (word: string | undefined) => (word?.startsWith('prochain') ? 1 : -1);

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
      const lastYear = year
        ? Number(year)
        : reference && yearOf(reference, lastMonth, last, anchorOf(anchor));
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
      const dayYear = year
        ? Number(year)
        : reference && yearOf(reference, month, dayOfMonth, anchorOf(anchor));
      if (!dayYear) return null;
      return { first: isoDay(dayYear, month, dayOfMonth), relative: !year };
    },
  },
  {
    // month: "mai 2018", "en octobre dernier"
    pattern: pattern(`\\b${MONTH} +(?:${YEAR}|${ANCHOR})\\b`),
    resolve: ([, monthName, year, anchor], reference) => {
      const month = monthNumber(monthName);
      const monthYear = year
        ? Number(year)
        : reference && yearOf(reference, month, undefined, anchorOf(anchor));
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
    // week: "la semaine dernière", "cette semaine", "la semaine prochaine"
    pattern: pattern(`\\b(?:(?:la +)?semaine +${OFFSET}|cette +semaine)\\b`),
    resolve: ([, offset], reference) => reference && weekOf(reference, offset ? offsetOf(offset) : 0),
  },
  {
    // year: "l'an prochain", "l'année dernière", "cette année"
    pattern: pattern(`\\b(?:l'(?:an|annee) +${OFFSET}|cette +annee)\\b`),
    resolve: ([, offset], reference) => reference && yearFrom(reference, offset ? offsetOf(offset) : 0),
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

function monthNumber(name: string | undefined): number {
  return MONTHS.indexOf(name ?? '') + 1;
}

function dayNumber(text: string | undefined): number {
  return text === '1er' ? 1 : Number(text);
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

/**
 * Dates written in `text`, in text order. `reference` is the publication day (YYYY-MM-DD); without
 * it, expressions that need it are skipped. Dates inside the noise `regions` are skipped.
 */
export function findDates(text: string, reference: string | null, regions: Region[] = []): DateMention[] {
  const referenceDate = reference === null ? null : referenceDay(reference);
  const folded = foldKeepingOffsets(text);
  const claimed: Array<{ start: number; end: number }> = [];
  const found = applyRules(RULES, folded, referenceDate, claimed);
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
