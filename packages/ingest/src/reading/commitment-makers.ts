import { foldText } from '@diplograph/schema';
import {
  type ActorMention,
  type ActorRef,
  type ArticleContext,
  actorAt,
  actorsIn,
  countryOfPerson,
  inside,
  sameActor,
} from './context.js';
import { countryOfAdjective, countryOfCapital } from './countries.js';
import { nameClass } from './names.js';
import { type ParsedSentence, subtree, type Word } from './parsed.js';

/** Pronouns that stand for one person named before, and for the speaker of a quote. */
const HE = new Set(['il', 'elle', 'he', 'she', 'el', 'ella']);
const WE = new Set(['nous', 'we', 'nosotros', 'nosotras', 'je', 'i', 'yo']);
/** "On" is the speaker's side only in their own words: elsewhere it is anyone ("on estime que"). */
const WE_IN_QUOTES = new Set(['on']);
/** First persons plural: a decision they take is both sides' ("nous avons convenu", "on a convenu"). */
export const FIRST_PLURAL = new Set(['nous', 'we', 'nosotros', 'nosotras', 'on']);
/** Heads of a subject that stand for a country's state: "les autorités marocaines". */
const STATE_NOUNS = new Set([
  'autorites',
  'gouvernement',
  'authorities',
  'government',
  'autoridades',
  'gobierno',
  'pays',
  'country',
  'pais',
  'royaume',
  'kingdom',
  'reino',
  'etat',
  'state',
  'estado',
  'presidence',
  'presidency',
  'presidencia',
  // "la partie française a proposé", "the Moroccan side", "la parte española".
  'partie',
  // "la délégation marocaine s'est engagée": a delegation speaks for its state.
  'delegation',
  'delegations',
  'delegacion',
  'delegaciones',
  'side',
  'parte',
]);
/** One person's possessives, before a state's noun: "son pays", "her country", "su país". */
const POSSESSIVES = new Set(['son', 'sa', 'his', 'her', 'su']);
const DASHES = /^[-–—:]$/;
/** Subjects that name two countries: "les deux pays", "both countries". */
export const TWO_COUNTRIES =
  /\b(deux|two|both|dos|ambos) (pays|etats|royaumes|gouvernements|countries|states|governments|paises|estados|reinos|gobiernos)\b/;
/** Subjects that count three or four countries: "les trois pays", "the three countries". */
const COUNTED_COUNTRIES =
  /\b(trois|three|tres|quatre|four|cuatro) (pays|etats|gouvernements|countries|states|governments|paises|estados|gobiernos)\b/;
const COUNTS: Record<string, number> = { trois: 3, three: 3, tres: 3, quatre: 4, four: 4, cuatro: 4 };
/** Verbs that report speech: their subject is who speaks in the quote. */
export const SAYS =
  /^(exprim|express|inform|declar|affirm|ajout|soulign|assur|dit|dis|expliqu|estim|indiqu|expos|precis|insist|rappel|annonc|reiter|martel|repond|said|say|stress|add|note|told|explain|announc|recall|repli|reply|afirm|dijo|respond|explic|asegur|subray|anunci|record|manifest)/;

/**
 * The two countries an article names most: what "les deux pays" and a bare agreement stand for;
 * the three it names most for "les trois pays".
 */
