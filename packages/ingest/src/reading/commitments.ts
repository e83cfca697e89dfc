import type { COMMITMENT_KINDS } from '@diplograph/schema';
import { foldText } from '@diplograph/schema';
import { overlaps } from '../text/region.js';
import { announcedMeasures } from './announced-measures.js';
import {
  actorIn,
  addActors,
  droppedPluralSubject,
  FIRST_PLURAL,
  isDocument,
  mainCountries,
  NEGATIONS,
  RELATIVE,
  sidesOf,
  signersOf,
  standsForBothSides,
  subjectActors,
} from './commitment-makers.js';
import {
  type ActorMention,
  type ActorRef,
  type ArticleContext,
  actorAt,
  actorsIn,
  inside,
  sameActor,
} from './context.js';
import { inFuture } from './future-tense.js';
import { meetingVerbsIn, meetingWordsIn } from './meeting-verbs.js';
import { spanText } from './names.js';
import { nominalCommitments } from './nominal-commitments.js';
import { type ParsedSentence, subtree, type Word } from './parsed.js';
import type { Passage } from './people.js';
import { reportedFutures, sourcedFuture } from './reported-commitments.js';
import { reportedObligations } from './reported-obligations.js';
import { statedAims } from './stated-aims.js';
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

/**
 * The kind each commitment word gives, by the start of its folded form or lemma (the French model
 * gives no lemmas): "convenu", "agreed", "acordaron" decide; words not listed are commitments.
 */
const KINDS: Array<[CommitmentKind, RegExp]> = [
  [
    'decision',
    /^(decid|decis|conven|convien|convin|accord|approuv|agre|approv|resol|acord|acuerd|aprob|accept|acept|mis$|mett|met$|pus|pon)/,
  ],
  [
    'intention',
    /^(appel|plaid|exhort|precon|propos|envisag|call|urg|llam|abog|insta|propon|neces|need|volont|willing|determin|voluntad|apost|apuest|defend|defiend|advocat|demand|invit|encourag|alent|solicit|pid|pedi|reclam|exig)/,
  ],
  ['measure', /^(cree|creer|creat|mesure|lanc|establish|launch|crea|establec|annonc|announc|anunci)/],
];
const kindOf = (word: Word): CommitmentKind =>
  KINDS.find(([, stem]) => stem.test(word.folded) || stem.test(word.lemma))?.[0] ?? 'commitment';
const MAX_WORDS = 20;
/** The passage that supports a commitment: its whole clause, up to a stop, at most 40 words. */
const EVIDENCE_WORDS = 40;
/** Adjectives that commit their subject to what follows: "le Maroc est prêt à". */
const READY =
  /^(pret|dispose|engage|determine|ready|willing|committed|determined|dispuest|comprometid|decidid)/;
/**
 * "Ready", "prêt" as what is said of the subject: an adjective, or the predicate of "se dire",
 * "se montrer" that the tagger may take for a noun ("le Maroc s'est dit prêt à").
 */
const readyPredicate = (word: Word) =>
  READY.test(word.folded) && (word.pos === 'ADJ' || (word.pos === 'NOUN' && word.dep === 'xcomp'));
/**
 * Verbs that commit only with a noun object: "stressed the need", "annonce la création", "a lancé un
 * programme"; "« ... », a lancé M. X" says, "Créé en 2006, le Processus" tells a past.
 */
const OBJECT_ONLY = /^(stress|annonc|announc|anunci|lanc|launch|lanz|cree|creat|crea)/;
/** Verbs that commit only when their object is a need: "stressed the need to", not "the importance of". */
const STRESSES = /^stress/;
/** Verbs of support that, with a clause, argue instead: "soutenir que", "defender que". */
const ARGUES = /^(souten|soutien|defend|defiend|support|apoy|respald)/;
/** "Entendre" intends only with what is intended: "entend renforcer". */
const HEARS = /^entend/;
/** A commitment verb is denied by "ne" alone too: "ne ... plus", "ne ... guère", whatever ends it. */
const DENIED = new Set([...NEGATIONS, 'ne', "n'", 'n’']);
const WISHES = /^(souhait|wish|dese)/;
/** "Vouloir" intends what its subject will do or have, not what others will: "voulons que". */
const WANTS = /^(voul|want|quier|quer)/;
const IMPERSONAL = /^(convient|faut|agit)/;

