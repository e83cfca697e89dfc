import { dependents, type ParsedSentence, type Word } from './parsed.js';
import type { Passage } from './people.js';

/**
 * Relations of a clause that tells what someone says or thinks: "said Morocco would open centres
 * in Agadir", "a indiqué que". What it tells are other events than the one the saying is told with.
 */
const REPORTED = new Set(['ccomp', 'parataxis']);

/** Relations of a clause that qualifies a noun: "le ministre, qui a été reçu jeudi", "the minister, received". */
const QUALIFYING = new Set(['acl', 'acl:relcl']);

/** Relative words of a clause that tells what happened at a place: "à Lisbonne, où il a été reçu". */
const WHERE = new Set(['ou', 'where', 'donde']);

/**
 * True when a word heads a clause: a verb that is not a meeting's noun (the tagger makes "the
 * Senior Officials' Meeting" a verb), or a predicate with its copula ("who was due to meet").
 */
function isClause(sentence: ParsedSentence, word: Word, isMeetingNoun: (w: Word) => boolean): boolean {
  if (word.pos === 'VERB' && !isMeetingNoun(word)) return true;
  return dependents(sentence, word.i).some((w) => w.dep === 'cop');
}

/** A word and the words above it in the parse, up to the root. */
function upward(sentence: ParsedSentence, word: Word): Word[] {
  const chain = [word];
  for (let at = sentence.words[word.head]; at && !chain.includes(at); at = sentence.words[at.head])
    chain.push(at);
  return chain;
}

/**
 * True when a word of a meeting's sentence (a place, a date) is told of the meeting its trigger
 * names, not of another event the sentence tells in another clause. From the word, the parse goes
 * up to where it meets the trigger's own way up; on the way:
 *
 * - the word may not be in a reported clause the trigger is not in: "Sekkouri, who was due to meet
 *   X on Thursday, said Morocco would open centres in Agadir" (Agadir is what he said);
 * - the word may not be in a clause that qualifies another noun than the meeting's or one it
 *   completes: "signed a memorandum under which workers could come, up from 18,000 this year",
 *   "a rencontré X, qui a ouvert un centre à Agadir";
 * - the trigger may not be in a clause that qualifies a participant of the word's clause: "le
 *   ministre, qui a été reçu jeudi par X, doit se rendre ensuite à Tanger" (Tanger is where the
 *   minister goes next, not where he was received). A word the parser hangs on that participant's
 *   own phrase stays the meeting's: "le préfet, X, venu les rencontrer sur place, le 26 octobre",
 *   "la Déclaration signée par X et Y aujourd'hui dans la capitale".
 *
 * Other clauses qualify the same event and keep their words: a participle or a relative clause on
 * the meeting's noun or on a noun it completes ("les travaux de la commission, qui se sont déroulés
 * à Marrakech", "una reunión celebrada en Rabat"), an adverbial clause ("said after meeting X in
 * Madrid"), a conjunct, a control verb's complement ("a décidé de réunir le groupe à Paris"), and a
 * trigger in a reported clause with the place in the saying's ("held a meeting in Madrid, during
 * which they had discussions", which the parser may hang as a complement).
 */
export function toldOfMeeting(
  sentence: ParsedSentence,
  trigger: Word,
  word: Word,
  isMeetingNoun: (w: Word) => boolean,
): boolean {
  const fromWord = upward(sentence, word);
  const fromTrigger = upward(sentence, trigger);
  const meet = fromWord.find((w) => fromTrigger.includes(w));
  if (!meet) return true;
  const clause = (w: Word) => isClause(sentence, w, isMeetingNoun);
  // The noun a qualifying clause is on, when it is no meeting's, nor a place the clause tells what
  // happened at.
  const qualified = (w: Word) => {
    const noun = sentence.words[w.head];
    const where = dependents(sentence, w.i).some(
      (d) => WHERE.has(d.folded) && ['PRON', 'ADV'].includes(d.pos) && d.dep !== 'cc',
    );
    return QUALIFYING.has(w.dep) && noun && !isMeetingNoun(noun) && !where && clause(w) ? noun : undefined;
  };
  const wordSide = fromWord.slice(0, fromWord.indexOf(meet));
  if (wordSide.some((w) => REPORTED.has(w.dep) && clause(w))) return false;
  if (wordSide.some((w) => (qualified(w) ?? meet) !== meet)) return false;
  const triggerSide = fromTrigger.slice(0, fromTrigger.indexOf(meet));
  return !triggerSide.some((w) => qualified(w)?.head === meet.i && clause(meet));
}

/** The word of a sentence that heads a passage of it (a date's words): the one whose head is outside it. */
export function headOf(sentence: ParsedSentence, passage: Passage): Word | undefined {
  const words = sentence.words.filter((w) => w.start >= passage.start && w.end <= passage.end);
  return words.find((w) => !words.some((o) => o.i === w.head)) ?? words[0];
}