export function mainCountries(ctx: ArticleContext, count = 2): ActorRef[] {
  const counts = new Map<string, number>();
  for (const c of ctx.countries)
    if (c.actor.kind === 'country') counts.set(c.actor.id, (counts.get(c.actor.id) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([id]) => ({ kind: 'country', id }));
}

/**
 * The person a pronoun stands for: the last person named before it within the two sentences
 * before, the subject of a main clause first ("Retailleau a ajouté qu'il allait, avec X").
 */
function personBefore(ctx: ArticleContext, sentence: ParsedSentence, at: number): ActorRef | undefined {
  const from = ctx.sentences[Math.max(0, sentence.index - 2)]?.start ?? 0;
  // 2 for the subject of a sentence's main verb, 1 for a clause's subject, 0 for other mentions.
  const rankOf = (m: { start: number; end: number }) => {
    let rank = 0;
    for (const s of ctx.sentences)
      for (const w of s.words) {
        if (w.start < m.start || w.end > m.end || !w.dep.startsWith('nsubj')) continue;
        rank = Math.max(rank, s.words[w.head]?.dep === 'root' ? 2 : 1);
      }
    return rank;
  };
  let best: { name: string; start: number; rank: number } | undefined;
  for (const p of ctx.people)
    for (const m of p.mentions) {
      if (m.start < from || m.start >= at) continue;
      const rank = rankOf(m);
      if (!best || rank > best.rank || (rank === best.rank && m.start > best.start))
        best = { name: p.name, start: m.start, rank };
    }
  return best && { kind: 'person', name: best.name };
}

/** "a-t-il annoncé", "précise-t-elle": a subject pronoun put after its verb, as the tokenizer cuts it. */
const INVERTED = /^-(?:t-)?(il|elle|ils|elles|on)$/;

/** The subject pronoun put after a verb ("a-t-il annoncé"), which the parser may take for its object. */
export const invertedSubject = (sentence: ParsedSentence, verb: Word) =>
  sentence.words.find((w) => w.head === verb.i && w.pos === 'PRON' && INVERTED.test(w.folded));

/** Who a reporting verb of the sentence gives as speaker: the subject of "a déclaré", "said". */
function sayerIn(ctx: ArticleContext, sentence: ParsedSentence): ActorRef | undefined {
  const actors = actorsIn(ctx, sentence);
  for (const verb of sentence.words) {
    if (verb.pos !== 'VERB' || !SAYS.test(verb.folded)) continue;
    for (const w of sentence.words) {
      if (w.head !== verb.i || !w.dep.startsWith('nsubj')) continue;
      const named = actorAt(actors, w) ?? actorIn(sentence, w, actors);
      if (named) return named.actor;
      const titled = titledPerson(ctx, sentence, w);
      if (titled) return titled;
    }
  }
  return undefined;
}

/**
 * Who speaks at a word: the speaker the sentence gives; for words in quotation marks, else the
 * one the quote's own sentences give: where it closes ("« ... », a précisé X"), the sentence after
 * a quote that ends its sentence, where it opens, and the sentence that introduces it ("C'est ce
 * qu'a exprimé X. « ... »").
 */
function speakerAt(ctx: ArticleContext, sentence: ParsedSentence, word: Word): ActorRef | undefined {
  const here = sayerIn(ctx, sentence);
  const quote = ctx.quotations.find((q) => q.start <= word.start && word.end <= q.end);
  if (here || !quote) return here;
  const at = (offset: number) => ctx.sentences.findIndex((s) => s.start <= offset && offset < s.end);
  const [closing, opening] = [at(quote.end), at(quote.start)];
  const closed = ctx.sentences[closing];
  const endsSentence = closed?.words.filter((w) => w.start > quote.end).every((w) => w.pos === 'PUNCT');
  const order = [closing, ...(endsSentence ? [closing + 1] : []), opening, opening - 1];
  for (const i of order) {
    const candidate = ctx.sentences[i];
    const sayer = candidate && sayerIn(ctx, candidate);
    if (sayer) return sayer;
  }
  return undefined;
}

/** Who speaks at a word: the speaker of its quote or sentence, else the person named just before. */
export function speakerOf(ctx: ArticleContext, sentence: ParsedSentence, word: Word): ActorRef | undefined {
  return speakerAt(ctx, sentence, word) ?? personBefore(ctx, sentence, word.start);
}

/**
 * The country a title's adjective gives: "le ministre marocain", or on the title's complement: "le
 * chef de la diplomatie sénégalaise".
 */
function titleCountry(sentence: ParsedSentence, title: Word): string | undefined {
  const complements = sentence.words.filter((w) => w.head === title.i && w.dep === 'nmod').map((w) => w.i);
  const adjective = sentence.words.find(
    (w) =>
      (w.head === title.i || complements.includes(w.head)) && w.pos === 'ADJ' && countryOfAdjective(w.text),
  );
  return adjective ? countryOfAdjective(adjective.text) : undefined;
}

/** Definite articles: "le ministre" speaks of someone the reader knows of. */
const DEFINITE = new Set(['le', 'la', "l'", 'l’', 'the', 'el']);

/**
 * The one person a title stands for: "le ministre français" for the only French minister the
 * article names, "la ministre" for its only minister. Two candidates, and it stands for no one.
 * A definite title that no one named bears ("le représentant de l'État", after "le préfet, X")
 * stands for the official named just before, if the title's country is theirs; a title with its
 * country ("le ministre marocain") for the person named just before, if that is their country.
 */
export function titledPerson(
  ctx: ArticleContext,
  sentence: ParsedSentence,
  word: Word,
): ActorRef | undefined {
  if (!ctx.lexicon.titles.includes(word.folded)) return undefined;
  const country = titleCountry(sentence, word);
  const candidates = ctx.people.filter(
    (p) =>
      p.title !== null &&
      foldText(p.title).split(/\s+/).includes(word.folded) &&
      (!country || p.country === country),
  );
  const [only] = candidates;
  if (candidates.length === 1 && only) return { kind: 'person', name: only.name };
  const definite = sentence.words.some((w) => w.head === word.i && w.dep === 'det' && DEFINITE.has(w.folded));
  if (candidates.length > 0 || !definite) return undefined;
  const before = personBefore(ctx, sentence, word.start);
  // "Le ministre marocain", after "M. Bourita": the person just named, of the title's country.
  if (country && before && countryOfPerson(ctx, before) === country) return before;
  const official = before?.kind === 'person' ? ctx.people.find((p) => p.name === before.name) : undefined;
  if (!official || official.title === null || (country && official.country !== country)) return undefined;
  return before;
}

/** Clauses on a noun say more of it; they do not name it ("le ministre, qui souhaite que le Maroc"). */
const CLAUSES = new Set(['acl', 'acl:relcl', 'advcl', 'parataxis', 'ccomp', 'punct']);

/** The words of a noun phrase, without the clauses that hang on it. */
function phrase(sentence: ParsedSentence, root: Word): Word[] {
  const inside = new Set([root.i]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const w of sentence.words)
      if (!inside.has(w.i) && inside.has(w.head) && !CLAUSES.has(w.dep)) {
        inside.add(w.i);
        grew = true;
      }
  }
  return sentence.words.filter((w) => inside.has(w.i));
}

