import { type DateRule, dayRange, pattern, weekOf, yearFrom } from './date-rules.js';

/**
 * What chrono misses in English and Spanish, on folded text: ranges of days within a month, quarters,
 * and weeks and years counted from the reference day ("last week", "el próximo año").
 */

const ENGLISH_MONTHS = [
  'january|jan\\.?',
  'february|feb\\.?',
  'march|mar\\.?',
  'april|apr\\.?',
  'may',
  'june|jun\\.?',
  'july|jul\\.?',
  'august|aug\\.?',
  'september|sept?\\.?',
  'october|oct\\.?',
  'november|nov\\.?',
  'december|dec\\.?',
];
const SPANISH_MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre|setiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

/** The number of the month a name matched: 1 for "january" or "jan.". */
const monthIn = (months: string[]) => (name: string | undefined) =>
  months.findIndex((m) => new RegExp(`^(?:${m})$`).test(name ?? '')) + 1;

const monthGroup = (months: string[]) => `(${months.join('|')})`;
const YEAR = '((?:19|20)\\d{2})';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const QUARTERS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  primer: 1,
  segundo: 2,
  tercer: 3,
  cuarto: 4,
};

function quarter(ordinal: string | undefined, year: string | undefined, reference: Date | null) {
  const quarterYear = year ? Number(year) : reference?.getUTCFullYear();
  if (!quarterYear) return null;
  return { first: `${quarterYear}-Q${QUARTERS[ordinal ?? '']}`, relative: !year };
}

const englishMonth = monthIn(ENGLISH_MONTHS);
const EN_MONTH = monthGroup(ENGLISH_MONTHS);
const spanishMonth = monthIn(SPANISH_MONTHS);
const ES_MONTH = monthGroup(SPANISH_MONTHS);

const ENGLISH: DateRule[] = [
  {
    // "4-5 November 2025", "on 4 and 5 November", "from 4 to 5 November"
    pattern: pattern(
      `\\b(?:from +)?${DAY} *(?:-|–|and|to) *${DAY} +(?:of +)?${EN_MONTH}(?:,? +${YEAR})?(?![\\p{L}\\d])`,
    ),
    resolve: ([, first, last, month, year], reference) =>
      dayRange(Number(first), Number(last), englishMonth(month), year, reference),
  },
  {
    // "November 4-5, 2025", "November 4 and 5"
    pattern: pattern(`\\b${EN_MONTH} +${DAY} *(?:-|–|and|to) *${DAY}(?:,? +${YEAR})?(?![\\p{L}\\d])`),
    resolve: ([, month, first, last, year], reference) =>
      dayRange(Number(first), Number(last), englishMonth(month), year, reference),
  },
  {
    // "the first quarter of 2026", "in the third quarter"
    pattern: pattern(`\\b(first|second|third|fourth|1st|2nd|3rd|4th) +quarter(?: +of)?(?: +${YEAR})?\\b`),
    resolve: ([, ordinal, year], reference) => quarter(ordinal, year, reference),
  },
  {
    // "last week", "this week", "next week"
    pattern: pattern('\\b(last|this|next) +week\\b'),
    resolve: ([, which], reference) =>
      reference && weekOf(reference, which === 'last' ? -1 : which === 'next' ? 1 : 0),
  },
  {
    // "next year", "early next year", "last year", "this year"
    pattern: pattern('\\b(last|this|next) +year\\b'),
    resolve: ([, which], reference) =>
      reference && yearFrom(reference, which === 'last' ? -1 : which === 'next' ? 1 : 0),
  },
];

/** Spanish words that count back or forward: "la semana pasada", "el próximo año". */
const spanishOffset = (word: string | undefined) =>
  word === undefined ? 0 : /^(pasad|anterior)/.test(word) ? -1 : 1;

const SPANISH: DateRule[] = [
  {
    // "los días 4 y 5 de noviembre", "del 4 al 5 de noviembre de 2025"
    pattern: pattern(
      `\\b(?:los +dias +|del +|entre +el +)?${DAY} +(?:y|al) +(?:el +)?${DAY} +de +${ES_MONTH}(?: +(?:de|del) +${YEAR})?\\b`,
    ),
    resolve: ([, first, last, month, year], reference) =>
      dayRange(Number(first), Number(last), spanishMonth(month), year, reference),
  },
  {
    // "el primer trimestre de 2026"
    pattern: pattern(`\\b(primer|segundo|tercer|cuarto) +trimestre(?: +(?:de|del) +(?:ano +)?${YEAR})?\\b`),
    resolve: ([, ordinal, year], reference) => quarter(ordinal, year, reference),
  },
  {
    // "la semana pasada", "esta semana", "la próxima semana", "la semana que viene"
    pattern: pattern(
      '\\b(?:(?:la +)?semana +(pasada|anterior|proxima|que +viene|siguiente)|(?:la +)?(proxima) +semana|esta +semana)\\b',
    ),
    resolve: ([, after, before], reference) => reference && weekOf(reference, spanishOffset(after ?? before)),
  },
  {
    // "el próximo año", "el año pasado", "el año que viene", "este año"
    pattern: pattern(
      '\\b(?:el +ano +(pasado|proximo|que +viene|siguiente)|el +(proximo|pasado) +ano|este +ano)\\b',
    ),
    resolve: ([, after, before], reference) =>
      reference && yearFrom(reference, spanishOffset(after ?? before)),
  },
];

export const FOREIGN_DATE_RULES: Record<'en' | 'es', DateRule[]> = { en: ENGLISH, es: SPANISH };
