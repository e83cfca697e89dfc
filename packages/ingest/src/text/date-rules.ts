import { type FuzzyDate, parseFuzzyDate } from '@diplograph/schema';

/** Canonical fuzzy-date texts of a resolved expression: one date, or the first and last of a range. */
export interface Resolved {
  first: string;
  last?: string;
  relative: boolean;
}

/** A pattern of a language's date expressions and how to resolve what it matches. */
export interface DateRule {
  pattern: RegExp;
  /** Null when the expression needs a reference day and there is none. */
  resolve(groups: (string | undefined)[], reference: Date | null): Resolved | null;
}

/** A span of the text, resolved to a date. */
export interface FoundDate {
  start: number;
  end: number;
  date: FuzzyDate;
  relative: boolean;
}

/** Patterns run on folded text: lowercase, no accents, one kind of space, line breaks kept. */
export function pattern(source: string): RegExp {
  return new RegExp(source, 'gu');
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isoMonth(year: number, month: number): string {
  return `${year}-${pad(month)}`;
}

export function isoDay(year: number, month: number, day: number): string {
  return `${isoMonth(year, month)}-${pad(day)}`;
}

export function isoDate(date: Date): string {
  return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** The year of a day or month written without one, seen from the reference day. */
export function yearOf(
  reference: Date,
  month: number,
  day: number | undefined,
  anchor: 'last' | 'next' | 'current' | undefined,
): number {
  const year = reference.getUTCFullYear();
  const order =
    month - (reference.getUTCMonth() + 1) || (day === undefined ? 0 : day - reference.getUTCDate());
  if (anchor === 'current') return year;
  if (anchor === 'last') return order < 0 ? year : year - 1;
  if (anchor === 'next') return order > 0 ? year : year + 1;
  // No word says which: the nearest such day, so "le 28 décembre" written on 5 January is last year's.
  const distance = (y: number) => Math.abs(Date.UTC(y, month - 1, day ?? 1) - reference.getTime());
  return [year - 1, year + 1].reduce((best, y) => (distance(y) < distance(best) ? y : best), year);
}

/**
 * "La semaine dernière", "this week", "la semana próxima": the days from Monday to Sunday of the
 * week `offset` weeks from the reference day's.
 */
export function weekOf(reference: Date, offset: number): Resolved {
  const monday = addDays(reference, -((reference.getUTCDay() + 6) % 7) + 7 * offset);
  return { first: isoDate(monday), last: isoDate(addDays(monday, 6)), relative: true };
}

/** "L'an prochain", "last year": the year `offset` years from the reference day's. */
export function yearFrom(reference: Date, offset: number): Resolved {
  return { first: String(reference.getUTCFullYear() + offset), relative: true };
}

/** A day range within one month, its year given or read from the reference day. */
export function dayRange(
  first: number,
  last: number,
  month: number,
  year: string | undefined,
  reference: Date | null,
): Resolved | null {
  const rangeYear = year ? Number(year) : reference && yearOf(reference, month, last, undefined);
  if (!rangeYear || first >= last) return null;
  return { first: isoDay(rangeYear, month, first), last: isoDay(rangeYear, month, last), relative: !year };
}

function toFuzzyDate({ first, last }: Resolved): FuzzyDate | null {
  const parsed = parseFuzzyDate(last && last !== first ? `${first}/${last}` : first);
  return typeof parsed === 'string' ? null : parsed;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Runs `rules` over the folded text in order: earlier rules win where matches overlap, so ranges
 * come before their parts. Each match is added to `claimed`, even when it does not resolve, so
 * that no later reader gives it another reading.
 */
export function applyRules(
  rules: DateRule[],
  folded: string,
  reference: Date | null,
  claimed: Array<{ start: number; end: number }>,
): FoundDate[] {
  const found: FoundDate[] = [];
  for (const rule of rules) {
    for (const match of folded.matchAll(rule.pattern)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (claimed.some((c) => overlaps(c, span))) continue;
      claimed.push(span);
      const resolved = rule.resolve([...match], reference);
      const date = resolved && toFuzzyDate(resolved);
      if (resolved && date) found.push({ ...span, date, relative: resolved.relative });
    }
  }
  return found;
}
