import { type FuzzyDate, foldText } from '@diplograph/schema';
import { addActors, mainCountries, RELATIVE, subjectActors } from './commitment-makers.js';
import { type ActorRef, type ArticleContext, actorsIn, inside, sameActor } from './context.js';
import { countriesIn } from './countries.js';
import {
  citedAsSource,
  denied,
  hoped,
  isDocumentMention,
  isPolicy,
  namesFramework,
} from './document-mentions.js';
import { withoutGenericRepeats, withPlaceNames } from './document-repeats.js';
import type { DocumentKind } from './lexicon.js';
import { isCapitalizedProper, nameClass, spanText } from './names.js';
import type { ParsedSentence, Word } from './parsed.js';
import type { Passage } from './people.js';
import { entriesOf, findTriggers, type Trigger } from './triggers.js';

/** A declaration, agreement, memorandum or roadmap an article speaks of. */
export interface DocumentReading {
  name: string;
  kind: DocumentKind;
  date: FuzzyDate | null;
  parties: ActorRef[];
  evidence: Passage;
  sentence: number;
  /** True when the text says it was signed or adopted, not only named. */
  signed: boolean;
}

const sameParties = (a: ActorRef[], b: ActorRef[]) =>
  a.length === b.length && a.every((x) => b.some((y) => sameActor(x, y)));

/** Relations that keep a word in the name of the document it qualifies. */
const NAME_RELATIONS = new Set([
  'amod',
  'nmod',
  'compound',
  'flat',
  'flat:name',
  'case',
  'det',
  'fixed',
  'nummod',
  'conj',
  'cc',
]);
const MAX_NAME_WORDS = 10;

/** The noun phrase that names a document: its word, the words that qualify it, no article before. */
function nameOf(
  sentence: ParsedSentence,
  trigger: Trigger<DocumentKind>,
  text: string,
): { name: string; words: Word[] } {
  const { words } = sentence;
  const last = trigger.words.at(-1) ?? trigger.head;
  let end = last.i + 1;
  // Qualifiers right after the phrase that depend on one of its words: "sur le rapatriement des mineurs".
  const inPhrase = new Set(trigger.words.map((w) => w.i));
  while (end < words.length && end - trigger.head.i < MAX_NAME_WORDS) {
    const w = words[end];
    if (!w || w.pos === 'PUNCT' || w.pos === 'VERB' || w.pos === 'AUX' || !NAME_RELATIONS.has(w.dep)) break;
    if (!attachesTo(words, w, inPhrase, trigger.head.i)) break;
    if (wherePlaced(words, w, trigger) || joinsAnother(words, w, trigger)) break;
    inPhrase.add(w.i);
    end++;
  }
  // A phrase does not end on a preposition or an article.
  let cut = end;
  while (cut > last.i + 1 && ['ADP', 'DET', 'CCONJ'].includes(words[cut - 1]?.pos ?? '')) cut--;
  const run = words.slice(nameStart(words, trigger), cut);
  return { name: spanText(text, run).text, words: run };
}

/**
 * Where a document's name begins: at its word, or at the proper nouns before it that qualify it
 * ("the Dakhla Declaration", "the Cadiz Action Plan", "the EU-Morocco joint declaration").
 */
function nameStart(words: Word[], trigger: Trigger<DocumentKind>): number {
  const inPhrase = new Set(trigger.words.map((w) => w.i));
  let start = trigger.head.i;
  for (let w = words[start - 1]; w && inPhrase.has(w.head); w = words[start - 1]) {
    if (!HYPHENS.has(w.text) && !(isCapitalizedProper(w) && QUALIFIES_BEFORE.has(w.dep))) break;
    inPhrase.add(w.i);
    start--;
  }
  // A dash joins two names; it does not begin one.
  while (start < trigger.head.i && HYPHENS.has(words[start]?.text ?? '')) start++;
  return start;
}

/** Relations of a proper noun that qualifies the document word after it. */
const QUALIFIES_BEFORE = new Set(['compound', 'amod', 'flat', 'nmod', 'dep']);
const HYPHENS = new Set(['-', '–', '—']);

/** Prepositions of a place: "en Rabat", "à Lisbonne", "in Rabat". */
const AT_PLACE = new Set(['en', 'a', 'au', 'in', 'at']);

