import type { ArticleContext } from './context.js';
import { type ParsedSentence, subtree, type Word } from './parsed.js';

/**
 * Endings of the future and the conditional: "agira", "agirait", "prendrait", "actuará". In French
 * the "r" follows the infinitive's vowel (or its "r", "d"): "ouvrait" and "montra" are past tenses.
 */
const FUTURE = {
  fr: /[aeiouyrd](?:rai|ra|rons|rez|ront|rais|rait|rions|riez|raient)$/,
  es: /(?:rá|rán|ré|remos|ría|rían|ríamos)$/,
  en: null,
} as const;
const FUTURE_AUX = new Set(['will', 'would', 'shall']);
/** "Il allait travailler", "va ouvrir", "was going to", "iba a": a future told with "go". */
const GOING = new Set(['va', 'vont', 'vais', 'allons', 'allait', 'allaient', 'going', 'iba', 'iban', 'van']);

/** "is expected to visit", "is due to present", "is set to sign": what is still to come. */
const EXPECTED = new Set(['expect', 'expected', 'due', 'set', 'schedule', 'scheduled', 'slate', 'slated']);

/** True when the verb is in the future or the conditional, by its ending or its auxiliary. */
export function isFuture(ctx: ArticleContext, sentence: ParsedSentence, verb: Word): boolean {
  const ending = FUTURE[ctx.language];
  if (ending && verb.text.length > 4 && ending.test(verb.text.toLowerCase())) return true;
  // "was due to meet" told what was still to come on a day already past.
  const governor = sentence.words[verb.head];
  const expected = verb.dep === 'xcomp' && governor !== undefined && EXPECTED.has(governor.lemma);
  if (ctx.language === 'en' && expected && !isPast(ctx, sentence, governor)) return true;
  const below = sentence.words.filter((w) => w.head === verb.i);
  // The parser may hang the infinitive on a word between ("il allait, avec son homologue X,
  // travailler"): any infinitive within the clause will do.
  const infinitive = (w: Word) =>
    w.dep === 'xcomp' || (ctx.language !== 'en' && /(er|ir|re)$/.test(w.folded));
  if (
    GOING.has(verb.folded) &&
    subtree(sentence, verb.i).some((w) => w.pos === 'VERB' && w !== verb && infinitive(w))
  )
    return true;
  return below.some((w) => w.dep === 'aux' && FUTURE_AUX.has(w.folded));
}

/**
 * Auxiliaries and copulas of the future too short for the endings `isFuture` reads ("sera",
 * "aura"), and the future of "devoir": "les candidates devront être", "sera présent".
 */
const FUTURE_AUXILIARIES = new Set([
  'sera',
  'seront',
  'aura',
  'auront',
  'devra',
  'devront',
  'será',
  'serán',
  'habrá',
  'habrán',
  'deberá',
  'deberán',
]);

/**
 * True when a clause's head is in the future: by its own form, or its auxiliary's or copula's
 * ("seront recrutés", "serait augmenté", "will be funded").
 */
export function inFuture(ctx: ArticleContext, sentence: ParsedSentence, head: Word): boolean {
  if (FUTURE_AUXILIARIES.has(head.text.toLowerCase())) return true;
  if (head.pos === 'VERB' && isFuture(ctx, sentence, head)) return true;
  return sentence.words.some(
    (w) =>
      w.head === head.i &&
      ['aux', 'aux:pass', 'cop'].includes(w.dep) &&
      (FUTURE_AUXILIARIES.has(w.text.toLowerCase()) || isFuture(ctx, sentence, w)),
  );
}

/** Auxiliaries of compound past tenses: "a reçu", "had met", "ha viajado", "avait été reçu". */
const PAST_AUXILIARIES = new Set([
  ...['a', 'ont', 'avait', 'avaient', 'eut', 'est', 'sont', 'etait', 'etaient', 'ete'],
  ...['was', 'were', 'had', 'has', 'have', 'did'],
  ...['ha', 'han', 'habia', 'habian', 'fue', 'fueron'],
]);
/** Endings of simple past tenses: "visited", "viajó", "recibieron", "se reunía". */
const PAST = {
  fr: /(?:èrent|irent)$/,
  es: /(?:[óé]|aron|ieron|aba|aban|ía|ían)$/,
  en: /ed$/,
} as const;

/** True when the verb is in a past tense, by its ending or its auxiliary. */
export function isPast(ctx: ArticleContext, sentence: ParsedSentence, verb: Word): boolean {
  if (verb.text.length > 3 && PAST[ctx.language].test(verb.text.toLowerCase())) return true;
  return sentence.words.some(
    (w) => w.head === verb.i && ['aux', 'aux:pass', 'cop'].includes(w.dep) && PAST_AUXILIARIES.has(w.folded),
  );
}

/** "pourrait ouvrir", "podría abrir": the conditional of "can" tells what may be, not what will. */
const MAY = /^(pourrai[st]|pourraient|pourrions|pourriez|podria|podrian|podriamos)$/;
/** What puts a condition on a clause: "si l'accord est signé", "if the deal is approved". */
const IF = new Set(['si', 'if', 'unless']);

/**
 * True when a clause in the future tells only what may be done ("le Maroc pourrait ouvrir"), or
 * what will be done on a condition ("si l'accord est signé, la France ouvrira"): no commitment.
 */
export function onlyPossible(sentence: ParsedSentence, head: Word): boolean {
  if (MAY.test(head.folded)) return true;
  return sentence.words.some(
    (w) =>
      w.head === head.i &&
      w.dep === 'advcl' &&
      sentence.words.some((m) => m.head === w.i && m.dep === 'mark' && IF.has(m.folded)),
  );
}
