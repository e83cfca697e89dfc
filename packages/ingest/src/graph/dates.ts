import type { DateInput, FuzzyDate } from '@diplograph/schema';
import { Date as Neo4jDate } from 'neo4j-driver';
import { resolveDateExpression } from '../text/french-dates.js';
import { at, type BuildContext, type Location } from './context.js';
import type { Properties } from './graph-data.js';

/**
 * Turns a curated date into a fuzzy date. A French expression ("mardi", "le 3 octobre dernier")
 * is resolved against the publication date of the source it comes from, and must occur in it.
 */
export function resolveDate(
  ctx: BuildContext,
  input: DateInput | undefined,
  location: Location,
): FuzzyDate | undefined {
  if (input === undefined || 'text' in input) return input;
  const source = ctx.sources.get(input.source);
  if (!source) {
    ctx.report(at(location, 'source'), `unknown source "${input.source}"`);
    return undefined;
  }
  if (!source.article.text.includes(input.expression)) {
    ctx.report(at(location, 'expression'), `"${input.expression}" does not occur in ${input.source}`);
    return undefined;
  }
  if (!source.published) {
    ctx.report(location, `${input.source} has no publication date to resolve "${input.expression}" against`);
    return undefined;
  }
  const date = resolveDateExpression(input.expression, source.published.latest);
  if (!date) ctx.report(at(location, 'expression'), `cannot read a date in "${input.expression}"`);
  return date ?? undefined;
}

/**
 * Stores a fuzzy date under a property prefix: the text, its precision, and the first and last
 * day it covers as Neo4j dates, which range indexes and date filters use.
 */
export function dateProperties(prefix: string, date: FuzzyDate | undefined | null): Properties {
  if (!date) return {};
  return {
    [prefix]: date.text,
    [`${prefix}Precision`]: date.precision,
    [`${prefix}Earliest`]: neo4jDate(date.earliest),
    [`${prefix}Latest`]: neo4jDate(date.latest),
  };
}

export function neo4jDate(iso: string): Neo4jDate<number> {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Neo4jDate(year, month, day);
}

/** The day before or after an ISO day. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
