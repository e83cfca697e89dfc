import type { FuzzyDate } from './types.js';

/** Days as `YYYY-MM-DD`; either end may be open. */
export interface DateRange {
  from?: string;
  to?: string;
}

/**
 * Whether a date may fall in the range: some day it covers is inside. Undated nodes (people,
 * places, themes) always pass, so that filtering by date never hides who or what took part.
 */
export function overlaps(date: FuzzyDate | undefined, range: DateRange): boolean {
  if (!date) return true;
  if (range.from && date.latest < range.from) return false;
  if (range.to && date.earliest > range.to) return false;
  return true;
}
