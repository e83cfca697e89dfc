import type { FuzzyDate } from '@diplograph/schema';
import { findDates } from './french-dates.js';
import type { Region } from './region.js';

/** Where a page says when it was published. */
export interface PublicationDate {
  date: FuzzyDate;
  start: number;
  end: number;
}

/**
 * The first date written in the page's datelines ("Publié : 3 décembre 2024 à 17h06", "Le 30/10/2024").
 * Only datelines count: dates elsewhere, such as those of the other articles in a sidebar, are not
 * the page's.
 */
export function findPublicationDate(raw: string, regions: Region[]): PublicationDate | null {
  for (const region of regions.filter((r) => r.kind === 'dateline')) {
    const mention = findDates(raw.slice(region.start, region.end), null)[0];
    if (mention)
      return { date: mention.date, start: region.start + mention.start, end: region.start + mention.end };
  }
  return null;
}
