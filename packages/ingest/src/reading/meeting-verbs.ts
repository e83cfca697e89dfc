import type { Lexicon, Role } from './lexicon.js';
import { dependents, type ParsedSentence, subtree, type Word } from './parsed.js';
import { entriesOf, findTriggers, type Trigger } from './triggers.js';

/** Reflexive pronouns: "se rendre", "s'est déplacé", "se desplazó". */
const REFLEXIVE = new Set(['se', "s'", 's’', 'me', "m'", 'm’', 'nous', 'vous', 'nos', 'os']);

/**
 * The verbs of a sentence that report a meeting, with the roles of their subject and object: the
 * lexicon's meeting verbs used as verbs, those it reads only as reflexives ("se rendre à Rabat")
 * with their pronoun and no noun object ("s'est rendu compte" is no trip).
 */
export function meetingVerbsIn(
  lexicon: Lexicon,
  sentence: ParsedSentence,
): Array<Trigger<readonly [Role, Role | null]>> {
  const entries = lexicon.meetingVerbs.map(([v, s, o]) => [v, { stem: v, roles: [s, o] as const }] as const);
  return findTriggers(sentence, entries).flatMap((t) => {
    if (t.head.pos !== 'VERB' && !isParticiplePredicate(sentence, t.head)) return [];
    if (lexicon.reflexiveOnly.includes(t.value.stem) && !isReflexive(sentence, t.head)) return [];
    if (countedObject(sentence, t.head)) return [];
    if (t.value.roles[1] === 'visited' && receivesThings(lexicon, sentence, t.head)) return [];
    // "before they travel": going nowhere told is no trip to someone.
    if (t.value.roles[1] === null && t.value.roles[0] === 'visited' && !goesSomewhere(sentence, t.head))
      return [];
    return [{ ...t, value: t.value.roles }];
  });
}

/** Endings of past participles: "entretenus", "reçue", "réunis", "met", "reunidos". */
const PARTICIPLE = /(e|ee|es|ees|u|ue|us|ues|i|ie|is|ies|ed|ad[oa]s?|id[oa]s?)$/;

/**
 * True when the tagger took a participle with a subject for an adjective: "X et Y se sont
 * entretenus lundi" is "s'entretenir", not a state.
 */
function isParticiplePredicate(sentence: ParsedSentence, word: Word): boolean {
  return (
    word.pos === 'ADJ' &&
    PARTICIPLE.test(word.folded) &&
    dependents(sentence, word.i).some((w) => w.dep.startsWith('nsubj'))
  );
}

/**
 * True when a verb's object is counted in figures: "le Royaume accueille 50.000 migrants", "received
 * 2,000 applications" tell numbers of people or things, not whom one met; "aim to reach 25,000
 * contracts", "issues 3,000 permits a year" tell figures, not a text signed.
 */
export function countedObject(sentence: ParsedSentence, verb: Word): boolean {
  return dependents(sentence, verb.i).some(
    (o) => o.dep === 'obj' && dependents(sentence, o.i).some((n) => n.dep === 'nummod' && /\d/.test(n.text)),
  );
}

/** Who is received as a group: "a reçu une délégation", "received a delegation", "recibió a una delegación". */
const GROUPS = new Set([
  'delegation',
  'delegations',
  'delegacion',
  'delegaciones',
  'mission',
  'representatives',
]);

/**
 * True when what a verb of receiving has for object is a thing, not someone: "can receive medical
 * care", "reçoivent une formation", "acoge solicitudes". Someone is a name, a title ("le ministre"),
 * a counterpart, a delegation, or a pronoun; a thing's phrase holds none of them.
 */
function receivesThings(lexicon: Lexicon, sentence: ParsedSentence, verb: Word): boolean {
  const object = dependents(sentence, verb.i).find((w) => w.dep === 'obj');
  if (object?.pos !== 'NOUN') return false;
  const someone = (w: Word) =>
    w.ner !== 'O' ||
    w.pos === 'PROPN' ||
    lexicon.titles.includes(w.folded) ||
    lexicon.titles.includes(w.lemma) ||
    lexicon.counterparts.includes(w.folded) ||
    GROUPS.has(w.folded);
  return !subtree(sentence, object.i).some(someone);
}

/** True when a verb of going says where or whom: an object, or an oblique ("travelled to Rabat"). */
function goesSomewhere(sentence: ParsedSentence, verb: Word): boolean {
  return dependents(sentence, verb.i).some((w) => w.dep === 'obj' || w.dep.startsWith('obl'));
}

function isReflexive(sentence: ParsedSentence, verb: Word): boolean {
  const below = dependents(sentence, verb.i);
  return (
    below.some((w) => w.pos === 'PRON' && REFLEXIVE.has(w.folded)) &&
    !below.some((w) => w.dep === 'obj' && w.pos === 'NOUN')
  );
}

/**
 * The words of a sentence that tell of a meeting, by the lexicon alone: its nouns, its verbs and
 * the words of a meeting to come ("la réunion se tiendra", "will be held"). A clause on them tells
 * of a meeting, not of a measure.
 */
export function meetingWordsIn(lexicon: Lexicon, sentence: ParsedSentence): Set<number> {
  const words = [
    ...lexicon.meetingNouns.map(([n]) => n),
    ...lexicon.meetingVerbs.map(([v]) => v),
    ...lexicon.planned,
  ];
  return new Set(findTriggers(sentence, entriesOf(words)).map((t) => t.head.i));
}
