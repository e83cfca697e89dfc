import { type FuzzyDate, foldText } from '@diplograph/schema';
import { type ArticleContext, countryMentions } from './context.js';
import { LEXICONS } from './lexicon.js';
import type { ParsedSentence, Word } from './parsed.js';
import { quotationsOf } from './quotes.js';

/** A hand-made word: its text and tags, and its head and relation in the parse. */
export interface HandWord {
  text: string;
  pos: string;
  ner?: string;
  head?: number;
  dep?: string;
}

/** A hand-made parsed sentence for unit tests: words joined by spaces, tags and parse as given. */
export function handSentence(
  tokens: HandWord[],
  { index, offset }: { index: number; offset: number } = { index: 0, offset: 0 },
): { text: string; sentence: ParsedSentence } {
  let at = offset;
  const words: Word[] = tokens.map(({ text, pos, ner = 'O', head = -1, dep = 'dep' }, i) => {
    const start = at;
    at += text.length + 1;
    return {
      i,
      text,
      folded: foldText(text),
      lemma: foldText(text),
      start,
      end: start + text.length,
      pos,
      ner,
      inStory: true,
      head,
      dep,
    };
  });
  const text = tokens.map((t) => t.text).join(' ');
  return { text, sentence: { index, start: offset, end: offset + text.length, section: 'body', words } };
}

/** A word as a tuple, for tests that write many: text, tag, head, relation and named-entity tag. */
export type HandToken = [text: string, pos: string, head: number, dep: string, ner?: string];

const wordOf = (t: HandWord | HandToken): HandWord =>
  Array.isArray(t) ? { text: t[0], pos: t[1], head: t[2], dep: t[3], ner: t[4] } : t;

/** The reading context of one hand-made French sentence, with the places given and nothing else known. */
export function handContext(
  tokens: HandWord[] | HandToken[],
  places: ArticleContext['places'] = [],
): ArticleContext {
  return handArticle([tokens.map(wordOf)], places);
}

/** The reading context of hand-made French sentences, one after the other, each parsed as given. */
export function handArticle(
  parsed: Array<HandWord[] | HandToken[]>,
  places: ArticleContext['places'] = [],
): ArticleContext {
  const sentences: ParsedSentence[] = [];
  let text = '';
  for (const tokens of parsed) {
    if (text) text += ' ';
    const made = handSentence(tokens.map(wordOf), { index: sentences.length, offset: text.length });
    text += made.text;
    sentences.push(made.sentence);
  }
  return {
    text,
    language: 'fr',
    lexicon: LEXICONS.fr,
    sentences,
    people: [],
    organizations: [],
    places,
    dates: [],
    published: null,
    countries: countryMentions(sentences),
    quotations: quotationsOf(text),
    headline: null,
    lead: null,
    knownCountries: new Map(),
  };
}

/** A hand-made context read in another language than French, with that language's lexicon. */
export const inLanguage = (ctx: ArticleContext, language: 'en' | 'es'): ArticleContext => ({
  ...ctx,
  language,
  lexicon: LEXICONS[language],
});

/** A day as a fuzzy date, for the dates of hand-made contexts. */
export const dayOf = (iso: string) => ({ text: iso, precision: 'day', earliest: iso, latest: iso }) as const;

/** "Jean Dupont <verb> Paul Martin", then the words given, hung on the verb (word 2). */
export const dupontMeets = (verb: string, ...more: HandToken[]): HandToken[] => [
  ['Jean', 'PROPN', 2, 'nsubj', 'I-PER'],
  ['Dupont', 'PROPN', 0, 'flat:name', 'I-PER'],
  [verb, 'VERB', -1, 'root'],
  ['Paul', 'PROPN', 2, 'obj', 'I-PER'],
  ['Martin', 'PROPN', 3, 'flat:name', 'I-PER'],
  ...more,
];

/** Makes every mention of each word given in a hand-made context a place of that name. */
export function placeAll(ctx: ArticleContext, ...names: string[]): void {
  ctx.places = names.map((name) => {
    const mentions = [...ctx.text.matchAll(new RegExp(name, 'g'))].map((m) => ({
      start: m.index,
      end: m.index + name.length,
    }));
    return { name, mentions, evidence: mentions[0] ?? { start: 0, end: 0 } };
  });
}

/** Makes the first mention of a word in a hand-made context a relative date of that day. */
export function dateAt(ctx: ArticleContext, word: string, date: FuzzyDate): void {
  const start = ctx.text.indexOf(word);
  ctx.dates.push({ start, end: start + word.length, text: word, date, relative: true });
}

/** "Le ministre, qui a été reçu jeudi par Paul Martin, doit se rendre ensuite vendredi à Lyon." */
export const receivedThenGoes: HandToken[] = [
  ['Le', 'DET', 1, 'det'],
  ['ministre', 'NOUN', 12, 'nsubj'],
  [',', 'PUNCT', 1, 'punct'],
  ['qui', 'PRON', 6, 'nsubj:pass'],
  ['a', 'AUX', 6, 'aux'],
  ['été', 'AUX', 6, 'aux:pass'],
  ['reçu', 'VERB', 1, 'acl:relcl'],
  ['jeudi', 'NOUN', 6, 'obl'],
  ['par', 'ADP', 9, 'case'],
  ['Paul', 'PROPN', 6, 'obl:agent', 'I-PER'],
  ['Martin', 'PROPN', 9, 'flat:name', 'I-PER'],
  [',', 'PUNCT', 12, 'punct'],
  ['doit', 'VERB', -1, 'root'],
  ['se', 'PRON', 14, 'expl'],
  ['rendre', 'VERB', 12, 'xcomp'],
  ['ensuite', 'ADV', 14, 'advmod'],
  ['vendredi', 'NOUN', 14, 'obl'],
  ['à', 'ADP', 18, 'case'],
  ['Lyon', 'PROPN', 14, 'obl', 'I-LOC'],
];