/**
 * True for the preposition of the place a document is signed in, on the document itself: "la
 * firma del protocolo en Rabat". Where it was signed is no part of its name, unlike the place that
 * names it ("la Déclaration de Marrakech") or the place its topic is in ("l'emploi au Portugal").
 */
function wherePlaced(words: Word[], word: Word, trigger: Trigger<DocumentKind>): boolean {
  const place = words[word.head];
  return (
    word.dep === 'case' &&
    AT_PLACE.has(word.folded) &&
    place !== undefined &&
    nameClass(place) === 'LOC' &&
    trigger.words.some((w) => w.i === place.head)
  );
}

/**
 * True for the conjunction or the conjunct of a noun phrase joined to the document word itself:
 * "an agreement with India and similar arrangements with Kenya" names two things, not one.
 */
function joinsAnother(words: Word[], word: Word, trigger: Trigger<DocumentKind>): boolean {
  const conjunct = word.dep === 'cc' ? words[word.head] : word;
  return conjunct?.dep === 'conj' && trigger.words.some((w) => w.i === conjunct.head);
}

/**
 * Whether a word after the phrase qualifies it: its chain of heads reaches the phrase before it
 * leaves for a word before the phrase ("du 28 octobre 2024", "on a comprehensive partnership", whose
 * first words hang on a noun still to come).
 */
function attachesTo(words: Word[], word: Word, phrase: Set<number>, start: number): boolean {
  let w: Word | undefined = word;
  for (let step = 0; w && step < 4; step++) {
    if (phrase.has(w.head)) return true;
    if (w.head < start) return false;
    w = words[w.head];
  }
  return false;
}

/**
 * The documents of an article: a document word ("déclaration", "accord", "feuille de route",
 * "memorandum") with its qualifiers. Its parties are who signs or adopts it (the subject of the
 * signing verb), else the countries its name or its clause names ("franco-marocaine", "entre le
 * Maroc et l'Espagne"); its date is the sentence's. A bare word with no qualifier, no signature
 * and no party ("un accord") is no document.
 */
export function readDocuments(ctx: ArticleContext): DocumentReading[] {
  // The headline's document is the body's, told in short: "Rabat et Madrid signent un accord".
  const { headline } = ctx;
  const body = ctx.sentences.filter((s) => headline === null || !inside(headline, s));
  const inBody = documentsIn(ctx, body);
  return inBody.length > 0 ? inBody : documentsIn(ctx, ctx.sentences);
}

