import { type FuzzyDate, isRange } from '@diplograph/schema';
import { type DateMention, findDates } from '../text/french-dates.js';
import type { Region } from '../text/region.js';

/**
 * The dates an article states outside page noise, resolved against its day of publication.
 * Relative expressions ("mardi", "le 3 octobre dernier") count from that day: when only a month or
 * a year of publication is known they are dropped rather than placed on a guessed day.
 */
export function extractDates(
  article: { text: string; regions: Region[] },
  published: FuzzyDate | null,
): DateMention[] {
  const day = published && published.precision === 'day' && !isRange(published) ? published.earliest : null;
  return findDates(article.text, day, article.regions);
}
