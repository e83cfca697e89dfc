import type { COMMITMENT_KINDS } from '@diplograph/schema';
import { foldText } from '@diplograph/schema';
import { addActors, isDocument, mainCountries, subjectActors } from './commitment-makers.js';
import { type ActorRef, type ArticleContext, actorAt, actorsIn, sameActor } from './context.js';
import { spanText } from './names.js';
import { nominalCommitments } from './nominal-commitments.js';
import { type ParsedSentence, subtree, type Word } from './parsed.js';
import type { Passage } from './people.js';
import { reportedFutures } from './reported-commitments.js';
import { entriesOf, findTriggers } from './triggers.js';

type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

/** What an actor promised, decided, agreed or called for. */
export interface CommitmentReading {
  /** What was committed, as the text says it (the verb and its complement). */
  text: string;
  kind: CommitmentKind;
  /** The actors who made it; empty when "les deux ministres" stands for a meeting's participants. */
  makers: ActorRef[];
  /** True when the subject stands for every participant: "les deux parties". */
  bothSides: boolean;
  evidence: Passage;
  sentence: number;
}

/** The kind each commitment verb gives, by its lemma; verbs not listed are commitments. */
const KIND_OF: Record<string, CommitmentKind> = {
  decider: 'decision',
  convenir: 'decision',
  accorder: 'decision',
  approuver: 'decision',
  agree: 'decision',
  decide: 'decision',
  approve: 'decision',
  resolve: 'decision',
  acordar: 'decision',
  decidir: 'decision',
  aprobar: 'decision',
  decision: 'decision',
  accord: 'decision',
  agreement: 'decision',
  acuerdo: 'decision',
  appeler: 'intention',
  appel: 'intention',
  llamamiento: 'intention',
  plaider: 'intention',
  exhorter: 'intention',
  preconiser: 'intention',
  proposer: 'intention',
  envisager: 'intention',
  call: 'intention',
  urge: 'intention',
  propose: 'intention',
  llamar: 'intention',
  abogar: 'intention',
  instar: 'intention',
  proponer: 'intention',
  creer: 'measure',
  mesure: 'measure',
  lancer: 'measure',
  establish: 'measure',
  launch: 'measure',
  crear: 'measure',
  establecer: 'measure',
};
const MAX_WORDS = 20;
/** Adjectives that commit their subject to what follows: "le Maroc est prêt à". */
const READY = /^(pret|dispose|engage|ready|willing|committed|dispuest|comprometid)/;
const NEGATIONS = new Set(['pas', 'jamais', 'not', "n't", 'never', 'no', 'nunca']);
const WISHES = /^(souhait|wish|dese)/;
const IMPERSONAL = /^(convient|faut|agit)/;
const RELATIVE = new Set(['qui', 'which', 'that', 'que', 'who']);
const PLURAL_PRONOUNS = new Set(['ils', 'elles', 'they', 'ellos', 'ellas']);

/** The subject of a verb, climbing auxiliaries and control verbs ("ont décidé de créer"). */
function subjectsOf(sentence: ParsedSentence, verb: Word): Word[] {
  let at: Word | undefined = verb;
  for (let hops = 0; at && hops < 4; hops++) {
    const subjects = sentence.words.filter((w) => w.head === at?.i && w.dep.startsWith('nsubj'));
    if (subjects.length > 0) {
      const joined = sentence.words.filter((w) => subjects.some((s) => w.head === s.i && w.dep === 'conj'));
      // "un mémorandum qui prévoit": the relative pronoun stands for the noun the clause is on.
      const relative =
        subjects.length === 1 && RELATIVE.has(subjects[0]?.folded ?? '') && at.dep === 'acl:relcl';
      const antecedent = relative ? sentence.words[at.head] : undefined;
      return antecedent ? [antecedent] : [...subjects, ...joined];
    }
    // A participle or a verb the parser left loose ("calling for", "et prévoit") has the subject
    // of the clause it hangs on.
    const loose =
      ['dep', 'parataxis'].includes(at.dep) || (hops > 0 && at.pos === 'NOUN' && at.dep === 'obl');
    if (!['xcomp', 'ccomp', 'conj', 'advcl'].includes(at.dep) && !loose) break;
    at = sentence.words[at.head];
  }
  return [];
}

/** The words of the subject phrase, to compare it with "les deux ministres". */
const phraseOf = (sentence: ParsedSentence, word: Word) =>
  subtree(sentence, word.i)
    .map((w) => w.folded)
    .join(' ');

/**
 * The commitments of an article: a commitment verb ("s'engager à", "convenir de", "agree",
 * "acordar") whose subject is an actor the article names, or the participants as a whole ("les
 * deux ministres"). What was committed is the verb with its complement, cut at 20 words.
 */
