import { type ArticleContext, inside } from './context.js';
import type { Lexicon } from './lexicon.js';
import { dependents, isAgent, type ParsedSentence, subtree, type Word } from './parsed.js';
import type { Passage } from './people.js';
import { entriesOf, findTriggers } from './triggers.js';

/** Relations that make a verb a clause of its own rather than a bare participle. */
const CLAUSAL = /^(nsubj|aux|cop|mark|case|expl)/;

/**
 * True when a signing verb is a bare participle on something named before it, with no subject,
 * auxiliary or conjunction of its own: "l'accord conclu en janvier 2022", "the partnership adopted
 * in Brussels in October 2025", "la hoja de ruta acordada en abril de 2022". It tells when and
 * where a document was adopted, in passing, not a signing the article reports. The parser may
 * hang it on the sentence's verb ("advcl", "dep") or tag it an adjective ("amod"), or make the
 * document its subject ("que la feuille de route adoptée en octobre 2024 avait permis").
 */
export function isAdoptionClause(lexicon: Lexicon, sentence: ParsedSentence, verb: Word): boolean {
  if (verb.head < 0 || !['VERB', 'ADJ'].includes(verb.pos)) return false;
  if (verb.pos === 'ADJ' && verb.dep !== 'amod') return false;
  if (documentSubject(lexicon, sentence, verb)) return true;
  if (!['acl', 'advcl', 'amod', 'dep'].includes(verb.dep)) return false;
  const before = sentence.words[verb.head];
  return (
    before !== undefined &&
    before.i < verb.i &&
    !dependents(sentence, verb.i).some((w) => CLAUSAL.test(w.dep))
  );
}

/**
 * True when a signing verb's only marks of a clause are a document before it as its subject and the
 * conjunction of the clause around it, with no auxiliary: a document signs nothing, so the verb is
 * the participle that qualifies it ("rappelant que la feuille de route adoptée en 2024 avait").
 */
function documentSubject(lexicon: Lexicon, sentence: ParsedSentence, verb: Word): boolean {
  const marks = dependents(sentence, verb.i).filter((w) => CLAUSAL.test(w.dep) && w.dep !== 'mark');
  const [subject] = marks;
  return (
    marks.length === 1 &&
    subject !== undefined &&
    subject.dep === 'nsubj' &&
    subject.i < verb.i &&
    findTriggers(sentence, lexicon.documentNouns).some((t) => t.head.i === subject.i)
  );
}

/** True when a participle names who signed: "signé à Rabat par les deux ministres". */
export function namesSigners(sentence: ParsedSentence, verb: Word): boolean {
  return dependents(sentence, verb.i).some((w) => isAgent(sentence, verb, w, true));
}

/** The passages of a sentence's adoption clauses (see `isAdoptionClause`), each from its participle on. */
export function adoptionClauses(lexicon: Lexicon, sentence: ParsedSentence): Passage[] {
  return findTriggers(sentence, entriesOf(lexicon.signingVerbs))
    .filter((t) => isAdoptionClause(lexicon, sentence, t.head))
    .map((t) => clauseFrom(sentence, t.head));
}

/** The passage of a participle's clause, from the participle on. */
function clauseFrom(sentence: ParsedSentence, verb: Word): Passage {
  const words = subtree(sentence, verb.i).filter((w) => w.i >= verb.i);
  return { start: verb.start, end: Math.max(...words.map((w) => w.end)) };
}

/**
 * True when an adoption clause dates the signing with its year, before the month the article was
 * published in: "a joint declaration signed by the two governments in Rabat in February 2023". It
 * tells the document's history, whoever it names as signers, not a signing the article reports
 * ("la Déclaration signée par X et Y aujourd'hui").
 */
export function toldAsHistory(ctx: ArticleContext, sentence: ParsedSentence, verb: Word): boolean {
  const published = ctx.published;
  if (!published) return false;
  const month = published.earliest.slice(0, 7);
  const clause = clauseFrom(sentence, verb);
  return ctx.dates.some((d) => inside(clause, d) && !d.relative && d.date.latest.slice(0, 7) < month);
}

/**
 * The article's names, dates and places with those inside some passages left out: what a
 * sentence tells outside its adoption clauses.
 */
export function outsidePassages(ctx: ArticleContext, passages: Passage[]): ArticleContext {
  if (passages.length === 0) return ctx;
  const kept = (m: Passage) => !passages.some((p) => inside(p, m));
  return {
    ...ctx,
    people: ctx.people.map((p) => ({ ...p, mentions: p.mentions.filter(kept) })),
    organizations: ctx.organizations.map((o) => ({ ...o, mentions: o.mentions.filter(kept) })),
    places: ctx.places.map((p) => ({ ...p, mentions: p.mentions.filter(kept) })),
    countries: ctx.countries.filter(kept),
    dates: ctx.dates.filter(kept),
  };
}
