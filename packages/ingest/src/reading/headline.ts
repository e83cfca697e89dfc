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

/**
 * The lines over a page's byline or dateline ("By X", "23/01/2026 - 07:30"), when the body follows
 * them, each short: its title and standfirst, whatever the page's layout made of them (a site menu
 * read as the title, the headline read as body). They sum up the body as the headline does.
 */
export function leadOf(text: string, regions: Region[]): Passage | null {
  const credits = regions.findIndex((r) => r.kind === 'byline' || r.kind === 'dateline');
  if (credits < 0 || !regions.slice(credits).some((r) => r.kind === 'body')) return null;
  const above = regions.slice(0, credits).filter((r) => r.kind === 'title' || r.kind === 'body');
  const [first] = above;
  const last = above.at(-1);
  if (!first || !last || above.some((r) => text.slice(r.start, r.end).trim().length > MAX_HEADLINE_LENGTH))
    return null;
  return { start: first.start, end: last.end };
}
