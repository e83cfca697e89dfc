import type { Annotation } from '@diplograph/nlp';
import { foldText, type PageSection } from '@diplograph/schema';
import { regionAt } from '../graph/evidence.js';
import type { Region } from '../text/region.js';
import { photoCreditStart } from './photo-credits.js';

/** A word of a parsed sentence: its place in the article, its tags and its head in the parse. */
export interface Word {
  /** Index in the sentence, from 0. */
  i: number;
  text: string;
  /** Folded text, and lemma folded, for matching words of the lexicon. */
  folded: string;
  lemma: string;
  start: number;
  end: number;
  /** Universal part of speech: NOUN, PROPN, VERB, ADP... */
  pos: string;
  /** PER, LOC, ORG, MISC or O. */
  ner: string;
  /** False for a word of a byline, a dateline or page noise that CoreNLP read into the sentence. */
  inStory: boolean;
  /** Index of the head word, -1 for the root. */
  head: number;
  /** Universal dependency relation to the head: nsubj, obj, nmod, appos, flat:name... */
  dep: string;
}

/** A sentence of the article's story (title, body or caption), parsed. */
export interface ParsedSentence {
  index: number;
  start: number;
  end: number;
  section: PageSection;
  words: Word[];
}

/** Story sections: bylines, datelines and noise belong to the page, not to the facts. */
const STORY = ['title', 'body', 'caption'] as const satisfies readonly PageSection[];
type StorySection = (typeof STORY)[number];
const isStory = (kind: string): kind is StorySection => STORY.some((s) => s === kind);

/**
 * The parsed sentences of an article's story. CoreNLP sentences may run across the page's regions
 * (a headline without a full stop runs into the body, a dateline into the lead): a sentence is kept
 * when some of it is story, in the section of its first story word, and its other words are marked
 * so that nothing is read from them.
 */
export function storyOf(document: Annotation, regions: Region[]): ParsedSentence[] {
  const sentences: ParsedSentence[] = [];
  for (const sentence of document.sentences) {
    const words: Word[] = sentence.tokens.map((t, i) => ({
      i,
      text: t.originalText,
      folded: foldText(t.originalText),
      lemma: foldText(t.lemma ?? t.word),
      start: t.characterOffsetBegin,
      end: t.characterOffsetEnd,
      pos: universalTag(t.pos),
      ner: t.ner,
      inStory: isStory(regionAt(regions, t.characterOffsetBegin)?.kind ?? 'noise'),
      head: -1,
      dep: 'root',
    }));
    // A photo credit is the page's, whatever region holds it.
    const credit = photoCreditStart(words);
    for (const w of credit === undefined ? [] : words.slice(credit)) w.inStory = false;
    for (const d of sentence.basicDependencies) {
      const word = words[d.dependent - 1];
      if (!word) continue;
      word.head = d.governor - 1;
      word.dep = d.dep.toLowerCase();
    }
    const story = words.filter((w) => w.inStory);
    const first = story[0];
    const last = story.at(-1);
    const section = first && regionAt(regions, first.start)?.kind;
    if (!first || !last || !section || !isStory(section)) continue;
    sentences.push({ index: sentences.length, start: first.start, end: last.end, section, words });
  }
  return sentences;
}

/** Penn Treebank tags, which the English tagger writes, as universal tags; universal ones stay. */
const PENN: Array<[RegExp, string]> = [
  [/^NNPS?$/, 'PROPN'],
  [/^NNS?$/, 'NOUN'],
  [/^(VB[DGNPZ]?)$/, 'VERB'],
  [/^MD$/, 'AUX'],
  [/^(JJ[RS]?)$/, 'ADJ'],
  [/^(RB[RS]?|WRB)$/, 'ADV'],
  [/^(IN|TO|RP)$/, 'ADP'],
  [/^(DT|PDT|WDT)$/, 'DET'],
  [/^CC$/, 'CCONJ'],
  [/^(PRP\$?|WP\$?|EX)$/, 'PRON'],
  [/^CD$/, 'NUM'],
  [/^(POS)$/, 'PART'],
  [/^[^A-Za-z]+$|^(HYPH|NFP|-LRB-|-RRB-)$/, 'PUNCT'],
];

function universalTag(tag: string): string {
  return PENN.find(([re]) => re.test(tag))?.[1] ?? tag;
}

/** The words that depend on `head`, directly. */
export function dependents(sentence: ParsedSentence, head: number): Word[] {
  return sentence.words.filter((w) => w.head === head);
}

/** Words that introduce who did what a passive tells: "reçu par", "received by", "recibido por". */
const AGENT = new Set(['par', 'by', 'por']);

/**
 * True when a word is the agent of a verb: tagged so, or an oblique after "par", "by", "por" on a
 * passive ("a été reçu par le ministre", which the parser may tag "obl:arg"). `anyVoice` takes the
 * oblique on a participle without its auxiliary too ("signé à Rabat par les deux ministres").
 */
export function isAgent(sentence: ParsedSentence, verb: Word, w: Word, anyVoice = false): boolean {
  if (w.head !== verb.i) return false;
  if (w.dep === 'obl:agent') return true;
  // "fue recibida por el ministro": the Spanish parser may take the agent for an object.
  return (
    (anyVoice || isPassive(sentence, verb)) &&
    (w.dep.startsWith('obl') || w.dep === 'obj') &&
    dependents(sentence, w.i).some((c) => c.dep === 'case' && AGENT.has(c.folded))
  );
}

/** Forms of "ser" that make a Spanish participle passive, which the parser tags a plain "aux". */
const SER = new Set(['ser', 'fue', 'fueron', 'sido', 'es', 'son', 'era', 'eran', 'sera', 'seran']);

/** True when a verb is passive: "a été reçu", "was received", "fue recibida". */
export function isPassive(sentence: ParsedSentence, verb: Word): boolean {
  return dependents(sentence, verb.i).some(
    (d) => d.dep.endsWith(':pass') || (d.dep === 'aux' && (SER.has(d.folded) || SER.has(d.lemma))),
  );
}

/** `word` and every word under it in the parse, in text order. */
export function subtree(sentence: ParsedSentence, root: number): Word[] {
  const inside = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const w of sentence.words) {
      if (!inside.has(w.i) && inside.has(w.head)) {
        inside.add(w.i);
        grew = true;
      }
    }
  }
  return sentence.words.filter((w) => inside.has(w.i));
}
