import type { Region } from '../text/region.js';
import type { Passage } from './people.js';

/** A longer title is a page record's first paragraph run into its title, not a headline. */
const MAX_HEADLINE_LENGTH = 160;

/**
 * The page's headline: a short title over a body. A headline sums up what the body then tells in
 * full ("Rabat et Madrid signent un accord"), so what it names repeats what the body names.
 */
export function headlineOf(text: string, regions: Region[]): Passage | null {
  const title = regions.find((r) => r.kind === 'title');
  if (!title || !regions.some((r) => r.kind === 'body')) return null;
  return text.slice(title.start, title.end).trim().length <= MAX_HEADLINE_LENGTH ? title : null;
}
