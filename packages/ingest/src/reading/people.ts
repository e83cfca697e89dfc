import { AND } from './conjunctions.js';
import { countriesIn, countryNamed, countryOfPlace } from './countries.js';
import type { Lexicon } from './lexicon.js';
import { type Name, nameClass, namesIn, spanText } from './names.js';
import type { ParsedSentence, Word } from './parsed.js';
import { isSource, personByPlace } from './person-cues.js';

/** A passage of the article, by offsets into its text. */
export interface Passage {
  start: number;
  end: number;
}

/** A person an article names, with the title and country it gives them. */
export interface PersonReading {
  name: string;
  title: string | null;
  country: string | null;
  /** Every place the article names them, the full name first. */
  mentions: Passage[];
  /** The passage that names them with their title, or their first mention. */
  evidence: Passage;
  /** Told as someone's counterpart ("son homologue espagnol, X"): of another country than theirs. */
  counterpart: boolean;
}

const ROMAN = /^[IVX]{1,4}$/;
/** Words that cannot end a title: they start what the sentence says of the person. */
const CLOSES_TITLE = new Set([
  ',',
  ';',
  ':',
  '(',
  ')',
  '«',
  '»',
  '"',
  '.',
  'et',
  'and',
  'y',
  'qui',
  'who',
  'que',
  'quien',
]);

/**
 * True when the "et" or "and" at `k` joins two portfolios of one title ("Secretary of State for
 * Equality and Migration"): capitalized words on both sides, or "de" and one after it.
 */
function joinsPortfolio(words: Word[], k: number): boolean {
  const conjunction = words[k];
  if (!conjunction || !AND.has(conjunction.folded)) return false;
  const capital = (w: Word | undefined) => /^\p{Lu}/u.test(w?.text ?? '');
  const after = ['de', 'of', 'du', 'des'].includes(words[k + 1]?.folded ?? '') ? k + 2 : k + 1;
  const next = words[after]?.pos === 'DET' ? words[after + 1] : words[after];
  const before = words[k - 1];
  return before !== undefined && capital(before) && capital(next) && nameClass(before) !== 'PER';
}

/** A name that a person can be found by: two words at least, or a regnal name ("Mohammed VI"). */
function isFullName(words: Word[]): boolean {
  const lettered = words.filter((w) => /\p{Lu}/u.test(w.text));
  return lettered.length >= 2 || (words.length === 2 && ROMAN.test(words[1]?.text ?? ''));
}

const isTitleWord = (lexicon: Lexicon, w: Word) =>
  lexicon.titles.includes(w.folded) || lexicon.titles.includes(w.lemma);

/**
 * Where the words before a title's word begin, as English puts them: its compounds ("Interior
 * Minister", "Home Secretary"), then the adjectives before those ("Moroccan", "British").
 */
function modifiersBefore(words: Word[], head: number): { compounds: number; adjectives: number } {
  let compounds = head;
  while (compounds > 0 && isCompound(words[compounds - 1])) compounds--;
  let adjectives = compounds;
  while (adjectives > 0 && words[adjectives - 1]?.pos === 'ADJ') adjectives--;
  return { compounds, adjectives };
}

const isCompound = (w: Word | undefined) =>
  w !== undefined &&
  w.dep === 'compound' &&
  (w.pos === 'PROPN' || w.pos === 'NOUN') &&
  nameClass(w) !== 'PER';

/**
 * The title written before a name ("le ministre espagnol de l'Intérieur, Fernando Grande-Marlaska")
 * or after it ("Nasser Bourita, ministre des Affaires étrangères"): from a title word to the name,
 * with no verb or other name between. A counterpart ("son homologue français") is no title.
 */
