import type { FuzzyDate } from './types.js';

const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "28 Oct 2024", "Jun 2025", "2025-Q1", or a range of them, as precise as the sources are. */
export function formatDate(date: Pick<FuzzyDate, 'text'> | null | undefined): string {
  if (!date) return '';
  const [start, end] = date.text.split('/');
  const one = (text: string | undefined) => {
    if (!text) return '';
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return DAY.format(new Date(`${text}T00:00:00Z`));
    if (/^\d{4}-\d{2}$/.test(text)) return MONTH.format(new Date(`${text}-01T00:00:00Z`));
    return text;
  };
  return end ? `${one(start)} – ${one(end)}` : one(start);
}

/** "1 node", "3 nodes": a count with its noun, plural when it is not one. */
export function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** CO_CHAIRED or co-chaired → "co-chaired"; FRAMED_BY → "framed by". */
export function formatWord(value: string): string {
  return value.toLowerCase().replace(/_/g, ' ');
}

/** A fuzzy date stored among a graph node's properties, if it has one. */
export function dateOf(properties: Record<string, unknown>): FuzzyDate | undefined {
  const date = properties.date;
  return date && typeof date === 'object' && 'earliest' in date ? (date as FuzzyDate) : undefined;
}
