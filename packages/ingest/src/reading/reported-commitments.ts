import {
  ACCORDING,
  addActors,
  invertedSubject,
  SAYS,
  sidesOf,
  standsForBothSides,
  subjectActors,
} from './commitment-makers.js';
import type { ActorMention, ActorRef, ArticleContext } from './context.js';
import { actorsIn } from './context.js';
import { inFuture, onlyPossible } from './future-tense.js';
import { meetingWordsIn } from './meeting-verbs.js';
import { spanText } from './names.js';
import { type ParsedSentence, subtree, type Word } from './parsed.js';

/** What `readCommitments` needs of a commitment read from a reported future. */
export interface ReportedCommitment {
  text: string;
  makers: ActorRef[];
  /** True when who commits stands for every participant: "the two sides will run". */
  bothSides?: boolean;
  evidence: { start: number; end: number };
}

const PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'on', 'he', 'she', 'it', 'they', 'we', 'nous']);
const MAX_WORDS = 20;

/**
 * "Bruxelles a affirmé qu'elle agirait ...", "the minister said he would ...": an actor who says
 * that they themselves will act commits to it. The clause must be in the future or the
 * conditional; when its subject is a pronoun (the sayer) the maker is who says it, when it is an
 * actor the article names ("a indiqué que la France délivrera") it is that actor, who acts. A
 * future whose source the sentence cites is its subject's too (`sourced`, which a caller that has
 * already looked for it passes on). Clauses joined to one with a subject of their own ("X would
 * A and that Y would B") are commitments of their own.
 */
export function reportedFutures(
  ctx: ArticleContext,
  sentence: ParsedSentence,
  sourced = sourcedFuture(ctx, sentence),
): ReportedCommitment[] {
  const found: ReportedCommitment[] = [];
  const actors = actorsIn(ctx, { start: sentence.start, end: sentence.end });
  for (const say of sentence.words) {
    if (say.pos !== 'VERB' || !SAYS.test(say.folded)) continue;
    const sayer = sayerOf(sentence, say);
    const sayers = sayer ? subjectActors(ctx, sentence, sayer, actors) : [];
    for (const reported of sentence.words) {
      // "« Nous ouvrirons un bureau », a-t-il précisé": the parser may make the words reported the
      // root, and the reporting verb after them its parataxis.
      const after = reported.dep === 'root' && say.dep === 'parataxis' && say.head === reported.i;
      const below = reportingVerb(sentence, reported) === say && reported.dep === 'ccomp';
      if (!(after || below) || reported.pos !== 'VERB') continue;
      const joined = ownClauses(sentence, reported);
      for (const verb of [reported, ...joined]) {
        // The reporting verb after the words reported is not what is told.
        const apart = verb === reported ? [...joined, ...(after ? [say] : [])] : [];
        const told = reportedFuture(ctx, sentence, verb, sayers, actors, apart, joined.length > 0);
        if (told) found.push(told);
      }
    }
  }
  if (sourced) {
    const joined = ownClauses(sentence, sourced);
    for (const verb of [sourced, ...joined]) {
      const subject = sentence.words.find((w) => w.head === verb.i && w.dep === 'nsubj');
      const makers = subject ? subjectActors(ctx, sentence, subject, actors) : [];
      const bothSides = subject !== undefined && standsForBothSides(ctx, sentence, subject);
      if (subject) addActors(makers, sidesOf(ctx, sentence, subject));
      const apart = verb === sourced ? joined : [];
      const told = reportedClause(ctx, sentence, verb, subject ?? verb, makers, apart, bothSides);
      if (told) found.push(told);
    }
  }
  return found;
}

/**
 * The subject of a reporting verb, put after it or not ("a-t-il annoncé"), or of the verb it is
 * joined to ("a salué ... et a indiqué que").
 */
function sayerOf(sentence: ParsedSentence, say: Word): Word | undefined {
  const own =
    sentence.words.find((w) => w.head === say.i && w.dep === 'nsubj') ?? invertedSubject(sentence, say);
  const first = say.dep === 'conj' ? sentence.words[say.head] : undefined;
  return own ?? (first && sentence.words.find((w) => w.head === first.i && w.dep === 'nsubj'));
}

/**
 * The verb that reports a clause: its head, or the verb above the noun the parser may hang it on
 * ("told reporters after the meeting that Italy would").
 */
function reportingVerb(sentence: ParsedSentence, clause: Word): Word | undefined {
  const head = sentence.words[clause.head];
  const onNoun = head?.pos === 'NOUN' && ['obj', 'obl'].includes(head.dep);
  return onNoun ? sentence.words[head.head] : head;
}