function titleAround(
  sentence: ParsedSentence,
  name: Name,
  text: string,
  lexicon: Lexicon,
): { title: string | null; phrase: Passage; country: string | null; counterpart?: boolean } {
  const { words } = sentence;
  const isCounterpart = (w: Word) => lexicon.counterparts.includes(w.folded);
  // Before: walk back from the name over the words a title may hold.
  let j = name.from - 1;
  while (j >= 0 && [',', 'M.', 'Mme'].includes(words[j]?.text ?? '')) j--;
  let head = -1;
  for (let k = j; k >= 0 && name.from - k <= 12; k--) {
    const w = words[k];
    if (!w?.inStory || w.pos === 'VERB' || w.pos === 'AUX' || nameClass(w) === 'PER') break;
    if (CLOSES_TITLE.has(w.folded) && w.folded !== ',' && !joinsPortfolio(words, k)) break;
    if (isCounterpart(w)) {
      // "son homologue français", "his Italian counterpart": the country's adjective on either side.
      const from = modifiersBefore(words, k).adjectives;
      const country = countriesIn(spanText(text, words.slice(from, name.from)).text)[0] ?? null;
      return { title: null, phrase: { start: w.start, end: name.end }, country, counterpart: true };
    }
    if (isTitleWord(lexicon, w)) head = k;
  }
  if (head >= 0) {
    // "Interior Minister", "Moroccan Interior Minister": the words of the title's phrase before its word.
    const { compounds, adjectives } = modifiersBefore(words, head);
    const phrase = words.slice(compounds, j + 1).filter((w) => w.inStory);
    const title = spanText(text, phrase).text.replace(/[\s,]+$/, '');
    // "Portugal's Secretary of State": the country whose title it is comes before it.
    const owner = words[adjectives - 1]?.text.match(/^['’]s$/) ? words[adjectives - 2] : undefined;
    const demonym = countriesIn(spanText(text, words.slice(adjectives, compounds)).text)[0];
    return {
      title,
      phrase: { start: words[compounds]?.start ?? name.start, end: name.end },
      country: countriesIn(title)[0] ?? demonym ?? (owner && countryNamed(owner.text)) ?? null,
    };
  }
  // After: "Name, title of the Body," up to the next closing word.
  const comma = words[name.to];
  const first = words[name.to + 1];
  if (comma?.text === ',' && first && isTitleWord(lexicon, first)) {
    let end = name.to + 1;
    while (
      end < words.length &&
      !CLOSES_TITLE.has(words[end]?.folded ?? '') &&
      words[end]?.pos !== 'VERB' &&
      words[end]?.pos !== 'AUX'
    )
      end++;
    const phrase = words.slice(name.to + 1, end);
    const title = spanText(text, phrase).text;
    return {
      title,
      phrase: { start: name.start, end: phrase.at(-1)?.end ?? name.end },
      country: countriesIn(title)[0] ?? null,
    };
  }
  return { title: null, phrase: { start: name.start, end: name.end }, country: null };
}

/** A common noun written in lower case, as a title before a name is: "wali", "comisaria". */
const isLowerNoun = (word: Word) => word.pos === 'NOUN' && /^\p{Ll}/u.test(word.text);

/**
 * Splits the title words a model tags as part of a name: "King Felipe VI", "Rey Mohammed VI",
 * "wali Khalid Zerouali". No name begins with a common noun in lower case.
 */
function withoutLeadingTitle(name: Name, lexicon: Lexicon): Name {
  let from = name.from;
  const words = name.sentence.words;
  const isTitle = (word: Word | undefined) => word && (isTitleWord(lexicon, word) || isLowerNoun(word));
  while (from < name.to - 1 && isTitle(words[from])) from++;
  if (from === name.from) return name;
  const start = words[from]?.start ?? name.start;
  return { ...name, from, start, text: name.text.slice(start - name.start) };
}

/**
 * The people an article names. A full name makes a person; a surname alone ("Laftit", "M.
 * Schinas") is a mention of the person with that surname, when the article or the graph has one.
 */
export function readPeople(sentences: ParsedSentence[], text: string, lexicon: Lexicon): PersonReading[] {
  const people = new Map<string, PersonReading>();
  const surnames = new Map<string, PersonReading>();
  const single: Name[] = [];
  for (const sentence of sentences) {
    for (const tagged of namesIn(sentence, text)) {
      const byPlace = tagged.class === 'PER' ? undefined : personByPlace(sentence, tagged, lexicon);
      const found = byPlace ?? tagged;
      const name = withoutLeadingTitle(found, lexicon);
      const words = sentence.words.slice(name.from, name.to);
      // Models tag a hyphenated surname as a place now and then ("Grande-Marlaska"): any one-word
      // name may be a surname, checked below against the article's full names.
      if (isSource(sentence, name)) continue;
      // "Beni Mellal" tagged as a person is the city.
      if (countryOfPlace(name.text)) continue;
      const personal = found.class === 'PER' || byPlace !== undefined;
      if (!personal || !isFullName(words)) {
        if (words.length === 1) single.push(name);
        continue;
      }
      const key = name.text.replace(/\s+/g, ' ');
      const around = titleAround(sentence, name, text, lexicon);
      const person = people.get(key);
      if (person) {
        person.mentions.push({ start: name.start, end: name.end });
        person.title ??= around.title;
        person.country ??= around.country;
        person.counterpart ||= around.counterpart === true;
        if (around.title && person.evidence.end - person.evidence.start === key.length)
          person.evidence = around.phrase;
        continue;
      }
      const reading: PersonReading = {
        name: key,
        title: around.title,
        country: around.country,
        mentions: [{ start: name.start, end: name.end }],
        evidence: around.phrase,
        counterpart: around.counterpart === true,
      };
      people.set(key, reading);
      const surname = key
        .split(' ')
        .filter((w) => !ROMAN.test(w))
        .at(-1);
      if (surname) surnames.set(surname.toLowerCase(), reading);
    }
  }
  // A surname of two words ("Mme Van Bossuyt", "De Moor") reads as a full name: it is the person
  // whose full name it ends.
  for (const [key, reading] of people) {
    const whole = [...people.values()].find((p) => p.name.endsWith(` ${key}`));
    if (!whole) continue;
    whole.mentions.push(...reading.mentions);
    people.delete(key);
  }
  for (const name of single) {
    const person = surnames.get(name.text.toLowerCase());
    if (person) person.mentions.push({ start: name.start, end: name.end });
  }
  // The model leaves a surname untagged now and then ("a précisé M. Schinas"): a proper noun of
  // the story that is a full name's surname is a mention of that person too.
  for (const sentence of sentences)
    for (const w of sentence.words) {
      const person = w.pos === 'PROPN' && w.inStory ? surnames.get(w.text.toLowerCase()) : undefined;
      if (person && !person.mentions.some((m) => m.start <= w.start && w.end <= m.end))
        person.mentions.push({ start: w.start, end: w.end });
    }
  return [...people.values()];
}
