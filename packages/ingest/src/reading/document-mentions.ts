import { ACCORDING, NEGATIONS } from './commitment-makers.js';
import { countriesIn } from './countries.js';
import type { DocumentKind } from './lexicon.js';
import { nameClass } from './names.js';
import type { ParsedSentence, Word } from './parsed.js';
import type { Trigger } from './triggers.js';

// What makes a document word a passing mention rather than an instrument the article tells of:
// a statement to the press, "d'accord", a framework's word used otherwise, a source cited, a
// signing denied or only hoped for, a government's own policy.

/** Words that make a "déclaration" what someone said to the press, not a text adopted. */
const PRESS = new Set([
  'presse',
  'press',
  'prensa',
  'medias',
  'media',
  'journalistes',
  'reporters',
  'periodistas',
]);
/**
 * "D'accord", "en accord avec", "de acuerdo", "in agreement with": the document's word in a phrase
 * that means "agreeing", "according to".
 */
const AGREEING = new Set(["d'", 'd’', 'de', 'en', 'in']);
/** "D'un commun accord", "de común acuerdo", "by mutual agreement": by consent, not a document. */
const MUTUAL = new Set(['commun', 'comun', 'mutual', 'common']);

/**
 * False for a document word that names no document, when no one signs or adopts it: a statement to
 * the press ("une déclaration à la presse"), "être d'accord", "en accord avec", "de acuerdo con",
 * "in agreement with", "d'un commun accord", and a plural that speaks of a kind of document in
 * general ("the agreements on readmission").
 */
export function isDocumentMention(sentence: ParsedSentence, noun: Word, name: Word[]): boolean {
  if (name.some((w) => PRESS.has(w.folded))) return false;
  const before = sentence.words[noun.i - 1];
  const preceding = sentence.words[noun.i - 2];
  if (before && AGREEING.has(before.folded) && preceding?.pos !== 'NOUN' && preceding?.pos !== 'PROPN')
    return false;
  if (before && MUTUAL.has(before.folded)) return false;
  const plural = noun.lemma !== noun.folded && noun.folded.endsWith('s') && !noun.lemma.endsWith('s');
  return !plural;
}

/** Prepositions of a phrase that uses a framework's word for something else: "dans le cadre de", "sur le plan". */
const ADVERBIAL = new Set(['dans', 'sur', 'en', 'on', 'in', 'within', 'under', 'from']);
/** "à l'initiative de", "at the initiative of", "a iniciativa de". */
const AT = new Set(['a', 'at']);
/** Words that introduce a framework's own name: "le plan d'autonomie", "the framework of Valletta". */
const OF = new Set(['de', "d'", 'd’', 'du', 'des', 'of', 'for', 'del', 'para', 'pour']);

/**
 * "Cadre", "plan" and "initiative" name a framework only with a noun of their own ("le cadre de la
 * Valette", "le plan d'autonomie", "Initiative d'autonomie"), not with the actor whose it is ("le
 * plan de l'Espagne"), and not in a phrase that uses the word otherwise ("dans le cadre de
 * l'accord", "sur le plan diplomatique").
 */
export function namesFramework(sentence: ParsedSentence, noun: Word): boolean {
  const before = sentence.words.slice(Math.max(0, noun.i - 2), noun.i);
  if (before.some((w) => ADVERBIAL.has(w.folded))) return false;
  const complement = sentence.words[noun.i + 1];
  const named = sentence.words[noun.i + 2];
  // "à l'initiative du Maroc", "at the initiative of Spain": who took a step, not a framework.
  if (before.some((w) => AT.has(w.folded)) && (named?.pos === 'PROPN' || named?.pos === 'DET')) return false;
  // "le plan de l'Espagne", "une initiative du ministre": whose plan or step, not its name.
  const owner = named?.pos === 'DET' ? sentence.words[noun.i + 3] : named;
  if (owner && (countriesIn(owner.text).length > 0 || ['PER', 'ORG'].includes(nameClass(owner) ?? '')))
    return false;
  return (
    complement !== undefined &&
    OF.has(complement.folded) &&
    named !== undefined &&
    (named.pos === 'NOUN' || named.pos === 'PROPN' || named.pos === 'DET')
  );
}

/**
 * "according to a statement issued by the ministry", "según una declaración del Ministerio del
 * Interior": a document word the sentence cites as the source of what it tells, named by no more
 * than the body that issued it, is where the news comes from, not an instrument.
 */
export function citedAsSource(
  sentence: ParsedSentence,
  noun: Word,
  name: Word[],
  trigger: Trigger<DocumentKind>,
): boolean {
  const cited = sentence.words.some((w) => w.head === noun.i && w.dep === 'case' && ACCORDING.has(w.folded));
  const qualifiers = name.filter((w) => !trigger.words.includes(w) && !['ADP', 'DET'].includes(w.pos));
  return cited && qualifiers.every((w) => nameClass(w) === 'ORG');
}

/** Determiners that deny a document: "no agreement", "aucun accord", "ningún acuerdo". */
const NO = new Set(['no', 'aucun', 'aucune', 'nul', 'nulle', 'ningun', 'ninguna']);

/** True when a sentence denies that the document was signed. */
export function denied(sentence: ParsedSentence, noun: Word, verb: Word): boolean {
  return sentence.words.some(
    (w) =>
      (w.head === noun.i && w.i < noun.i && NO.has(w.folded)) ||
      (w.head === verb.i && NEGATIONS.has(w.folded)),
  );
}

/** Verbs of a wish or a call: "souhaitent conclure", "want to sign", "appelé à la signature de". */
const HOPES =
  /^(souhait|esper|voul|veul|veut|wish|hope|want|dese|quier|quer|aspir|appel|plaid|call|urg|abog)/;

/**
 * True when a signing (a verb or its noun) is what someone wishes or calls for: "les deux pays
 * souhaitent parvenir à un accord", "called for the signing of an agreement". It tells of an
 * instrument hoped for, not one signed or to be signed.
 */
export function hoped(sentence: ParsedSentence, signing: Word): boolean {
  const governor = sentence.words[signing.head];
  return governor !== undefined && governor.pos === 'VERB' && HOPES.test(governor.lemma);
}

/** Words that make a document one government's own policy: "du gouvernement portugais", "nationale", "européen". */
const OWNER = new Set([
  ...['gouvernement', 'ministere', 'national', 'nationale', 'europeen', 'europeenne'],
  ...['government', 'ministry', 'national', 'european'],
  ...['gobierno', 'ministerio', 'nacional', 'europeo', 'europea'],
]);

/**
 * "le plan d'action 2026-2028 du gouvernement portugais", "la stratégie nationale marocaine", "el
 * Pacto Europeo de Migración y Asilo": a plan, a strategy or a pact a government or the Union makes
 * for itself, that no one signs here, is a policy or a law, not an instrument between parties.
 */
export const isPolicy = (kind: DocumentKind, name: Word[]) =>
  POLICY_KINDS.has(kind) && name.some((w) => OWNER.has(w.folded));
const POLICY_KINDS = new Set<DocumentKind>(['action-plan', 'strategy', 'framework', 'compact']);