const INVITES = /^invit/;

/** True when what follows a verb, within its clause, tells of a meeting or of taking part in one. */
function toMeeting(ctx: ArticleContext, sentence: ParsedSentence, verb: Word): boolean {
  const meeting = meetingWordsIn(ctx.lexicon, sentence);
  for (const t of findTriggers(sentence, entriesOf(ctx.lexicon.attendingVerbs))) meeting.add(t.head.i);
  return subtree(sentence, verb.i).some((w) => w.i > verb.i && meeting.has(w.i));
}

/** True when a word is a verb that reports a meeting: "a reçu", "met", "se reunió". */
function meetsAt(ctx: ArticleContext, sentence: ParsedSentence, word: Word | undefined): boolean {
  return meetingVerbsIn(ctx.lexicon, sentence).some((t) => t.head.i === word?.i);
}

/**
 * "M. X a rappelé que le Royaume avait démantelé des réseaux et a appelé l'UE à": the parser may
 * join a verb to the clause reported, when its own auxiliary, unlike that clause's, is the
 * reporting verb's; it is then the reporting verb's conjunct, with its subject.
 */
function misjoined(sentence: ParsedSentence, verb: Word): Word | undefined {
  const clause = sentence.words[verb.head];
  const reporting = clause && sentence.words[clause.head];
  if (verb.dep !== 'conj' || clause?.dep !== 'ccomp' || !reporting) return undefined;
  const auxOf = (w: Word) => sentence.words.find((a) => a.head === w.i && a.dep === 'aux')?.folded;
  const own = auxOf(verb);
  const marked = (w: Word) => sentence.words.some((m) => m.head === w.i && m.dep === 'mark');
  if (!own || marked(verb) || !marked(clause) || own === auxOf(clause) || own !== auxOf(reporting))
    return undefined;
  return reporting;
}

/**
 * What a relative clause is on: the noun it hangs on, or the document that noun is the
 * complement of ("un mémorandum d'entente sur la coopération, qui crée un comité").
 */
function documentOf(ctx: ArticleContext, sentence: ParsedSentence, noun: Word | undefined): Word | undefined {
  const head = noun && sentence.words[noun.head];
  const inName =
    noun && !isDocument(ctx, noun) && noun.dep.startsWith('nmod') && head && isDocument(ctx, head);
  return inName ? head : noun;
}

/** The subject of a verb, climbing auxiliaries and control verbs ("ont décidé de créer"). */
function subjectsOf(ctx: ArticleContext, sentence: ParsedSentence, verb: Word): Word[] {
  let at: Word | undefined = misjoined(sentence, verb) ?? verb;
  for (let hops = 0; at && hops < 4; hops++) {
    const subjects = sentence.words.filter((w) => w.head === at?.i && w.dep.startsWith('nsubj'));
    if (subjects.length > 0) {
      const joined = sentence.words.filter((w) => subjects.some((s) => w.head === s.i && w.dep === 'conj'));
      // "un mémorandum qui prévoit": the relative pronoun stands for the noun the clause is on.
      const relative =
        subjects.length === 1 && RELATIVE.has(subjects[0]?.folded ?? '') && at.dep === 'acl:relcl';
      const antecedent = relative ? documentOf(ctx, sentence, sentence.words[at.head]) : undefined;
      return antecedent ? [antecedent] : [...subjects, ...joined];
    }
    // A participle or a verb the parser left loose ("calling for", "et prévoit") has the subject
    // of the clause it hangs on.
    const loose =
      ['dep', 'parataxis'].includes(at.dep) || (hops > 0 && at.pos === 'NOUN' && at.dep === 'obl');
    if (!['xcomp', 'ccomp', 'conj', 'advcl'].includes(at.dep) && !loose) break;
    at = sentence.words[at.head];
  }
  return looseGerund(sentence, verb) ? subjectOfSentence(sentence) : [];
}

