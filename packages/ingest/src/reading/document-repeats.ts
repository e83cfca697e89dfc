import { foldText } from '@diplograph/schema';
import { addActors } from './commitment-makers.js';
import { sameActor } from './context.js';
import type { DocumentReading } from './documents.js';

// One document told of several times in an article, under several names: the passes that keep one.

/** A text's words, as written. */
const wordsOf = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * "ont adopté à Abidjan une déclaration finale ... Dans la Déclaration d'Abidjan": a conference's
 * text goes by the name of the place it was adopted in. A document named after a place, not signed
 * where it is so named, is the one of its kind adopted in common words in a passage that names that
 * place; that one takes its name.
 */
export function withPlaceNames(text: string, documents: DocumentReading[]): DocumentReading[] {
  return documents.filter((named) => {
    if (named.signed) return true;
    const common = documents.find((d) => {
      if (d === named || d.kind !== named.kind || !d.signed || /\p{Lu}/u.test(d.name)) return false;
      const own = new Set(wordsOf(foldText(d.name)));
      const places = wordsOf(named.name).filter((w) => /^\p{Lu}/u.test(w) && !own.has(foldText(w)));
      const passage = new Set(wordsOf(text.slice(d.evidence.start, d.evidence.end)));
      return places.length > 0 && places.every((w) => passage.has(w));
    });
    if (!common) return true;
    common.name = named.name;
    addActors(common.parties, named.parties);
    return false;
  });
}

/**
 * "L'Espagne et le Maroc ont signé un accord ... ont conclu un mémorandum d'entente": an agreement
 * called by the bare word, signed by the parties of another document signed in the article, is that
 * document told of in general terms: the one named more precisely stays.
 */
export function withoutGenericRepeats(documents: DocumentReading[]): DocumentReading[] {
  const generic = (d: DocumentReading) => d.kind === 'agreement' && !/\s/.test(d.name.trim());
  return withoutShortNames(documents).filter((d) => {
    if (!generic(d) || !d.signed || d.parties.length < 2) return true;
    const precise = documents.find(
      (o) =>
        o !== d && !generic(o) && o.signed && d.parties.every((p) => o.parties.some((q) => sameActor(p, q))),
    );
    return precise === undefined;
  });
}

/**
 * "après la signature de l'accord" in a caption, "Un mémorandum d'entente a été signé" in the lead:
 * a document called by the first words of another's name ("l'accord sur l'échange de stagiaires",
 * "le mémorandum d'entente sur la mobilité") is that one told in short, wherever it comes. Its
 * parties go to the full name. Only a short name signed beside a full name not signed here (told
 * of as history) may be a document of its own.
 */
function withoutShortNames(documents: DocumentReading[]): DocumentReading[] {
  const words = (d: DocumentReading) => wordsOf(foldText(d.name));
  const begins = (short: string[], long: string[]) =>
    long.length > short.length && short.every((w, k) => long[k] === w);
  return documents.filter((d) => {
    const full = documents.find((o) => begins(words(d), words(o)) && (o.signed || !d.signed));
    if (!full) return true;
    addActors(full.parties, d.parties);
    full.date ??= d.date;
    return false;
  });
}