/** Verbs joined to a clause's verb with a subject of their own: "and that Morocco would train". */
const ownClauses = (sentence: ParsedSentence, verb: Word) =>
  sentence.words.filter(
    (w) =>
      w.head === verb.i &&
      w.dep === 'conj' &&
      w.pos === 'VERB' &&
      sentence.words.some((s) => s.head === w.i && s.dep.startsWith('nsubj')),
  );

/**
 * The commitment a reported clause in the future carries, with its maker: the sayer for a
 * pronoun or a passive, the actor the subject names; a subject that names none but acts on
 * something ("que le Royaume prendrait en charge la formation", "que ses services étudieraient
 * toute proposition") is the sayer's own side.
 */
function reportedFuture(
  ctx: ArticleContext,
  sentence: ParsedSentence,
  verb: Word,
  sayers: ActorRef[],
  actors: ActorMention[],
  apart: Word[],
  fromSubject: boolean,
): ReportedCommitment | undefined {
  const subject = sentence.words.find((w) => w.head === verb.i && w.dep.startsWith('nsubj'));
  if (!subject || !inFuture(ctx, sentence, verb) || onlyPossible(sentence, verb)) return undefined;
  // "a annoncé que les délais seraient ramenés": who says it will be done commits to doing it;
  // a meeting to come ("que la réunion serait organisée") is no commitment.
  const passive = subject.dep.includes('pass');
  const meetingAt = meetingWordsIn(ctx.lexicon, sentence);
  if (passive && (meetingAt.has(verb.i) || meetingAt.has(subject.i))) return undefined;
  // "il agirait": the sayer; "the EU would provide", "la France délivrera": the actor named.
  const pronoun = subject.pos === 'PRON' && PRONOUNS.has(subject.folded);
  const named =
    pronoun || passive || subject.pos === 'PRON' ? [] : subjectActors(ctx, sentence, subject, actors);
  const acts = sentence.words.some((w) => w.head === verb.i && w.dep === 'obj');
  const makers =
    pronoun || passive || (named.length === 0 && subject.pos === 'NOUN' && acts) ? sayers : named;
  // What is to be done is the passive's subject: the clause is told from it; so are clauses of a
  // coordination, each with its own subject ("ANAPEC would pre-select" and "Morocco would train").
  return reportedClause(ctx, sentence, verb, passive || fromSubject ? subject : verb, makers, apart);
}

/**
 * "Selon un communiqué, l'UE mobilisera 200 millions": a main clause in the future whose source
 * the sentence cites is told as that source's announcement; its named subject commits to it. A
 * meeting to come ("selon X, le sommet aura lieu") is no commitment.
 */
export function sourcedFuture(ctx: ArticleContext, sentence: ParsedSentence): Word | undefined {
  const root = sentence.words.find((w) => w.dep === 'root');
  if (root?.pos !== 'VERB' || !inFuture(ctx, sentence, root) || onlyPossible(sentence, root))
    return undefined;
  if (!sentence.words.some((w) => ACCORDING.has(w.folded))) return undefined;
  const subject = sentence.words.find((w) => w.head === root.i && w.dep === 'nsubj');
  const meetingAt = meetingWordsIn(ctx.lexicon, sentence);
  if (!subject || subject.pos === 'PRON' || meetingAt.has(root.i) || meetingAt.has(subject.i))
    return undefined;
  return root;
}

/**
 * What a reported clause commits its makers to: the clause under `root` from the word `from`,
 * cut at 20 words; nothing without makers or with under three words.
 */
export function reportedClause(
  ctx: ArticleContext,
  sentence: ParsedSentence,
  root: Word,
  from: Word,
  makers: ActorRef[],
  apart: Word[] = [],
  bothSides = false,
): ReportedCommitment | undefined {
  if (makers.length === 0 && !bothSides) return undefined;
  // A clause set apart ends this one: what is told is one stretch of text.
  const cut = Math.min(...apart.flatMap((w) => subtree(sentence, w.i).map((x) => x.i)));
  const words = subtree(sentence, root.i)
    .filter((w) => w.i >= from.i && w.i < cut && w.inStory)
    .slice(0, MAX_WORDS);
  // "will answer requests within 21 days, and": the joint before a clause set apart is not told.
  while (words.length > 0 && ['PUNCT', 'CCONJ'].includes(words.at(-1)?.pos ?? '')) words.pop();
  if (words.length < 3) return undefined;
  const span = spanText(ctx.text, words);
  return { text: span.text, makers, bothSides, evidence: { start: span.start, end: span.end } };
}