/**
 * "She expressed her commitment to X, calling for Y": a gerund the parser left loose, on a word of
 * a phrase with no subject, goes on with the sentence's main clause: its subject's doing.
 */
const looseGerund = (sentence: ParsedSentence, verb: Word) =>
  GERUND.test(verb.folded) &&
  ['dep', 'advcl', 'parataxis'].includes(verb.dep) &&
  !sentence.words.some((w) => w.head === verb.i && w.dep === 'mark' && w.folded !== 'en');

/** The subject of the sentence's main verb, if any. */
function subjectOfSentence(sentence: ParsedSentence): Word[] {
  const root = sentence.words.find((w) => w.dep === 'root');
  return sentence.words.filter((w) => w.head === root?.i && w.dep === 'nsubj');
}

/**
 * "Prêt à aider les agriculteurs, le préfet a ...", "Determined to act, the minister ...": a word of
 * readiness that opens the sentence, set off by a comma, is said of the subject that follows the
 * comma.
 */
function detachedSubject(sentence: ParsedSentence, word: Word): Word[] {
  const opens = sentence.words.slice(0, word.i).every((w) => w.pos === 'PUNCT' || w.pos === 'ADV');
  if (!opens || !READY.test(word.folded)) return [];
  const comma = sentence.words.find((w) => w.i > word.i && w.text === ',');
  // The parser often gets such a sentence wrong: the noun phrase right after the comma will do.
  const subject = comma && sentence.words.find((w) => w.i > comma.i && w.pos !== 'DET');
  return subject && ['NOUN', 'PROPN', 'PRON'].includes(subject.pos) ? [subject] : [];
}

/** Endings of a gerund or a present participle: "en soutenant", "strengthening", "reforzando". */
const GERUND = /(ant|ing|ando|iendo)$/;

/**
 * True when a verb joined to another is a clause of its own, a finite verb ("décident ... et
 * appellent"), not a gerund that goes on with the first one ("en établissant ... et en soutenant")
 * nor an infinitive that shares its governor ("de créer ... et de lancer").
 */
function ownClause(sentence: ParsedSentence, verb: Word): boolean {
  if (verb.pos !== 'VERB' || GERUND.test(verb.folded)) return false;
  return !sentence.words.some((w) => w.head === verb.i && w.dep === 'mark');
}

/** What puts a relative pronoun after "with": "avec qui", "con quien", "with whom". */
const WITH = new Set(['avec', 'con', 'with']);

/**
 * The noun a relative clause "with whom" is on, when the verb is that clause's: "son homologue,
 * avec qui il a convenu", "su homólogo, con quien acordó".
 */
function withWhom(sentence: ParsedSentence, verb: Word): Word | undefined {
  if (!['acl', 'acl:relcl'].includes(verb.dep)) return undefined;
  const whom = sentence.words.find(
    (w) =>
      w.head === verb.i &&
      w.pos === 'PRON' &&
      RELATIVE.has(w.folded) &&
      sentence.words.some((c) => c.head === w.i && c.dep === 'case' && WITH.has(c.folded)),
  );
  return whom && sentence.words[verb.head];
}

/** The subject of the verb a word hangs on, climbing nouns: "X a reçu son homologue". */
function subjectOf(sentence: ParsedSentence, word: Word | undefined): Word | undefined {
  let at = word;
  for (let hops = 0; at && at.pos !== 'VERB' && hops < 3; hops++) at = sentence.words[at.head];
  return at && sentence.words.find((w) => w.head === at?.i && w.dep === 'nsubj');
}

/** Pronouns that stand for no one: "il a été convenu", "it was agreed". */
const IT = new Set(['il', 'it']);

/**
 * "Il a été convenu de créer", "It was agreed to set up", "Se acordó crear": a decision told in
 * the impersonal passive, with what was decided as its complement, is the meeting's sides'.
 */