function documentsIn(ctx: ArticleContext, sentences: ParsedSentence[]): DocumentReading[] {
  const documents: DocumentReading[] = [];
  const signing = entriesOf(ctx.lexicon.signingVerbs);
  for (const sentence of sentences) {
    // "la hoja de ruta acordada", "l'accord signé": the parser may tag the participle an adjective.
    const signings = findTriggers(sentence, signing);
    const verbs = signings.filter(
      (t) => t.head.pos === 'VERB' || (t.head.pos === 'ADJ' && t.head.dep === 'amod'),
    );
    // "l'adoption de la feuille de route", "the signing of the agreement", "la firma del acuerdo".
    const signingNouns = signings.filter((t) => t.head.pos === 'NOUN');
    for (const trigger of findTriggers(sentence, ctx.lexicon.documentNouns)) {
      if (!trigger.words.some((w) => w.pos === 'NOUN' || w.pos === 'PROPN')) continue;
      const { name, words } = nameOf(sentence, trigger, ctx.text);
      const span = { start: sentence.start, end: sentence.end };
      const actors = actorsIn(ctx, span);
      const parties: ActorRef[] = [];
      const add = (a: ActorRef) => {
        if (!parties.some((p) => sameActor(p, a))) parties.push(a);
      };
      // The verb governs the document ("ont signé un accord") or qualifies it ("l'accord signé").
      const noun =
        [...trigger.words].reverse().find((w) => w.pos === 'NOUN' || w.pos === 'PROPN') ?? trigger.head;
      // "l'accord signé", "the roadmap adopted": a participle right after the noun qualifies it.
      // Any noun of a phrase of several words may be the one the parse hangs on the verb ("un
      // protocole d'accord", whose "d'accord" it may read as an adverb).
      const nouns = trigger.words.filter((w) => w.pos === 'NOUN' || w.pos === 'PROPN');
      // A participle may qualify any noun of the name: "the declaration on a partnership adopted in…".
      const named = new Set(words.map((w) => w.i));
      const signedBy = verbs.find(
        (v) =>
          nouns.some(
            (n) =>
              (n.head === v.head.i && !isSetting(sentence, n)) ||
              sentence.words[n.head]?.head === v.head.i ||
              v.head.head === n.i ||
              (v.head.i === n.i + 1 && v.head.dep !== 'root'),
          ) ||
          (v.head.dep === 'acl' && (named.has(v.head.head) || qualifiesInPassing(sentence, noun, v.head))) ||
          signedInRelative(sentence, noun, v.head),
      );
      // "No agreement was signed", "n'ont signé aucun accord": a signing denied is none, and one
      // only wished or called for ("souhaitent conclure un accord") is none yet.
      const verb =
        signedBy && !denied(sentence, noun, signedBy.head) && !hoped(sentence, signedBy.head)
          ? signedBy
          : undefined;
      const signedAsNoun = signingNouns.some(
        (t) => nouns.some((n) => n.head === t.head.i && n.dep === 'nmod') && !hoped(sentence, t.head),
      );
      if (verb) {
        for (const w of sentence.words) {
          if (w.head !== verb.head.i || !w.dep.startsWith('nsubj')) continue;
          // "les deux pays ont conclu un accord", "Rabat et Madrid ont signé": who the subject stands for.
          for (const a of subjectActors(ctx, sentence, w, actors)) add(a);
          for (const c of sentence.words) {
            // "Rabat et Paris": a capital joined to the subject stands for its state too.
            if (c.head === w.i && c.dep === 'conj')
              for (const a of subjectActors(ctx, sentence, c, actors)) add(a);
          }
        }
      }
      const signers = parties.length;
      for (const id of countriesIn(name)) add({ kind: 'country', id });
      // "Germany already has a migration agreement with India": a document of countries the
      // article is not about, that no one here signs, is given as a model, not told of.
      const main = mainCountries(ctx);
      const others =
        !verb &&
        signers === 0 &&
        parties.length > 0 &&
        !parties.some((p) => main.some((m) => sameActor(m, p)));
      const qualified = words.length > trigger.words.length || /^\p{Lu}/u.test(name);
      // "un accord de réadmission", "une stratégie nationale", "un cadre de travail": a kind of
      // document, named by common words, that no one is told to sign or adopt and that is no
      // one's, is spoken of, not stated.
      const proper = words.some((w) => /^\p{Lu}/u.test(w.text));
      // "la déclaration conjointe du 28 octobre 2024": a document its date names is a particular one.
      const nameSpan = { start: words[0]?.start ?? 0, end: words.at(-1)?.end ?? 0 };
      const dated = ctx.dates.some((d) => inside(nameSpan, d));
      if (!verb && !signedAsNoun && !dated && parties.length === 0 && !proper) continue;
      if (others || (!verb && !dated && isPolicy(trigger.value, words))) continue;
      if (trigger.value === 'framework' && !namesFramework(sentence, noun)) continue;
      if (!verb && !isDocumentMention(sentence, noun, words)) continue;
      // A bare word cited so is the source however it was issued ("a statement issued by").
      const source = citedAsSource(sentence, noun, words, trigger);
      if (source && !dated && (!verb || trigger.words.length === 1)) continue;
      const date = ctx.dates.find((d) => inside(span, d))?.date ?? null;
      // "ce mémorandum", "this agreement", and the bare "the agreement" after a document was told
      // of, not signed here ("the roadmap adopted in April" is another): that document.
      const bare = !qualified && !verb;
      // The determiner comes before the noun: "that" after it begins a relative clause.
      const pointsBack = sentence.words.some(
        (w) =>
          w.head === noun.i &&
          w.i < noun.i &&
          (DEMONSTRATIVES.has(w.folded) || (bare && DEFINITE.has(w.folded))),
      );
      // "the joint declaration that X and Y signed": a document its own parties are told to sign
      // is not one signed before without them, whatever word it is called by.
      // ("the memorandum was signed by X and Y" after "a memorandum of understanding" is that one).
      const signedApart = (d: DocumentReading) =>
        verb !== undefined &&
        d.signed &&
        parties.length > 0 &&
        !sameParties(d.parties, parties) &&
        !containsWords(d.name, name);
      const same =
        documents.find(
          (d) =>
            d.kind === trigger.value &&
            (d.name === name ||
              (!qualified && !signedApart(d)) ||
              (parties.length > 1 && sameParties(d.parties, parties))),
        ) ?? (pointsBack ? documents.at(-1) : undefined);
      if (same) {
        // The passage that says it was signed is its evidence: "ont conclu un accord bilatéral".
        if (verb && !same.signed) same.evidence = span;
        addActors(same.parties, parties);
        same.signed ||= verb !== undefined;
        same.date ??= date;
        continue;
      }
      documents.push({
        name,
        kind: trigger.value,
        date,
        parties,
        evidence: span,
        sentence: sentence.index,
        signed: verb !== undefined,
      });
    }
  }
  return withoutGenericRepeats(withPlaceNames(ctx.text, documents));
}

