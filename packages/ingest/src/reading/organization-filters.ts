import { AND } from './conjunctions.js';
import type { Lexicon } from './lexicon.js';
import type { ParsedSentence, Word } from './parsed.js';

/** Words of an office whose complement is a portfolio, not a body: "ministre de l'Intérieur". */
const PORTFOLIO_HEADS = new Set([
  'ministre',
  'ministres',
  'minister',
  'ministers',
  'ministro',
  'ministra',
  'ministros',
  'secretaire',
  'secretary',
  'secretario',
  'secretaria',
  'ministere',
  'ministeres',
  'ministry',
  'ministries',
  'ministerio',
  'ministerios',
  // "Commissioner for Internal Affairs", "commissaire aux Affaires intérieures".
  'commissaire',
  'commissioner',
  'comisario',
  'comisaria',
]);
/** Heads of a directorate, whose complement of several words is its portfolio: "director de Migración y Fronteras". */
const DIRECTORS = new Set([
  'directeur',
  'directrice',
  'director',
  'directora',
  'directeurs',
  'directors',
  'directores',
]);

/**
 * True when a name of several words completes a director's title: "le directeur de la Migration et
 * de la Surveillance des frontières" names the office's portfolio, cut from the directorate's name
 * ("directeur de Frontex", one word, names the body).
 */
export function isDirectorate(sentence: ParsedSentence, run: Word[]): boolean {
  const first = run[0];
  if (!first || run.length < 2) return false;
  let k = first.i - 1;
  while (k >= 0 && LINKS.has(sentence.words[k]?.folded ?? '')) k--;
  const head = sentence.words[k];
  return k < first.i - 1 && head !== undefined && DIRECTORS.has(head.folded);
}

/** Nouns of the press: what they introduce is a source, not an actor ("la radio Cadena SER"). */
const PRESS = new Set([
  'radio',
  'quotidien',
  'journal',
  'hebdomadaire',
  'mensuel',
  'chaine',
  'television',
  'magazine',
  'site',
  'newspaper',
  'daily',
  'weekly',
  'diario',
  'periodico',
  'emisora',
  'cadena',
  'revista',
  'agence',
]);
/** Press agencies and photo credits ("© DR", "citée par AFP"), never actors of the facts. */
export const CREDITS = new Set(['AFP', 'DR', 'EFE', 'MAP', 'AP', 'APS', 'DPA', 'Reuters', 'ANSA', 'Ph']);

const isCapitalized = (w: Word) => /^\p{Lu}/u.test(w.text);
const LINKS = new Set([
  'de',
  'du',
  'des',
  'd',
  "d'",
  'd’',
  'la',
  'le',
  'les',
  'l',
  "l'",
  'l’',
  'of',
  'the',
  'del',
  'el',
  'for',
  'pour',
  'para',
  'aux',
  'au',
]);

/**
 * True when the name at `from` completes an office or a ministry's portfolio list: "ministre de
 * l'Intérieur", "Minister of Interior", "ministère de l'Inclusion, de la Sécurité sociale et des
 * Migrations" (the ministry is read whole elsewhere).
 */
export function isPortfolio(sentence: ParsedSentence, from: number): boolean {
  for (let k = from - 1; k >= 0 && from - k <= 12; k--) {
    const w = sentence.words[k];
    if (!w) break;
    if (PORTFOLIO_HEADS.has(w.folded) || PORTFOLIO_HEADS.has(w.lemma)) return true;
    const link = LINKS.has(w.folded) || w.text === ',' || AND.has(w.folded);
    if (!link && !isCapitalized(w) && w.pos !== 'ADJ') return false;
    if (w.pos === 'VERB' || w.pos === 'AUX') return false;
  }
  return false;
}

/** True when a press noun stands right before the name: "le quotidien El Pais", "la radio Europe 1". */
export function isPress(sentence: ParsedSentence, from: number): boolean {
  for (let k = from - 1; k >= 0 && from - k <= 3; k--) {
    const w = sentence.words[k];
    if (!w) break;
    if (PRESS.has(w.folded)) return true;
    if (w.pos !== 'ADJ' && w.pos !== 'DET' && !['el', 'la', 'le'].includes(w.folded)) return false;
  }
  return false;
}

/** True when a word of the run heads an office ("Monsieur le ministre de l'Intérieur"). */
export function hasTitle(run: Word[], lexicon: Lexicon): boolean {
  return run.some(
    (w) =>
      lexicon.titles.includes(w.folded) ||
      lexicon.titles.includes(w.lemma) ||
      ['monsieur', 'madame', 'senor', 'senora'].includes(w.folded),
  );
}

/** True when a word of the run names a document: "Pacte mondial", "Cadiz Agenda". */
export function hasDocumentWord(run: Word[], lexicon: Lexicon): boolean {
  const nouns = new Set([...lexicon.documentNouns.map(([n]) => n).filter((n) => !n.includes(' ')), 'agenda']);
  return run.some((w) => nouns.has(w.folded));
}

/** True when an acronym in parentheses stands for a meeting: "Senior Officials' Meeting (SOM)". */
export function isMeetingAcronym(sentence: ParsedSentence, at: number, lexicon: Lexicon): boolean {
  if (sentence.words[at - 1]?.text !== '(') return false;
  const before = sentence.words.slice(Math.max(0, at - 5), at - 1);
  const nouns = new Set(lexicon.meetingNouns.flatMap(([n]) => n.split(' ')));
  return before.some((w) => nouns.has(w.folded) || nouns.has(w.lemma));
}
