import { foldKeepingOffsets } from '@diplograph/schema';
import type { Sentence } from '../story.js';

/** An acronym the text defines, with its long form: "Laissez-Passer Consulaires (LPC)". */
export interface AcronymDefinition {
  acronym: string;
  longForm: string;
  /** Offsets of the long form in the article. */
  start: number;
  end: number;
  /** Offsets of the whole definition, parentheses included. */
  definitionStart: number;
  definitionEnd: number;
}

/** Two to ten characters with at least two capitals and no space: "GMMP", "OQTF", "5+5G". */
const ACRONYM = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{L}\p{N}][\p{L}\p{N}&+.-]{1,9}$/u;
const IN_PARENTHESES = /\(([^()]{2,200})\)/g;
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Definitions written "long form (ACRONYM)" or "ACRONYM (long form)". The long form is found as in
 * Schwartz and Hearst (2003): the shortest run of words ending at the parenthesis whose letters
 * contain the acronym's in order, the first one starting a word.
 */
export function findAcronymDefinitions(sentence: Sentence): AcronymDefinition[] {
  const { text } = sentence;
  const definitions: AcronymDefinition[] = [];
  for (const m of text.matchAll(IN_PARENTHESES)) {
    const inner = (m[1] as string).trim();
    const open = m.index;
    const close = open + m[0].length;
    if (ACRONYM.test(inner)) {
      // The long form is at most min(|A| + 5, 2|A|) words before the parenthesis.
      const words = Math.min(inner.length + 5, inner.length * 2);
      const before = text.slice(0, open).trimEnd();
      const windowStart = wordsBackFrom(before, words);
      const start = longFormStart(inner, before.slice(windowStart));
      if (start === null) continue;
      definitions.push(
        definition(sentence, inner, windowStart + start, before.length, windowStart + start, close),
      );
    } else {
      const acronym = /([\p{L}\p{N}&+.-]+)\s*$/u.exec(text.slice(0, open));
      const innerStart = open + 1 + (m[1] as string).indexOf(inner);
      if (!acronym || !ACRONYM.test(acronym[1] as string) || !/\s/.test(inner)) continue;
      const start = longFormStart(acronym[1] as string, inner);
      if (start === null) continue;
      definitions.push(
        definition(
          sentence,
          acronym[1] as string,
          innerStart + start,
          innerStart + inner.length,
          acronym.index,
          close,
        ),
      );
    }
  }
  return definitions;
}

function definition(
  sentence: Sentence,
  acronym: string,
  start: number,
  end: number,
  definitionStart: number,
  definitionEnd: number,
): AcronymDefinition {
  return {
    acronym,
    longForm: sentence.text.slice(start, end),
    start: sentence.start + start,
    end: sentence.start + end,
    definitionStart: sentence.start + definitionStart,
    definitionEnd: sentence.start + definitionEnd,
  };
}

/** Where the last `count` words of `text` start. */
function wordsBackFrom(text: string, count: number): number {
  let start = text.length;
  for (let n = 0; n < count; n++) {
    const space = text.lastIndexOf(' ', start - 2);
    if (space < 0) return 0;
    start = space + 1;
  }
  return start;
}

/** Where the long form of `acronym` starts in `candidate`, or null when its letters are not there. */
function longFormStart(acronym: string, candidate: string): number | null {
  const short = foldKeepingOffsets(acronym);
  const long = foldKeepingOffsets(candidate);
  let l = long.length - 1;
  for (let s = short.length - 1; s >= 0; s--) {
    const c = short[s];
    if (!isWordChar(c)) continue;
    while (l >= 0 && (long[l] !== c || (s === 0 && isWordChar(long[l - 1])))) l--;
    if (l < 0) return null;
    l--;
  }
  // The long form starts with the word of the acronym's first letter, hyphenated words whole and
  // an elided article ("l’") left out.
  let start = l + 1;
  while (start > 0 && /[\p{L}\p{N}-]/u.test(long[start - 1] ?? '')) start--;
  return long.slice(start).includes(short) ? null : start;
}
