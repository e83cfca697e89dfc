import { type EntityType, entityType } from '@diplograph/nlp';
import type { ParsedSentence, Word } from './parsed.js';

/** The four classes of CoreNLP's named-entity models, whatever each language's model calls them. */
export type NameClass = EntityType;

/** A run of words that the model tags as one name, with its place in the sentence and the article. */
export interface Name {
  sentence: ParsedSentence;
  /** Word indices, `to` exclusive. */
  from: number;
  to: number;
  class: NameClass;
  start: number;
  end: number;
  text: string;
}

/** Words that begin a tagged run but belong to the sentence, not the name: "le Maroc", "M. Schinas". */
const LEADING = new Set([
  'le',
  'la',
  'les',
  'l',
  "l'",
  'l’',
  'de',
  'du',
  'des',
  'd',
  "d'",
  'd’',
  'the',
  'el',
  'los',
  'las',
  'his',
  'her',
  'm.',
  'mme',
  'mr',
  'mr.',
  'mrs',
  'ms',
  'dr',
]);

/** The class of a word's tag; French models write IOB tags ("I-PER", "B-LOC"). */
export function nameClass(word: Word): NameClass | undefined {
  return entityType(word);
}

/** True when `next` goes on the name that `word` is in: same class, and no tag that begins a name. */
const continues = (word: Word, next: Word | undefined) =>
  next?.inStory && nameClass(next) === nameClass(word) && !next.ner.startsWith('B-');

/** A capitalized proper noun: a word of a name, whether the model tagged it or not. */
export const isCapitalizedProper = (w: Word | undefined): boolean =>
  w?.pos === 'PROPN' && /^\p{Lu}/u.test(w.text);

/** Where the run of capitalized proper nouns that starts at `from` ends (exclusive), `max` words at most. */
export function properRunEnd(words: Word[], from: number, max = words.length): number {
  let to = from;
  while (to < from + max && isCapitalizedProper(words[to])) to++;
  return to;
}

/** The text of the article from the first to the last word of a run, as written. */
export function spanText(text: string, words: Word[]): { start: number; end: number; text: string } {
  const start = words[0]?.start ?? 0;
  const end = words.at(-1)?.end ?? start;
  return { start, end, text: text.slice(start, end) };
}

/** The names a sentence holds, story words only, without the articles and honorifics before them. */
export function namesIn(sentence: ParsedSentence, text: string): Name[] {
  const names: Name[] = [];
  const { words } = sentence;
  let i = 0;
  while (i < words.length) {
    const word = words[i];
    const cls = word && nameClass(word);
    if (!word || !cls || !word.inStory) {
      i++;
      continue;
    }
    let to = i + 1;
    while (continues(word, words[to])) to++;
    let from = i;
    while (from < to - 1 && LEADING.has(words[from]?.folded ?? '')) from++;
    const run = words.slice(from, to);
    if (run.some((w) => /\p{L}/u.test(w.text))) {
      names.push({ sentence, from, to, class: cls, ...spanText(text, run) });
    }
    i = to;
  }
  return names;
}