function impersonalPassive(sentence: ParsedSentence, verb: Word, subjects: Word[]): boolean {
  const below = sentence.words.filter((w) => w.head === verb.i);
  if (!below.some((w) => ['xcomp', 'ccomp', 'csubj'].includes(w.dep))) return false;
  const [subject, ...others] = subjects;
  // "y se decidió estudiar": a verb with its own "se" and no subject of its own is impersonal,
  // whatever subject the parser lets it share with the clause it is joined to.
  const own = below.some((w) => w.dep.startsWith('nsubj'));
  if (!own && below.some((w) => w.pos === 'PRON' && w.folded === 'se' && w.i < verb.i)) return true;
  return (
    subject !== undefined &&
    others.length === 0 &&
    subject.pos === 'PRON' &&
    IT.has(subject.folded) &&
    subject.dep === 'nsubj:pass'
  );
}

/** The actor a name's head word names, with its title ("M. Schinas" for "M."), and nothing wider. */
const nameAt = (sentence: ParsedSentence, head: Word, actors: ActorMention[]) =>
  actorAt(actors, head) ??
  sentence.words
    .filter((w) => w.head === head.i && w.dep === 'flat:name')
    .map((w) => actorAt(actors, w))
    .find((a) => a !== undefined);

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
    /** What the sentence's commitments say, as their text (their evidence may run further). */
    const told: Passage[] = [];
    const triggers = findTriggers(sentence, verbs);
    const commitsToo = new Set(triggers.map((t) => t.head.i));
    const sourced = sourcedFuture(ctx, sentence);
    for (const trigger of triggers) {
      const verb = trigger.head;
      if (verb.pos !== 'VERB' && !readyPredicate(verb)) continue;
      const below = sentence.words.filter((w) => w.head === verb.i);
      if (below.some((w) => DENIED.has(w.folded))) continue;
      // "souhaiter plein succès" is a wish; "souhaiter approfondir" an intention.
      if (WISHES.test(verb.folded) && !below.some((w) => ['xcomp', 'ccomp'].includes(w.dep))) continue;
      // "a invité son homologue à y prendre part", "invitó a X a presidir esa sesión": an
      // invitation to a meeting, which the meeting's reading tells, commits no one.
      if (INVITES.test(verb.folded) && toMeeting(ctx, sentence, verb)) continue;
      // "nous voulons attirer", "wants more visas" intend; "voulons que" wishes others would act.
      if (WANTS.test(verb.folded) && below.some((w) => w.dep === 'ccomp')) continue;
      // "a soutenu que", "defended that": an opinion argued, not a support given.
      if (ARGUES.test(verb.folded) && below.some((w) => w.dep === 'ccomp')) continue;
      // "entend renforcer" intends; "a entendu les témoignages" hears.
      if (HEARS.test(verb.folded) && !below.some((w) => w.dep === 'xcomp' || w.dep === 'ccomp')) continue;
      // "stressed the need to", "a annoncé la création de" commit; "stressed that", "a annoncé que" report.
      const objects = below.filter((w) => w.dep === 'obj' && w.pos === 'NOUN');
      if (OBJECT_ONLY.test(verb.folded) && objects.length === 0) continue;
      if (STRESSES.test(verb.folded) && !objects.some((w) => ctx.lexicon.commitmentNouns.includes(w.folded)))
        continue;
      // "a reçu son homologue pour renforcer la coopération", "met to strengthen ties": why they
      // met, not what they committed to.
      if (['advcl', 'xcomp'].includes(verb.dep) && meetsAt(ctx, sentence, sentence.words[verb.head]))
        continue;
      // "selon X, l'UE mobilisera 200 millions pour soutenir", "a annoncé que la Commission
      // mobiliserait 150 millions pour soutenir": why is part of what will be done.
      if (['advcl', 'xcomp'].includes(verb.dep) && sourced?.i === verb.head) continue;
      const reported = sentence.words[verb.head];
      if (verb.dep === 'advcl' && reported?.dep === 'ccomp' && inFuture(ctx, sentence, reported)) continue;
      // "s'engagent à créer": the second verb is part of the first one's commitment.
      if (told.some((t) => t.start <= verb.start && verb.end <= t.end)) continue;
      const makers: ActorRef[] = [];
      let bothSides = false;
      const subjects = subjectsOf(ctx, sentence, verb);
      if (subjects.length === 0) subjects.push(...detachedSubject(sentence, verb));
      // "il convient de noter": no one commits.
      if (subjects.some((w) => w.dep === 'expl' || (w.folded === 'il' && IMPERSONAL.test(verb.folded))))
        continue;
      const kind = kindOf(verb);
      if (subjects.length === 0 && droppedPluralSubject(ctx, sentence, verb)) bothSides = true;
      if (kind === 'decision' && impersonalPassive(sentence, verb, subjects)) bothSides = true;
      // "Les deux ministres sont convenus de créer": a subject with an infinitive to do is who agreed.
      const toDo = below.some((w) => w.dep === 'xcomp' && w.pos === 'VERB');
      for (const subject of subjects) {
        // The subject of a passive is what was agreed, not who agreed it; but who "is committed"
        // or "est engagé" is who commits.
        const agrees = READY.test(verb.folded) || (toDo && !IT.has(subject.folded));
        if (subject.dep.includes('pass') && !agrees) continue;
        if (standsForBothSides(ctx, sentence, subject)) bothSides = true;
        addActors(makers, sidesOf(ctx, sentence, subject));
        // "Nous avons convenu", "on a convenu": who speaks agreed with the other side.
        if (kind === 'decision' && FIRST_PLURAL.has(subject.folded) && subject.pos === 'PRON')
          bothSides = true;
        addActors(makers, subjectActors(ctx, sentence, subject, actors));
        // "Le texte engage les États à", "l'accord prévoit": the document's parties, the meeting's sides.
        if (isDocument(ctx, subject)) bothSides = true;
        // "les deux ministres ont signé un mémorandum qui crée un comité": its signers commit too.
        for (const signer of isDocument(ctx, subject) ? signersOf(sentence, subject) : []) {
          if (standsForBothSides(ctx, sentence, signer)) bothSides = true;
          addActors(makers, subjectActors(ctx, sentence, signer, actors));
        }
      }
      // "a reçu son homologue, avec qui il a convenu de", "con quien acordó crear": the one the
      // clause is on agreed too, with the main clause's subject when the clause has none.
      const partner = withWhom(sentence, verb);
      if (partner) {
        addActors(makers, subjectActors(ctx, sentence, partner, actors));
        const host = subjects.length === 0 ? subjectOf(sentence, sentence.words[partner.head]) : undefined;
        if (host) addActors(makers, subjectActors(ctx, sentence, host, actors));
      }
      // "un accord prévoyant le rapatriement", "an agreement aiming to": the document's parties.
      const governor = sentence.words[verb.head];
      // "le plan proposé par le Maroc" is a passive participle: it says who proposed the plan, not
      // what the plan commits to.
      const passive = sentence.words.some((w) => w.head === verb.i && w.dep === 'obl:agent');
      if (
        makers.length === 0 &&
        !bothSides &&
        governor &&
        verb.dep === 'acl' &&
        !passive &&
        isDocument(ctx, governor)
      )
        addActors(makers, mainCountries(ctx));
      // "a précisé M. Schinas, plaidant pour": a participle on a name is that actor's.
      const onActor =
        governor && ['acl', 'advcl'].includes(verb.dep) ? nameAt(sentence, governor, actors) : undefined;
      if (makers.length === 0 && !bothSides && onActor) makers.push(onActor.actor);
      // "Several organisations, including the group X, called for": the parser may make the
      // subject the sentence's root, and its verb a participle on it; the actor its phrase names.
      // A root with a copula or a subject of its own ("X est une plateforme visant à") is no subject.
      const predicated = sentence.words.some(
        (w) => w.head === governor?.i && (w.dep === 'cop' || w.dep.startsWith('nsubj')),
      );
      const within =
        governor?.pos === 'NOUN' && governor.dep === 'root' && !predicated && verb.dep === 'acl' && !passive
          ? actorIn(sentence, governor, actors)
          : undefined;
      if (makers.length === 0 && !bothSides && within && governor && !inside(within, governor))
        makers.push(within.actor);
      if (makers.length === 0 && !bothSides) continue;
      // "en établissant des procédures ... et en soutenant le recrutement": one commitment.
      if (verb.dep === 'conj' && committed.has(verb.head) && !ownClause(sentence, verb)) continue;
      committed.add(verb.i);
      // "décident de créer X et appellent l'UE à Y", "s'engagent à X, tout en appelant l'UE à Y":
      // the second verb is a commitment of its own ("to support", why the first is made, is not).
      const apart = new Set(
        sentence.words
          .filter(
            (w) =>
              w.head === verb.i &&
              ((w.dep === 'conj' && ownClause(sentence, w)) ||
                (w.dep === 'advcl' && GERUND.test(w.folded) && commitsToo.has(w.i))),
          )
          .flatMap((w) => subtree(sentence, w.i).map((x) => x.i)),
      );
      const complement = subtree(sentence, verb.i).filter(
        (w) => w.i >= verb.i && w.inStory && !apart.has(w.i),
      );
      // A complement that stops at the first full stop or semicolon of the clause.
      const stop = complement.findIndex((w, k) => k > 0 && [';', '.', '»'].includes(w.text));
      const clause = (stop > 0 ? complement.slice(0, stop) : complement).slice(0, EVIDENCE_WORDS);
      // "s'engagent à X, tout en appelant": the comma before a verb set apart is not what was committed.
      while (clause.length > 0 && clause.at(-1)?.pos === 'PUNCT') clause.pop();
      const kept = clause.slice(0, MAX_WORDS);
      if (kept.length < 3) continue;
      const span = spanText(ctx.text, kept);
      const evidence = spanText(ctx.text, clause);
      told.push({ start: span.start, end: span.end });
      found.push({
        text: span.text,
        kind,
        makers,
        bothSides,
        evidence: { start: evidence.start, end: evidence.end },
        sentence: sentence.index,
      });
    }
    const overlapsFound = (evidence: Passage) => found.some((c) => overlaps(c.evidence, evidence));
    for (const n of nominalCommitments(ctx, sentence, actors))
      if (!overlapsFound(n.evidence))
        found.push({
          text: n.text,
          kind: kindOf(n.noun),
          makers: n.makers,
          bothSides: n.bothSides,
          evidence: n.evidence,
          sentence: sentence.index,
        });
    // "a affirmé qu'elle agirait": a commitment no commitment verb carries.
    for (const r of reportedFutures(ctx, sentence, sourced)) {
      if (!overlapsFound(r.evidence))
        found.push({ ...r, kind: 'commitment', bothSides: r.bothSides ?? false, sentence: sentence.index });
    }
    // "a souligné que la coopération devait être renforcée": a call no commitment verb carries.
    for (const r of reportedObligations(ctx, sentence)) {
      if (!overlapsFound(r.evidence))
        found.push({ ...r, kind: 'intention', bothSides: r.bothSides ?? false, sentence: sentence.index });
    }
    // "l'objectif est de renforcer": an aim no commitment verb carries.
    for (const a of statedAims(ctx, sentence, actors)) {
      if (!overlapsFound(a.evidence))
        found.push({ ...a, kind: 'intention', bothSides: a.bothSides ?? false, sentence: sentence.index });
    }
    // "un officier de liaison sera présent à Rabat": a measure announced in the future.
    for (const m of announcedMeasures(ctx, sentence, actors)) {
      if (!overlapsFound(m.evidence)) found.push({ ...m, kind: 'measure', sentence: sentence.index });
    }
  }
  return withoutRepeats(bodyFirst(ctx, found));
}

/**
 * A headline (and the standfirst over the byline) sums up what the body then tells in full ("Rabat et Madrid renforcent leur
 * coordination", over "les deux parties ont convenu de renforcer les patrouilles"), in other words
 * and often with other makers: when the body tells commitments, the headline's are theirs again.
 */
function bodyFirst(ctx: ArticleContext, found: CommitmentReading[]): CommitmentReading[] {
  const tops = [ctx.headline, ctx.lead].filter((p) => p !== null);
  if (tops.length === 0) return found;
  const inBody = found.filter((c) => !tops.some((top) => inside(top, c.evidence)));
  return inBody.length > 0 ? inBody : found;
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
