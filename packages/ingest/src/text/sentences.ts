/** French sentence boundaries, as offsets into the text. */

export interface Span {
  start: number;
  end: number;
}

/**
 * Words that end with a period without ending the sentence when a capital follows them:
 * titles before a name ("M. Tazi") and reference abbreviations ("art. 5").
 */
const ABBREVIATIONS = new Set([
  'm',
  'mm',
  'mme',
  'mmes',
  'mlle',
  'mlles',
  'me',
  'dr',
  'pr',
  'mgr',
  'st',
  'ste',
  'cf',
  'art',
  'p',
  'pp',
  'vol',
  'no',
  'chap',
  'fig',
  'env',
  'ex',
]);

/**
 * A sentence ends at ., ! ? or … (with any closing quotes or brackets, French ones after a space)
 * followed by a space and a capital, a digit or an opening quote. Requiring the space keeps "5+5",
 * "2.1" and "4,43" whole.
 */
const SENTENCE_END = /[.!?…]+(?:[ \t\u00A0\u202F]*[»"”)\]])*(?=[ \t\u00A0\u202F]+[«"“(\p{Lu}\d])/gu;

function endsWithAbbreviation(text: string, periodAt: number): boolean {
  if (text[periodAt] !== '.') return false;
  const word = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, periodAt - 10), periodAt))?.[1];
  if (!word) return false;
  // A single capital is an initial ("J. Dupont"), not the end of a sentence.
  return ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word);
}

function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return start < end ? { start, end } : null;
}

/** Splits `text` into sentences; a line break always ends one (titles and paragraphs). */
export function splitSentences(text: string): Span[] {
  const sentences: Span[] = [];
  const push = (start: number, end: number) => {
    const span = trimmed(text, start, end);
    if (span) sentences.push(span);
  };
  for (const line of text.matchAll(/[^\n]+/g)) {
    const lineStart = line.index;
    let start = 0;
    for (const end of line[0].matchAll(SENTENCE_END)) {
      if (endsWithAbbreviation(line[0], end.index)) continue;
      const stop = end.index + end[0].length;
      push(lineStart + start, lineStart + stop);
      start = stop;
    }
    push(lineStart + start, lineStart + line[0].length);
  }
  return sentences;
}

/**
 * The sentence around `offset`. An offset in the space between two sentences belongs to the one
 * before it; one before the first sentence, to the first.
 */
export function sentenceAt(text: string, offset: number): Span | null {
  const sentences = splitSentences(text);
  return sentences.findLast((s) => s.start <= offset) ?? sentences[0] ?? null;
}
