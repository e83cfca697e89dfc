import { SAYS, subjectActors } from './commitment-makers.js';
import type { ActorRef, ArticleContext } from './context.js';
import { actorsIn } from './context.js';
import { spanText } from './names.js';
import { type ParsedSentence, subtree, type Word } from './parsed.js';

/** What `readCommitments` needs of a commitment read from a reported future. */
export interface ReportedCommitment {
  text: string;
  makers: ActorRef[];
  evidence: { start: number; end: number };
}

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
const PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'on', 'he', 'she', 'it', 'they', 'we', 'nous']);
const MAX_WORDS = 20;

/** True when the verb is in the future or the conditional, by its ending or its auxiliary. */
function isFuture(ctx: ArticleContext, sentence: ParsedSentence, verb: Word): boolean {
  const ending = FUTURE[ctx.language];
  if (ending && verb.text.length > 4 && ending.test(verb.text.toLowerCase())) return true;
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
 * "Bruxelles a affirmé qu'elle agirait ...", "the minister said he would ...": an actor who says
 * that they themselves will act commits to it. The clause must be in the future or the
 * conditional and its subject a pronoun (the sayer); the maker is who says it.
 */
export function reportedFutures(ctx: ArticleContext, sentence: ParsedSentence): ReportedCommitment[] {
  const found: ReportedCommitment[] = [];
  const actors = actorsIn(ctx, { start: sentence.start, end: sentence.end });
  for (const say of sentence.words) {
    if (say.pos !== 'VERB' || !SAYS.test(say.folded)) continue;
    const sayer = sentence.words.find((w) => w.head === say.i && w.dep === 'nsubj');
    if (!sayer) continue;
    const makers = subjectActors(ctx, sentence, sayer, actors);
    if (makers.length === 0) continue;
    for (const verb of sentence.words) {
      if (verb.head !== say.i || verb.dep !== 'ccomp' || verb.pos !== 'VERB') continue;
      const subject = sentence.words.find((w) => w.head === verb.i && w.dep.startsWith('nsubj'));
      if (subject?.pos !== 'PRON' || !PRONOUNS.has(subject.folded)) continue;
      if (!isFuture(ctx, sentence, verb)) continue;
      const words = subtree(sentence, verb.i)
        .filter((w) => w.i >= verb.i && w.inStory)
        .slice(0, MAX_WORDS);
      if (words.length < 3) continue;
      const span = spanText(ctx.text, words);
      found.push({ text: span.text, makers, evidence: { start: span.start, end: span.end } });
    }
  }
  return found;
}