/** The actor a noun phrase names, in any of its words: "organisations, including the group X". */
export const actorIn = (sentence: ParsedSentence, word: Word, actors: ActorMention[]) =>
  actors.find((a) => phrase(sentence, word).some((w) => a.start <= w.start && w.end <= a.end));

/**
 * The actors a subject word stands for: a name, a capital for its state ("Paris a décidé"), "les
 * autorités marocaines", "les deux pays", a pronoun for the person named just before, "nous" for
 * who speaks; a document ("l'accord prévoit") for the two countries the article is about.
 */
export function subjectActors(
  ctx: ArticleContext,
  sentence: ParsedSentence,
  subject: Word,
  actors: ActorMention[],
): ActorRef[] {
  const named = actorAt(actors, subject);
  if (named) return [named.actor];
  // "le ministre, qui a été reçu par X": the relative pronoun stands for the noun its clause is on.
  const clause = sentence.words[subject.head];
  const antecedent = clause?.dep === 'acl:relcl' ? sentence.words[clause.head] : undefined;
  if (subject.pos === 'PRON' && RELATIVE.has(subject.folded) && antecedent)
    return subjectActors(ctx, sentence, antecedent, actors);
  // "Rabat – Les consulats ... envisagent": a dateline's city is no subject; its apposition is.
  const next = sentence.words[subject.i + 1];
  const apposition = sentence.words.find((w) => w.head === subject.i && w.dep === 'appos');
  if (next && DASHES.test(next.text))
    return apposition ? subjectActors(ctx, sentence, apposition, actors) : [];
  // "la ministra de Inclusión, Elma Saiz, firmó": the name in apposition to a title.
  const appositionNamed = apposition && actorAt(actors, apposition);
  if (appositionNamed && subject.pos === 'NOUN' && ctx.lexicon.titles.includes(subject.folded))
    return [appositionNamed.actor];
  const capital = /^\p{Lu}/u.test(subject.text) && countryOfCapital(subject.text);
  // The tagger may take a capital alone for a person ("Rabat a accepté"); a capital's word in a
  // person's longer name is not the capital.
  const inPersonName = [sentence.words[subject.i - 1], next].some((w) => w && nameClass(w) === 'PER');
  if (capital && (nameClass(subject) !== 'PER' || !inPersonName)) return [{ kind: 'country', id: capital }];
  const phrase = subtree(sentence, subject.i)
    .map((w) => w.folded)
    .join(' ');
  if (TWO_COUNTRIES.test(phrase)) return mainCountries(ctx);
  const counted = COUNTED_COUNTRIES.exec(phrase)?.[1];
  if (counted) return mainCountries(ctx, COUNTS[counted]);
  if (STATE_NOUNS.has(subject.folded)) {
    // "les délégations marocaine et française", "las delegaciones marroquí y española": each
    // adjective joined to the noun's names a state of its own.
    const adjectives = sentence.words.filter(
      (w) =>
        w.pos === 'ADJ' &&
        (w.head === subject.i || (w.dep === 'conj' && sentence.words[w.head]?.head === subject.i)),
    );
    const ids = [...new Set(adjectives.flatMap((w) => countryOfAdjective(w.text) ?? []))];
    if (ids.length > 0) return ids.map((id) => ({ kind: 'country', id }));
    // "son pays", "her country": the country of the person named just before, when the article gives it.
    if (sentence.words.some((w) => w.head === subject.i && POSSESSIVES.has(w.folded))) {
      const person = personBefore(ctx, sentence, subject.start);
      const country = person?.kind === 'person' && ctx.people.find((p) => p.name === person.name)?.country;
      return country ? [{ kind: 'country', id: country }] : [];
    }
    if (!actorIn(sentence, subject, actors)) {
      const state = otherSide(ctx, sentence) ?? stateOfNoun(ctx, subject);
      if (state) return [state];
    }
  }
  // "L'accord permettra": the tokenizer may make the article the phrase's head.
  if (
    subtree(sentence, subject.i)
      .slice(0, 3)
      .some((w) => isDocument(ctx, w))
  )
    return mainCountries(ctx);
  // "-t-il" is "il".
  const pronoun = INVERTED.exec(subject.folded)?.[1] ?? subject.folded;
  if (HE.has(pronoun) && subject.pos === 'PRON') {
    const person = personBefore(ctx, sentence, subject.start);
    return person ? [person] : [];
  }
  const we =
    WE.has(subject.folded) ||
    (WE_IN_QUOTES.has(subject.folded) &&
      ctx.quotations.some((q) => q.start <= subject.start && subject.end <= q.end));
  if (we && subject.pos === 'PRON') {
    const speaker = speakerOf(ctx, sentence, subject);
    return speaker ? [speaker] : [];
  }
  // "les consulats généraux français au Maroc" for "les six Consulats généraux français du Maroc".
  const bodies = ctx.organizations.filter((o) => foldText(o.name.split(/\s+/)[0] ?? '') === subject.folded);
  if (subject.pos === 'NOUN' && bodies.length === 1 && bodies[0])
    return [{ kind: 'organization', name: bodies[0].name }];
  const inside = actorIn(sentence, subject, actors);
  if (inside) return [inside.actor];
  const titled = titledPerson(ctx, sentence, subject);
  if (titled) return [titled];
  // "le ministre marocain" whom no title of the article's names: an official in office speaks
  // for their state.
  const country = ctx.lexicon.titles.includes(subject.folded) ? titleCountry(sentence, subject) : undefined;
  return country ? [{ kind: 'country', id: country }] : [];
}