export function readCommitments(ctx: ArticleContext): CommitmentReading[] {
  const found: CommitmentReading[] = [];
  const verbs = entriesOf(ctx.lexicon.commitmentVerbs);
  for (const sentence of ctx.sentences) {
    const actors = actorsIn(ctx, { start: sentence.start, end: sentence.end });
    const committed = new Set<number>();
    for (const trigger of findTriggers(sentence, verbs)) {
      const verb = trigger.head;
      if (verb.pos !== 'VERB' && !(verb.pos === 'ADJ' && READY.test(verb.folded))) continue;
      const below = sentence.words.filter((w) => w.head === verb.i);
      if (below.some((w) => NEGATIONS.has(w.folded))) continue;
      // "souhaiter plein succès" is a wish; "souhaiter approfondir" an intention.
      if (WISHES.test(verb.folded) && !below.some((w) => ['xcomp', 'ccomp'].includes(w.dep))) continue;
      // "stressed the need to" commits; "stressed that" reports.
      if (/^stress/.test(verb.folded) && !below.some((w) => w.dep === 'obj' && w.pos === 'NOUN')) continue;
      // "s'engagent à créer": the second verb is part of the first one's commitment.
      if (
        found.some(
          (c) =>
            c.sentence === sentence.index && c.evidence.start <= verb.start && verb.end <= c.evidence.end,
        )
      )
        continue;
      const makers: ActorRef[] = [];
      let bothSides = false;
      const subjects = subjectsOf(sentence, verb);
      // "il convient de noter": no one commits.
      if (subjects.some((w) => w.dep === 'expl' || (w.folded === 'il' && IMPERSONAL.test(verb.folded))))
        continue;
      for (const subject of subjects) {
        // The subject of a passive is what was agreed, not who agreed it.
        if (subject.dep.includes('pass')) continue;
        const phrase = phraseOf(sentence, subject);
        if (PLURAL_PRONOUNS.has(subject.folded) && subject.pos === 'PRON') bothSides = true;
        if (ctx.lexicon.bothSides.some((b) => phrase.includes(b))) bothSides = true;
        addActors(makers, subjectActors(ctx, sentence, subject, actors));
      }
      // "un accord prévoyant le rapatriement", "an agreement aiming to": the document's parties.
      const governor = sentence.words[verb.head];
      if (makers.length === 0 && !bothSides && governor && verb.dep === 'acl' && isDocument(ctx, governor))
        addActors(makers, mainCountries(ctx));
      // "a précisé M. Schinas, plaidant pour": a participle on a name is that actor's.
      const onActor = governor && ['acl', 'advcl'].includes(verb.dep) ? actorAt(actors, governor) : undefined;
      if (makers.length === 0 && !bothSides && onActor) makers.push(onActor.actor);
      if (makers.length === 0 && !bothSides) continue;
      // "en établissant des procédures ... et en soutenant le recrutement": one commitment.
      if (verb.dep === 'conj' && committed.has(verb.head)) continue;
      committed.add(verb.i);
      const complement = subtree(sentence, verb.i).filter((w) => w.i >= verb.i && w.inStory);
      const words = complement.slice(0, MAX_WORDS);
      // A complement that stops at the first full stop or semicolon of the clause.
      const stop = words.findIndex((w, k) => k > 0 && [';', '.', '»'].includes(w.text));
      const kept = stop > 0 ? words.slice(0, stop) : words;
      if (kept.length < 3) continue;
      const span = spanText(ctx.text, kept);
      found.push({
        text: span.text,
        kind: KIND_OF[verb.lemma] ?? 'commitment',
        makers,
        bothSides,
        evidence: { start: span.start, end: span.end },
        sentence: sentence.index,
      });
    }
    const overlapsFound = (evidence: Passage) =>
      found.some((c) => c.evidence.start < evidence.end && evidence.start < c.evidence.end);
    for (const n of nominalCommitments(ctx, sentence, actors))
      if (!overlapsFound(n.evidence))
        found.push({
          text: n.text,
          kind: KIND_OF[n.noun.lemma] ?? 'commitment',
          makers: n.makers,
          bothSides: false,
          evidence: n.evidence,
          sentence: sentence.index,
        });
    // "a affirmé qu'elle agirait": a commitment no commitment verb carries.
    for (const r of reportedFutures(ctx, sentence)) {
      if (!overlapsFound(r.evidence))
        found.push({ ...r, kind: 'commitment', bothSides: false, sentence: sentence.index });
    }
  }
  return withoutRepeats(found);
}

/** Words of four letters or more, folded: what two statements of one commitment share. */
const contentWords = (text: string) =>
  new Set(
    foldText(text)
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 4),
  );

/**
 * An article often states a commitment twice, in its title and its body ("Le Maroc promet de
 * reprendre tous les Marocains ..."): a later one by the same makers that shares half its words
 * with an earlier one is a repeat.
 */
function withoutRepeats(found: CommitmentReading[]): CommitmentReading[] {
  const kept: CommitmentReading[] = [];
  for (const c of found) {
    const words = contentWords(c.text);
    const repeat = kept.some((k) => {
      if (
        k.makers.length !== c.makers.length ||
        !k.makers.every((m) => c.makers.some((n) => sameActor(m, n)))
      )
        return false;
      const other = contentWords(k.text);
      const shared = [...words].filter((w) => other.has(w)).length;
      return shared >= 3 && shared >= 0.4 * Math.min(words.size, other.size);
    });
    if (!repeat) kept.push(c);
  }
  return kept;
}
