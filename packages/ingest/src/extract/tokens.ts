/** A word (a run of letters and digits) or a single punctuation mark, with offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * Splits a folded text into words and punctuation marks; spaces only separate them, so that names
 * match whatever spaces a page puts between their words, but not across other punctuation.
 */
export function tokenize(folded: string): Token[] {
  return Array.from(folded.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu), (m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}