/** Words that cite a source: "selon le ministère", "according to a statement", "según el texto". */
export const ACCORDING = new Set(['selon', 'according', 'segun']);

/** Words that deny a verb: "n'a pas signé", "did not sign", "no firmaron". */
export const NEGATIONS = new Set(['pas', 'jamais', 'not', "n't", 'never', 'no', 'nunca']);

/** Phrases that set a side against the one told before: "pour sa part", "por su parte". */
const CONTRAST = /\b(pour sa part|de son cote|por su parte|for its part|on its part)\b/;

/**
 * "Le gouvernement français a annoncé ... Le gouvernement s'est engagé": a state's noun with no
 * country of its own is the one country the article gives that noun elsewhere, by its adjective.
 */
function stateOfNoun(ctx: ArticleContext, noun: Word): ActorRef | undefined {
  const ids = new Set(
    ctx.sentences.flatMap((s) =>
      s.words.flatMap((w) => {
        const head = s.words[w.head];
        const given = w.inStory && w.pos === 'ADJ' && head?.folded === noun.folded && head.inStory;
        return given ? (countryOfAdjective(w.text) ?? []) : [];
      }),
    ),
  );
  const [only] = ids;
  return ids.size === 1 && only ? { kind: 'country', id: only } : undefined;
}

/** How many sentences of the story back a side set against another may have been told. */
const CONTRAST_BACK = 3;

/**
 * "La parte marroquí se comprometió a ... El Gobierno, por su parte, se ha comprometido a": a state
 * the sentence sets against the side told just before, with no country of its own, is the other
 * of the two countries the article is about. The side told before is the one of them the nearest
 * sentence of the story naming either names (a caption or page noise between names none).
 */
