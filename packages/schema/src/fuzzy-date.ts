import { z } from 'zod';

/**
 * Sources rarely give a full date: "en mai 2018", "au premier trimestre 2025", "les 01 et 02 mars".
 * A fuzzy date keeps what the text says (its precision) and the interval of calendar days it covers,
 * so that queries can compare dates of different precision.
 */
export const DATE_PRECISIONS = ['day', 'month', 'quarter', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface FuzzyDate {
  /** Canonical text: `2025-06-25`, `2025-06`, `2025-Q1`, `2018`, or a range `2020-03-01/2020-03-02`. */
  text: string;
  /** The unit the text gives; for a range, the unit of its bounds. */
  precision: DatePrecision;
  /** First calendar day covered, `YYYY-MM-DD`. */
  earliest: string;
  /** Last calendar day covered, `YYYY-MM-DD`. */
  latest: string;
}

const POINT = /^(\d{4})(?:-(?:Q([1-4])|(\d{2})(?:-(\d{2}))?))?$/;

interface Point {
  precision: DatePrecision;
  earliest: string;
  latest: string;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parsePoint(text: string): Point | string {
  const m = POINT.exec(text);
  if (!m) return `"${text}" is not a date: use YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD`;
  const year = Number(m[1]);
  const y = pad(year, 4);
  if (m[2]) {
    const q = Number(m[2]);
    const lastMonth = q * 3;
    return {
      precision: 'quarter',
      earliest: `${y}-${pad(lastMonth - 2)}-01`,
      latest: `${y}-${pad(lastMonth)}-${pad(daysInMonth(year, lastMonth))}`,
    };
  }
  if (m[3]) {
    const month = Number(m[3]);
    if (month < 1 || month > 12) return `"${text}" has no month ${m[3]}`;
    if (m[4]) {
      const day = Number(m[4]);
      if (day < 1 || day > daysInMonth(year, month)) return `"${text}" is not a day of ${y}-${pad(month)}`;
      const iso = `${y}-${pad(month)}-${pad(day)}`;
      return { precision: 'day', earliest: iso, latest: iso };
    }
    return {
      precision: 'month',
      earliest: `${y}-${pad(month)}-01`,
      latest: `${y}-${pad(month)}-${pad(daysInMonth(year, month))}`,
    };
  }
  return { precision: 'year', earliest: `${y}-01-01`, latest: `${y}-12-31` };
}

/** Parses the canonical text of a fuzzy date; returns an error message when it is not one. */
export function parseFuzzyDate(text: string): FuzzyDate | string {
  const parts = text.split('/');
  if (parts.length > 2) return `"${text}" has more than one "/"`;
  const [first, second] = parts as [string, string | undefined];
  const start = parsePoint(first);
  if (typeof start === 'string') return start;
  if (second === undefined) return { text, ...start };
  const end = parsePoint(second);
  if (typeof end === 'string') return end;
  if (start.precision !== end.precision) {
    return `"${text}" mixes precisions (${start.precision} and ${end.precision}) in one range`;
  }
  if (end.latest < start.earliest) return `"${text}" ends before it starts`;
  return { text, precision: start.precision, earliest: start.earliest, latest: end.latest };
}

/** Builds the canonical fuzzy date for a point or a range of points of one precision. */
export function fuzzyDate(start: string, end?: string): FuzzyDate {
  const parsed = parseFuzzyDate(end && end !== start ? `${start}/${end}` : start);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

export function isRange(date: FuzzyDate): boolean {
  return date.text.includes('/');
}

/** True when the two dates may share a day. */
export function overlaps(
  a: Pick<FuzzyDate, 'earliest' | 'latest'>,
  b: Pick<FuzzyDate, 'earliest' | 'latest'>,
) {
  return a.earliest <= b.latest && b.earliest <= a.latest;
}

/** A zod schema for the canonical text, turning it into a FuzzyDate. */
export const fuzzyDateText = z.string().transform((text, ctx): FuzzyDate => {
  const parsed = parseFuzzyDate(text.trim());
  if (typeof parsed === 'string') {
    ctx.addIssue({ code: 'custom', message: parsed });
    return z.NEVER;
  }
  return parsed;
});
