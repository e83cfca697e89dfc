import { SAYS, subjectActors } from './commitment-makers.js';
import type { ActorRef, ArticleContext } from './context.js';
import { actorsIn } from './context.js';
import { inFuture } from './future-tense.js';
import { meetingWordsIn } from './meeting-verbs.js';
import { spanText } from './names.js';
import { type ParsedSentence, subtree, type Word } from './parsed.js';

/** What `readCommitments` needs of a commitment read from a reported future. */
export interface ReportedCommitment {
  text: string;
  makers: ActorRef[];
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
 * already looked for it passes on).
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
    const sayer = sentence.words.find((w) => w.head === say.i && w.dep === 'nsubj');
    const sayers = sayer ? subjectActors(ctx, sentence, sayer, actors) : [];
    for (const verb of sentence.words) {
      if (verb.head !== say.i || verb.dep !== 'ccomp' || verb.pos !== 'VERB') continue;
      const subject = sentence.words.find((w) => w.head === verb.i && w.dep.startsWith('nsubj'));
      if (!subject || !inFuture(ctx, sentence, verb)) continue;
      // "a annoncé que les délais seraient ramenés": who says it will be done commits to doing it;
      // a meeting to come ("que la réunion serait organisée") is no commitment.
      const passive = subject.dep.includes('pass');
      const meetingAt = meetingWordsIn(ctx.lexicon, sentence);
      if (passive && (meetingAt.has(verb.i) || meetingAt.has(subject.i))) continue;
      // "il agirait": the sayer; "the EU would provide", "la France délivrera": the actor named.
      const pronoun = subject.pos === 'PRON' && PRONOUNS.has(subject.folded);
      const makers =
        pronoun || passive
          ? sayers
          : subject.pos === 'PRON'
            ? []
            : subjectActors(ctx, sentence, subject, actors);
      // What is to be done is the passive's subject: the clause is told from it.
      const told = reportedClause(ctx, sentence, verb, passive ? subject : verb, makers);
      if (told) found.push(told);
    }
  }
  if (sourced) {
    const subject = sentence.words.find((w) => w.head === sourced.i && w.dep === 'nsubj');
    const makers = subject ? subjectActors(ctx, sentence, subject, actors) : [];
    const told = reportedClause(ctx, sentence, sourced, subject ?? sourced, makers);
    if (told) found.push(told);
  }
  return found;
}

/** Words that cite who a statement comes from: "selon le ministère", "according to", "según". */
const SOURCES = new Set(['selon', 'according', 'segun']);

/**
 * "Selon un communiqué, l'UE mobilisera 200 millions": a main clause in the future whose source
 * the sentence cites is told as that source's announcement; its named subject commits to it. A
 * meeting to come ("selon X, le sommet aura lieu") is no commitment.
 */
export function sourcedFuture(ctx: ArticleContext, sentence: ParsedSentence): Word | undefined {
  const root = sentence.words.find((w) => w.dep === 'root');
  if (root?.pos !== 'VERB' || !inFuture(ctx, sentence, root)) return undefined;
  if (!sentence.words.some((w) => SOURCES.has(w.folded))) return undefined;
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
): ReportedCommitment | undefined {
  if (makers.length === 0) return undefined;
  const words = subtree(sentence, root.i)
    .filter((w) => w.i >= from.i && w.inStory)
    .slice(0, MAX_WORDS);
  if (words.length < 3) return undefined;
  const span = spanText(ctx.text, words);
  return { text: span.text, makers, evidence: { start: span.start, end: span.end } };
}