function otherSide(ctx: ArticleContext, sentence: ParsedSentence): ActorRef | undefined {
  if (!CONTRAST.test(sentence.words.map((w) => w.folded).join(' '))) return undefined;
  const sides = mainCountries(ctx).flatMap((c) => (c.kind === 'country' ? [c.id] : []));
  if (sides.length !== 2) return undefined;
  const before = ctx.sentences
    .filter((s) => s.index < sentence.index && s.words.some((w) => w.inStory))
    .slice(-CONTRAST_BACK)
    .reverse();
  for (const s of before) {
    // Names and adjectives or demonyms: "Marruecos", "la parte marroquí", "las marroquíes".
    const told = new Set([
      ...ctx.countries.flatMap((c) => (inside(s, c) && c.actor.kind === 'country' ? [c.actor.id] : [])),
      ...s.words.flatMap((w) =>
        w.inStory && ['ADJ', 'NOUN'].includes(w.pos) ? (countryOfAdjective(w.text) ?? []) : [],
      ),
    ]);
    const others = sides.filter((id) => !told.has(id));
    const [other] = others;
    if (others.length === 1 && other) return { kind: 'country', id: other };
    if (others.length === 0) return undefined;
  }
  return undefined;
}

/** Relative pronouns that can be a clause's subject: "qui", "who", "quien". */
export const RELATIVE = new Set([
  ...['qui', 'que', 'lequel', 'laquelle', 'lesquels', 'lesquelles'],
  ...['which', 'that', 'who', 'whom'],
  ...['quien', 'quienes', 'cual', 'cuales'],
]);

const PLURAL_PRONOUNS = new Set(['ils', 'elles', 'they', 'ellos', 'ellas']);

/**
 * True when a subject stands for every participant of the meeting: "ils", "les deux ministres",
 * "both sides" (who they are is the meeting's participants, settled once the meeting is known).
 */
export function standsForBothSides(ctx: ArticleContext, sentence: ParsedSentence, subject: Word): boolean {
  if (subject.pos === 'PRON' && PLURAL_PRONOUNS.has(subject.folded)) return true;
  const phrase = subtree(sentence, subject.i)
    .map((w) => w.folded)
    .join(' ');
  return BOTH.has(phrase) || ctx.lexicon.bothSides.some((b) => phrase.includes(b));
}

/** Nouns of the two sides as states: "les deux parties", "both sides", "las dos partes". */
const SIDES = new Set(['parties', 'cotes', 'sides', 'partes', 'lados']);

/**
 * The countries "les deux parties", "both sides" stand for: the two the article is about, beside
 * the meeting's participants who speak for them (`standsForBothSides`).
 */
export function sidesOf(ctx: ArticleContext, sentence: ParsedSentence, subject: Word): ActorRef[] {
  return SIDES.has(subject.folded) && standsForBothSides(ctx, sentence, subject) ? mainCountries(ctx) : [];
}

/** "Both", "tous deux", "ambos" alone, as a subject: the two who met. */
const BOTH = new Set([
  'both',
  'the two',
  'les deux',
  'tous deux',
  'toutes deux',
  'tous les deux',
  'ambos',
  'ambas',
  'los dos',
  'las dos',
]);
/** Spanish third persons plural of the past: "acordaron", "reiteraron", "se comprometieron". */
const THEY_DID = /(aron|ieron)$/;

/**
 * True when a Spanish verb with no subject word is in the third person plural ("Reiteraron su
 * compromiso"): the subject is dropped, and stands for the two sides told of before. A present
 * ("acuerdan") is left out: its ending is also other persons'.
 */
export function droppedPluralSubject(ctx: ArticleContext, sentence: ParsedSentence, verb: Word): boolean {
  if (ctx.language !== 'es') return false;
  const aux = sentence.words.find((w) => w.head === verb.i && w.dep === 'aux' && w.folded === 'han');
  return aux !== undefined || THEY_DID.test(verb.folded);
}

/** "Le texte", "the text", "el texto": the document an article tells of, by the word for any. */
const TEXT = new Set(['texte', 'text', 'texto']);

/** True when a word is a document's noun: "accord", "memorandum", "agreement", "le texte". */
export const isDocument = (ctx: ArticleContext, word: Word) =>
  ctx.lexicon.documentNouns.some(([n]) => n === word.folded || n === word.lemma) || TEXT.has(word.folded);

/** Who signed a document, when it is a verb's object: the subjects of "ont signé un mémorandum". */
export function signersOf(sentence: ParsedSentence, document: Word): Word[] {
  if (document.dep !== 'obj') return [];
  const signer = sentence.words.find((w) => w.head === document.head && w.dep === 'nsubj');
  // "la ministra, X, y el ministro, Y, firmaron": each of the joined subjects signed.
  const joined = sentence.words.filter((w) => w.head === signer?.i && w.dep === 'conj');
  return signer ? [signer, ...joined] : [];
}

/** Adds actors to a list, once each. */
export function addActors(into: ActorRef[], more: ActorRef[]): void {
  for (const a of more) if (!into.some((m) => sameActor(m, a))) into.push(a);
}
