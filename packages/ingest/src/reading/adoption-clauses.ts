import { type ArticleContext, inside } from './context.js';
import type { Lexicon } from './lexicon.js';
import { dependents, type ParsedSentence, subtree, type Word } from './parsed.js';
import type { Passage } from './people.js';
import { entriesOf, findTriggers } from './triggers.js';

/** Relations that make a verb a clause of its own rather than a bare participle. */
const CLAUSAL = /^(nsubj|aux|cop|mark|case|expl)/;
/** Words that introduce who signed: "signé par", "adopted by", "firmado por". */
const AGENT = new Set(['par', 'by', 'por']);

/**
 * True when a signing verb is a bare participle on something named before it, with no subject,
 * auxiliary or conjunction of its own: "l'accord conclu en janvier 2022", "the partnership adopted
 * in Brussels in October 2025", "la hoja de ruta acordada en abril de 2022". It tells when and
 * where a document was adopted, in passing, not a signing the article reports. The parser may
 * hang it on the sentence's verb ("advcl", "dep") or tag it an adjective ("amod").
 */
export function isAdoptionClause(sentence: ParsedSentence, verb: Word): boolean {
  if (verb.head < 0 || !['VERB', 'ADJ'].includes(verb.pos)) return false;
  if (verb.pos === 'ADJ' && verb.dep !== 'amod') return false;
  if (!['acl', 'advcl', 'amod', 'dep'].includes(verb.dep)) return false;
  const before = sentence.words[verb.head];
  return (
    before !== undefined &&
    before.i < verb.i &&
    !dependents(sentence, verb.i).some((w) => CLAUSAL.test(w.dep))
  );
}

/** True when a participle names who signed: "signé à Rabat par les deux ministres". */
export function namesSigners(sentence: ParsedSentence, verb: Word): boolean {
  return dependents(sentence, verb.i).some(
    (w) =>
      w.dep === 'obl:agent' ||
      (w.dep.startsWith('obl') &&
        dependents(sentence, w.i).some((c) => c.dep === 'case' && AGENT.has(c.folded))),
  );
}

/** The passages of a sentence's adoption clauses (see `isAdoptionClause`), each from its participle on. */
export function adoptionClauses(lexicon: Lexicon, sentence: ParsedSentence): Passage[] {
  return findTriggers(sentence, entriesOf(lexicon.signingVerbs))
    .filter((t) => isAdoptionClause(sentence, t.head))
    .map((t) => {
      const words = subtree(sentence, t.head.i).filter((w) => w.i >= t.head.i);
      return { start: t.head.start, end: Math.max(...words.map((w) => w.end)) };
    });
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
