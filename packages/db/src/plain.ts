import { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isTime } from 'neo4j-driver';

/**
 * Converts driver values into plain JavaScript: temporal values become ISO strings, so that
 * records can be handed to GraphQL or JSON as they are.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (isInt(value)) return value.toNumber();
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = toPlain(v);
  return out;
}
