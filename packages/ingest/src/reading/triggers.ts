import { foldText } from '@diplograph/schema';
import type { ParsedSentence, Word } from './parsed.js';

/** Where an entry of the lexicon occurs in a sentence: its words, and the value it carries. */
export interface Trigger<T> {
  words: Word[];
  head: Word;
  value: T;
}

/**
 * Finds the entries of a lexicon list in a sentence's story words, matched on text or lemma,
 * longest entry first so that "conférence de presse" wins over "conférence". Entries of several
 * words match consecutive words ("feuille de route"); apostrophes split words as the tokenizer does.
 */
export function findTriggers<T>(
  sentence: ParsedSentence,
  entries: ReadonlyArray<readonly [string, T]>,
): Trigger<T>[] {
  const sorted = compiled(entries);
  const found: Trigger<T>[] = [];
  const taken = new Set<number>();
  const { words } = sentence;
  for (let i = 0; i < words.length; i++) {
    for (const { parts, index } of sorted) {
      const entry = entries[index];
      if (!entry) continue;
      const run = words.slice(i, i + parts.length);
      const head = run[0];
      if (!head || run.length < parts.length || run.some((w) => taken.has(w.i) || !w.inStory)) continue;
      if (!run.every((w, k) => matches(w, parts[k] ?? ''))) continue;
      for (const w of run) taken.add(w.i);
      found.push({ words: run, head, value: entry[1] });
      break;
    }
  }
  return found;
}

/** An entry's words, folded and split, and where it stands in its list. */
interface Compiled {
  parts: string[];
  index: number;
}

// Entries are compiled once per list, not once per sentence: the lexicon's lists are read for
// every sentence of every article.
const COMPILED = new WeakMap<object, Compiled[]>();

/** The entries, longest phrase first. */
function compiled(entries: ReadonlyArray<readonly [string, unknown]>): Compiled[] {
  const known = COMPILED.get(entries);
  if (known) return known;
  const made = entries
    // Words are compared folded: an entry written with accents ("coprésidée") matches as well.
    .map(([phrase], index) => ({ parts: foldText(phrase).split(/[\s]+/).flatMap(splitElision), index }))
    .sort((a, b) => b.parts.length - a.parts.length);
  COMPILED.set(entries, made);
  return made;
}

/** "d'intention" is two words to the tokenizer: "d'" and "intention". */
function splitElision(part: string): string[] {
  const m = /^([a-z]+')(.+)$/.exec(part);
  return m ? [m[1] ?? '', m[2] ?? ''] : [part];
}

function matches(word: Word, part: string): boolean {
  const folded = word.folded.replace(/’/g, "'");
  if (part.endsWith('*')) {
    const stem = part.slice(0, -1);
    return folded.startsWith(stem) || word.lemma.startsWith(stem);
  }
  return folded === part || word.lemma === part || (part.endsWith("'") && folded === part.slice(0, -1));
}

/** The entries made of each word list: the same list gives the same entries, compiled once. */
const ENTRIES = new WeakMap<readonly string[], Array<readonly [string, true]>>();

/** Entries of a plain word list, for `findTriggers`. */
export function entriesOf(words: readonly string[]): Array<readonly [string, true]> {
  let entries = ENTRIES.get(words);
  if (!entries) {
    entries = words.map((w) => [w, true] as const);
    ENTRIES.set(words, entries);
  }
  return entries;
}
