import type { Passage } from './people.js';

/** Marks that open a quotation, each with the mark that closes it. */
const PAIRS: Array<[open: string, close: string]> = [
  ['«', '»'],
  ['“', '”'],
  ['‘’', '’’'],
  ["''", '’’'],
];

/**
 * The quotations of an article: the passages between an opening mark and its closing one, and
 * between straight double quotes taken two by two. What they hold is someone's own words, so a
 * "we" or an "on" in them is the speaker's side.
 */
export function quotationsOf(text: string): Passage[] {
  const found: Passage[] = [];
  for (const [open, close] of PAIRS) {
    for (let start = text.indexOf(open); start >= 0; start = text.indexOf(open, start + open.length)) {
      const end = text.indexOf(close, start + open.length);
      if (end < 0) break;
      found.push({ start: start + open.length, end });
    }
  }
  const straight = [...text.matchAll(/"/g)].map((m) => m.index);
  for (let k = 0; k + 1 < straight.length; k += 2) {
    const [start, end] = [straight[k], straight[k + 1]];
    if (start !== undefined && end !== undefined) found.push({ start: start + 1, end });
  }
  return found;
}
