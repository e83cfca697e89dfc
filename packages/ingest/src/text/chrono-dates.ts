import { type FuzzyDate, parseFuzzyDate } from '@diplograph/schema';
import type * as chrono from 'chrono-node';

/** A calendar date that chrono found, with the precision it is certain of. */
export interface ChronoDate {
  start: number;
  end: number;
  date: FuzzyDate;
  /** True when the text gives no year: resolved against the reference day. */
  relative: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "within 30 days", "dentro de 30 días": a time limit counted from an unknown day, not a date. */
const DEADLINE = /^(within|dentro de|en menos de|sous|d'ici|en moins de)\s/i;

/** "une visite de deux jours", "for two days", "durante dos días": how long, not when. */
const DURATION =
  /^(de|d'|of|for|pendant|durant|durante)\s*\S+\s+(jours?|semaines?|mois|ans|années|days?|weeks?|months?|years?|días|semanas|meses|años)$/i;

/**
 * Calendar dates in `text`, read by one of chrono's parsers ("on Tuesday", "el 14 de abril",
 * "il y a trois jours"). Times, durations ("de deux jours") and time limits are dropped, and a week ("la semaine dernière"),
 * which a fuzzy date cannot hold, too. Without a reference day only dates with a year are kept.
 */
export function chronoDates(parser: chrono.Chrono, text: string, reference: Date | null): ChronoDate[] {
  return parser.parse(text, reference ?? new Date()).flatMap((result) => {
    const { start } = result;
    if (
      start.isCertain('hour') ||
      !start.isCertain('month') ||
      /\b(semaine|week|semana)\b/i.test(result.text) ||
      DEADLINE.test(result.text) ||
      DURATION.test(result.text)
    )
      return [];
    const relative = !/\d{4}/.test(result.text);
    if (relative && !reference) return [];
    const month = `${start.get('year') ?? 0}-${pad(start.get('month') ?? 0)}`;
    const parsed = parseFuzzyDate(start.isCertain('day') ? `${month}-${pad(start.get('day') ?? 0)}` : month);
    if (typeof parsed === 'string') return [];
    return [
      { start: result.index, end: result.index + result.text.trimEnd().length, date: parsed, relative },
    ];
  });
}