/** True when a name holds another's words, in order: "memorandum of understanding" holds "memorandum". */
function containsWords(name: string, part: string): boolean {
  const words = (t: string) =>
    ` ${foldText(t)
      .split(/[^\p{L}\p{N}]+/u)
      .join(' ')} `;
  return words(name).includes(words(part));
}

/** "sont parvenus à un accord", "llegaron a un acuerdo": the one preposition that reaches a document. */
const REACHED = new Set(['a', 'au', 'to']);

/** "Under the agreement, Morocco will issue…", "selon l'accord": the setting of the verb, not its object. */
function isSetting(sentence: ParsedSentence, noun: Word): boolean {
  if (!noun.dep.startsWith('obl')) return false;
  return !sentence.words.some((w) => w.head === noun.i && w.dep === 'case' && REACHED.has(w.folded));
}

/**
 * "the agreement that the two countries signed in 2019", "el memorando ... que firmaron en Madrid":
 * a signing verb of a relative clause right after the document, with no punctuation between, signs
 * it, however the parse hangs the clause. Another verb before it makes the clause another noun's
 * ("the protocol follows the memorandum that..."), unless the parse reads a word of the name as an
 * auxiliary ("migración laboral circular").
 */
function signedInRelative(sentence: ParsedSentence, noun: Word, verb: Word): boolean {
  if (verb.i <= noun.i || verb.pos !== 'VERB') return false;
  const between = sentence.words.slice(noun.i + 1, verb.i);
  const at = between.findIndex((w) => RELATIVE.has(w.folded) && RELATIVE_TAGS.has(w.pos));
  const clauseVerb = (w: Word) => w.pos === 'VERB' && w.dep !== 'aux';
  // "un accord comparable à ceux que d'autres pays ont conclus": the clause is the pronoun's.
  const pronoun = between.slice(0, Math.max(0, at)).some((w) => w.pos === 'PRON');
  return at >= 0 && !pronoun && !between.some((w) => w.pos === 'PUNCT' || clauseVerb(w));
}
const RELATIVE_TAGS = new Set(['PRON', 'DET', 'SCONJ']);

/** Definite articles: a bare document word with one speaks of a document the reader knows. */
const DEFINITE = new Set(['le', 'la', "l'", 'l’', 'the', 'el']);

/**
 * "la déclaration d'intention sur la migration signée à Bruxelles": a participle that the parse
 * hangs on a later noun of the same phrase (no verb or punctuation between) qualifies the document.
 */
function qualifiesInPassing(sentence: ParsedSentence, noun: Word, participle: Word): boolean {
  if (participle.head <= noun.i || participle.head >= participle.i) return false;
  return sentence.words
    .slice(noun.i + 1, participle.i)
    .every((w) => w.pos !== 'PUNCT' && w.pos !== 'VERB' && w.pos !== 'AUX');
}

/** Determiners that point back to a document told of before. */
const DEMONSTRATIVES = new Set([
  'ce',
  'cet',
  'cette',
  'this',
  'that',
  'este',
  'esta',
  'ese',
  'esa',
  'dicho',
  'dicha',
]);
