import { type FuzzyDate, foldKeepingOffsets, parseFuzzyDate } from '@diplograph/schema';
import * as chrono from 'chrono-node';
import { chronoDates } from './chrono-dates.js';
import { overlaps, type Region } from './region.js';

/** The languages whose date expressions the rules read. */
export type DateLanguage = 'fr' | 'en' | 'es';

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

/** Month names of the other languages, folded, in calendar order like `MONTHS`. */
const FOREIGN_MONTHS = {
  en: [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
};
/** Calendar weeks named by their distance from the reference day's week, in weeks. */
const WEEKS: Record<DateLanguage, Record<string, number>> = {
  fr: { 'la semaine derniere': -1, 'la semaine passee': -1, 'cette semaine': 0, 'la semaine prochaine': 1 },
  en: { 'last week': -1, 'this week': 0, 'next week': 1 },
  es: {
    'la semana pasada': -1,
    'esta semana': 0,
    'la semana proxima': 1,
    'la proxima semana': 1,
    'la semana que viene': 1,
  },
};
/** Years named by their distance from the reference day's year. */
const YEARS: Record<DateLanguage, Record<string, number>> = {
  fr: {
    "l'an dernier": -1,
    "l'an passe": -1,
    "l'annee derniere": -1,
    "l'annee passee": -1,
    'cette annee': 0,
    "l'an prochain": 1,
    "l'annee prochaine": 1,
  },
  en: { 'last year': -1, 'this year': 0, 'next year': 1 },
  es: {
    'el ano pasado': -1,
    'este ano': 0,
    'el proximo ano': 1,
    'el ano proximo': 1,
    'el ano que viene': 1,
  },
};
const FOREIGN_QUARTERS = {
  en: { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 },
  es: { primer: 1, primero: 1, segundo: 2, tercer: 3, tercero: 3, cuarto: 4 },
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
  resolve(match: RegExpMatchArray, reference: Date | null): Resolved | null;
}

/**
 * Days from one to another, with the named groups `firstDay`, `lastDay`, `firstMonth` and/or
 * `lastMonth` (one month serves both), and `year` or an `anchor` ("courant") when written.
 */
function dayRange(source: string, months: string[]): DateRule {
  return {
    pattern: pattern(source),
    resolve: ({ groups = {} }, reference) => {
      const lastMonth = months.indexOf(groups.lastMonth ?? groups.firstMonth ?? '') + 1;
      const month = months.indexOf(groups.firstMonth ?? groups.lastMonth ?? '') + 1;
      const last = dayNumber(groups.lastDay);
      const { year, anchor } = groups;
      const lastYear = year ? Number(year) : reference && yearOf(reference, lastMonth, last, anchor);
      if (!lastYear) return null;
      const firstYear = month > lastMonth ? lastYear - 1 : lastYear;
      return {
        first: isoDay(firstYear, month, dayNumber(groups.firstDay)),
        last: isoDay(lastYear, lastMonth, last),
        relative: !year,
      };
    },
  };
}

/** A quarter "(ordinal) (year)?" written with one of `ordinals`; without a year, the reference's. */
function quarter(source: string, ordinals: Record<string, number>): DateRule {
  return {
    pattern: pattern(source),
    resolve: ([, ordinal, year], reference) => {
      const quarterYear = year ? Number(year) : reference?.getUTCFullYear();
      if (!quarterYear) return null;
      return { first: `${quarterYear}-Q${ordinals[ordinal ?? '']}`, relative: !year };
    },
  };
}

/** Halves of a year by their ordinal, in each language: "premier semestre", "second half", "segundo semestre". */
const HALVES: Record<string, 1 | 2> = {
  premier: 1,
  '1er': 1,
  second: 2,
  deuxieme: 2,
  '2e': 2,
  '2eme': 2,
  first: 1,
  '1st': 1,
  '2nd': 2,
  primer: 1,
  segundo: 2,
};

/** Words after a period that count its year from the reference's: "de l'année prochaine", "of next year". */
const YEAR_SHIFTS: Record<string, number> = {
  prochaine: 1,
  derniere: -1,
  next: 1,
  last: -1,
  proximo: 1,
  pasado: -1,
};

/**
 * The year a period is in: the one written, or the reference's moved by the word that counts
 * from it ("de l'année prochaine"), or the reference's when the text names none ("d'ici la fin
 * de l'année").
 */
function periodYear(
  year: string | undefined,
  shift: string | undefined,
  reference: Date | null,
): number | null {
  if (year) return Number(year);
  return reference ? reference.getUTCFullYear() + (YEAR_SHIFTS[shift ?? ''] ?? 0) : null;
}

/**
 * A half-year, the two quarters it spans: "au premier semestre 2026", "in the first half of next
 * year", "el segundo semestre del año". Groups: ordinal, then a year or a shifting word.
 */
function half(source: string): DateRule {
  return {
    pattern: pattern(source),
    resolve: ([, ordinal, year, shift], reference) => {
      const halfYear = periodYear(year, shift, reference);
      const which = HALVES[ordinal ?? ''];
      if (!halfYear || !which) return null;
      return { first: `${halfYear}-Q${2 * which - 1}`, last: `${halfYear}-Q${2 * which}`, relative: !year };
    },
  };
}

/**
 * A period that ends a year, read as that year: "avant la fin de l'année", "by the end of the
 * year", "el último trimestre del año" (its quarter), "antes de fin de año". The text says no more
 * than the year, or its last quarter. Groups: a year or a shifting word.
 */
function yearEnd(source: string, quarterOnly = false): DateRule {
  return {
    pattern: pattern(source),
    resolve: ([, year, shift], reference) => {
      const endYear = periodYear(year, shift, reference);
      if (!endYear) return null;
      return { first: quarterOnly ? `${endYear}-Q4` : String(endYear), relative: !year };
    },
  };
}

/** The month each season begins in, by its folded name. */
const SEASONS: Record<string, number> = {
  printemps: 3,
  ete: 6,
  automne: 9,
  hiver: 12,
  spring: 3,
  summer: 6,
  autumn: 9,
  fall: 9,
  winter: 12,
  primavera: 3,
  verano: 6,
  otono: 9,
  invierno: 12,
};

/**
 * A season ("le printemps arabe" is none), read as the year it begins in, the precision the text gives no more of: "à l'automne",
 * "au printemps prochain", "in the autumn of 2025", "el pasado otoño". Without a year, the
 * reference's, or the one before or after when a word says the last or next one. Groups: anchor
 * before, season, anchor after, year.
 */
function season(source: string): DateRule {
  return {
    pattern: pattern(source),
    resolve: ([, before, name, after, year], reference) => {
      const begins = SEASONS[name ?? ''];
      if (!begins) return null;
      if (year) return { first: year, relative: false };
      if (!reference) return null;
      const word = before || after || '';
      const anchor = FOREIGN_ANCHORS[word] ?? word;
      const now = reference.getUTCFullYear();
      const started = begins <= reference.getUTCMonth() + 1;
      const seasonYear =
        anchor === 'dernier' && !started ? now - 1 : anchor === 'prochain' && started ? now + 1 : now;
      return { first: String(seasonYear), relative: true };
    },
  };
}

/** English and Spanish words that say which year a month written without one is in. */
const FOREIGN_ANCHORS: Record<string, string> = {
  last: 'dernier',
  next: 'prochain',
  pasado: 'dernier',
  proximo: 'prochain',
};

/** "el pasado mes de junio", "septiembre próximo", "next March": the month of the year its word says. */
function anchoredMonth(source: string, months: string[]): DateRule {
  return {
    pattern: pattern(source),
    resolve: (match, reference) => {
      const month = months.indexOf(match.groups?.month ?? '') + 1;
      const anchor = FOREIGN_ANCHORS[match.groups?.anchor ?? ''];
      if (!reference || !month || !anchor) return null;
      return { first: isoMonth(yearOf(reference, month, undefined, anchor), month), relative: true };
    },
  };
}

/**
 * Words that make a period the start of what lasts after it ("dès cette année", "from next
 * year"): an open start, which no fuzzy date holds, so the period dates nothing.
 */
const STARTING: Record<DateLanguage, string> = {
  fr: 'des|a partir de|depuis',
  en: 'from|as of|since|starting',
  es: 'desde|a partir de',
};

/** One of the folded `words`, whole, maybe after a starting word (group 1), the phrase in group 2. */
function phrases(words: Record<string, number>, language: DateLanguage): RegExp {
  return pattern(`(?<![\\p{L}'])(?:(${STARTING[language]}) +)?(${Object.keys(words).join('|')})(?!\\p{L})`);
}

/** "la semaine dernière", "this week": the days from Monday to Sunday of that calendar week. */
function weekRule(language: DateLanguage): DateRule {
  const words = WEEKS[language];
  return {
    pattern: phrases(words, language),
    resolve: ([, starting, phrase], reference) => {
      if (!reference || starting) return null;
      const monday = addDays(reference, 7 * (words[phrase ?? ''] ?? 0) - ((reference.getUTCDay() + 6) % 7));
      return { first: isoDate(monday), last: isoDate(addDays(monday, 6)), relative: true };
    },
  };
}

/** "l'an prochain", "this year": the year, counted from the reference's. */
function yearRule(language: DateLanguage): DateRule {
  const words = YEARS[language];
  return {
    pattern: phrases(words, language),
    resolve: ([, starting, phrase], reference) =>
      reference && !starting
        ? { first: String(reference.getUTCFullYear() + (words[phrase ?? ''] ?? 0)), relative: true }
        : null,
  };
}

const NAMED_YEAR = '(?<year>(?:19|20)\\d{2})';
const EN_MONTH = `(?:${FOREIGN_MONTHS.en.join('|')})`;
const ES_MONTH = `(?:${FOREIGN_MONTHS.es.join('|')})`;
/** Not the start of a longer number ("5,000"). */
const NUMBER_END = '(?!\\d|[,.]\\d)';

/** Rules for English and Spanish, before chrono, which reads only one day of a range ("4 and 5 November"). */
const FOREIGN_RULES = {
  en: [
    // "4-5 November 2025", "on 4 and 5 November", "from 4 to 5 November"
    dayRange(
      `\\b(?<firstDay>\\d{1,2})(?:st|nd|rd|th)?(?: +(?<firstMonth>${EN_MONTH}))? *(?:-|–|and|to|through) *(?<lastDay>\\d{1,2})(?:st|nd|rd|th)? +(?<lastMonth>${EN_MONTH})(?:,? +${NAMED_YEAR})?\\b`,
      FOREIGN_MONTHS.en,
    ),
    // "November 4-5, 2025", "November 30 to December 2"
    dayRange(
      `\\b(?<firstMonth>${EN_MONTH}) +(?<firstDay>\\d{1,2})(?:st|nd|rd|th)? *(?:-|–|and|to|through) *(?:(?<lastMonth>${EN_MONTH}) +)?(?<lastDay>\\d{1,2})(?:st|nd|rd|th)?${NUMBER_END}(?:,? +${NAMED_YEAR})?\\b`,
      FOREIGN_MONTHS.en,
    ),
    quarter(
      `\\b(${Object.keys(FOREIGN_QUARTERS.en).join('|')}) +quarter(?: +of(?: +the +year)?(?: +${YEAR}))?\\b`,
      FOREIGN_QUARTERS.en,
    ),
    half(`\\b(first|1st|second|2nd) +half +of +(?:(?:the|this) +year|${YEAR}|(next|last) +year)\\b`),
    yearEnd(`\\b(?:the +)?last +quarter +of +(?:(?:the|this) +year|${YEAR}|(next|last) +year)\\b`, true),
    yearEnd(`\\bend +of +(?:(?:the|this) +year|${YEAR}|(next|last) +year)\\b`),
    season(
      `\\b(?:in +(?:the +)?|this +|(next|last) +)(spring|summer|autumn|fall|winter)()(?: +of +${YEAR})?\\b`,
    ),
    anchoredMonth(`\\b(?<anchor>last|next) +(?<month>${EN_MONTH})\\b`, FOREIGN_MONTHS.en),
    weekRule('en'),
    yearRule('en'),
  ],
  es: [
    // "los días 4 y 5 de noviembre", "del 4 al 5 de noviembre de 2025"
    dayRange(
      `\\b(?:los(?: +dias)?|del|entre(?: +el)?) +(?<firstDay>\\d{1,2})(?: +de +(?<firstMonth>${ES_MONTH}))? *(?:y|al|a|-|–) *(?:el +)?(?<lastDay>\\d{1,2}) +de +(?<lastMonth>${ES_MONTH})(?: +(?:de|del) +${NAMED_YEAR})?\\b`,
      FOREIGN_MONTHS.es,
    ),
    quarter(
      `\\b(${Object.keys(FOREIGN_QUARTERS.es).join('|')}) +trimestre(?: +(?:de|del)(?: +ano)? +${YEAR})?\\b`,
      FOREIGN_QUARTERS.es,
    ),
    anchoredMonth(
      `\\b(?:el +)?(?<anchor>pasado|proximo) +(?:mes +de +)?(?<month>${ES_MONTH})\\b`,
      FOREIGN_MONTHS.es,
    ),
    anchoredMonth(`\\b(?<month>${ES_MONTH}) +(?<anchor>pasado|proximo)\\b`, FOREIGN_MONTHS.es),
    half(
      `\\b(primer|segundo) +semestre(?: +(?:de +${YEAR}|del +ano(?: +${YEAR}| +(proximo|pasado))?|de +este +ano|del +(proximo|pasado) +ano))?\\b`,
    ),
    yearEnd(`\\bultimo +trimestre +(?:del +ano|de +este +ano|de +${YEAR})(?: +(proximo|pasado))?\\b`, true),
    yearEnd(`\\b(?:finales|fin|final) +(?:de|del) +(?:este +)?ano(?: +${YEAR})?(?! +(?:proximo|pasado))\\b`),
    season(
      `\\b(?:en +(?:el +|la +)?|este +|esta +|el +|la +)(?:(proximo|pasado|proxima|pasada) +)?(primavera|verano|otono|invierno)(?! +arabe)(?: +(proximo|pasado|proxima|pasada))?(?: +de +${YEAR})?\\b`,
    ),
    weekRule('es'),
    yearRule('es'),
  ],
};

/**
 * Earlier rules win where matches overlap, so ranges come before their parts. Chrono handles what
 * is left (see `chronoDates`): it has no month, quarter or year precision, ignores "dernier"
 * and reads "02 - 03 - 2020" as a time range, so these forms are ours.
 */
const FRENCH_RULES: DateRule[] = [
  // day range: "les 01 et 02 mars courant", "du 28 février au 3 mars 2025"
  dayRange(
    `\\b(?:les|du) +(?<firstDay>1er|\\d{1,2})(?: +(?<firstMonth>${MONTHS.join('|')}))? +(?:et|au) +(?:le +)?(?<lastDay>1er|\\d{1,2}) +(?<lastMonth>${MONTHS.join('|')})(?: +${NAMED_YEAR}| +(?<anchor>dernier|prochain|courant))?\\b`,
    MONTHS,
  ),
  {
    // month range: "entre mai et juin 2025", "de mai à juin 2025"
    pattern: pattern(`\\b(?:entre|de) +${MONTH} +(?:et|a) +${MONTH} +${YEAR}\\b`),
    resolve: ([, first, last, year]) => ({
      first: isoMonth(Number(year), monthNumber(first)),
      last: isoMonth(Number(year), monthNumber(last)),
      relative: false,
    }),
  },
  // quarter: "premier trimestre 2025"; without a year, the reference's
  quarter(
    `\\b(${Object.keys(QUARTERS).join('|')}) +trimestre(?: +(?:de +|de +l'annee +)?${YEAR})?\\b`,
    QUARTERS,
  ),
  half(
    `\\b(premier|1er|second|deuxieme|2e|2eme) +semestre(?: +(?:de +l'annee +|de +)?${YEAR}| +de +l'annee(?: +(prochaine|derniere))?)?\\b`,
  ),
  yearEnd(`\\bdernier +trimestre +(?:de +l'annee(?: +(?:${YEAR}|(prochaine|derniere)))?|${YEAR})\\b`, true),
  yearEnd(`\\bfin +(?:de +l'annee|d'annee)(?: +(?:${YEAR}|(prochaine|derniere)))?(?! +passee)\\b`),
  season(
    `(?<![\\p{L}])(?:a +l'|en +|cet +|l'|au +|ce +|le +)(?:()(printemps|ete|automne|hiver))(?! +arabe)(?: +(dernier|prochain))?(?: +${YEAR})?\\b`,
  ),
  weekRule('fr'),
  yearRule('fr'),
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

const RULES: Record<DateLanguage, DateRule[]> = { fr: FRENCH_RULES, ...FOREIGN_RULES };
const CHRONO = { fr: chrono.fr.casual, en: chrono.en.casual, es: chrono.es.casual };

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

/**
 * Dates written in `text` in `language`, in text order. `reference` is the publication day (YYYY-MM-DD); without
 * it, expressions that need it are skipped. Dates inside the noise `regions` are skipped.
 */
export function findDates(
  text: string,
  reference: string | null,
  regions: Region[] = [],
  language: DateLanguage = 'fr',
): DateMention[] {
  const referenceDate = reference === null ? null : referenceDay(reference);
  const folded = foldKeepingOffsets(text);
  const claimed: Array<{ start: number; end: number }> = [];
  const found: Array<Omit<DateMention, 'text'>> = [];
  for (const rule of RULES[language]) {
    for (const match of folded.matchAll(rule.pattern)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (claimed.some((c) => overlaps(c, span))) continue;
      // Claimed even when unresolved, so that chrono does not give it another reading.
      claimed.push(span);
      const resolved = rule.resolve(match, referenceDate);
      const date = resolved && toFuzzyDate(resolved);
      if (resolved && date) found.push({ ...span, date, relative: resolved.relative });
    }
  }
  // Relative expressions our rules do not cover: "il y a trois jours", "le mois dernier".
  for (const mention of chronoDates(CHRONO[language], text, referenceDate)) {
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
