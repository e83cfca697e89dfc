import { NEGATIONS, RELATIVE, SAYS, subjectActors } from './commitment-makers.js';
import { type ArticleContext, actorsIn } from './context.js';
import type { ParsedSentence, Word } from './parsed.js';
import { type ReportedCommitment, reportedClause } from './reported-commitments.js';

/** Modals of obligation: "doit", "devrait", "il faut", "must", "should", "debe", "debería". */
const MUST =
  /^(doi[st]|doivent|dev(ait|aient|rait|raient|ra|ront)|fa(ut|llait|udrait|udra)|must|should|ought|deb(e|en|ia|ian|eria|erian|era|eran))$/;
/** A negation, or "ne … plus": an obligation no longer held. */
const DENIES = new Set([...NEGATIONS, 'plus']);
/** Words that open a reported clause: "a souligné que", "said that", "afirmó que". */
const THAT = new Set(['que', "qu'", 'qu’', 'that']);

/**
 * "le ministre a rappelé que les deux pays devaient coopérer davantage", "she said the EU should do
 * more", "afirmó que se debe reforzar": who says that something must be
 * done calls for it. The sayer is the subject of the speech verb that governs the modal, or else
 * of the nearest one before it with "que" or "that" between (the parser often loses such a clause);
 * a relative pronoun stands for the actor named just before it. A negated modal ("ne devait pas")
 * says what must not be: no call is read from it.
 */
export function reportedObligations(ctx: ArticleContext, sentence: ParsedSentence): ReportedCommitment[] {
  const found: ReportedCommitment[] = [];
  const actors = actorsIn(ctx, { start: sentence.start, end: sentence.end });
  for (const modal of sentence.words) {
    if (!modal.inStory || !MUST.test(modal.folded) || !['VERB', 'AUX'].includes(modal.pos)) continue;
    // "must" is the auxiliary of the verb it obliges; "doit" governs its infinitive.
    const clause = modal.dep === 'aux' ? (sentence.words[modal.head] ?? modal) : modal;
    const below = sentence.words.filter((w) => w.head === modal.i || w.head === clause.i);
    if (below.some((w) => DENIES.has(w.folded))) continue;
    const say = governingSpeech(sentence, modal) ?? speechBefore(sentence, modal);
    const sayer = say && sentence.words.find((w) => w.head === say.i && w.dep === 'nsubj');
    if (!sayer) continue;
    const named = RELATIVE.has(sayer.folded) ? actors.findLast((a) => a.end <= sayer.start) : undefined;
    const makers = named ? [named.actor] : subjectActors(ctx, sentence, sayer, actors);
    const told = reportedClause(ctx, sentence, clause, modal, makers);
    if (told) found.push(told);
  }
  return found;
}

function isSpeech(w: Word | undefined): boolean {
  return w?.pos === 'VERB' && SAYS.test(w.folded);
}

/** The speech verb above the modal in the parse, a few heads up. */
function governingSpeech(sentence: ParsedSentence, modal: Word): Word | undefined {
  let at: Word | undefined = sentence.words[modal.head];
  for (let hops = 0; at && hops < 3; hops++) {
    if (isSpeech(at)) return at;
    at = sentence.words[at.head];
  }
  return undefined;
}

/** The nearest speech verb before the modal, with "que" or "that" between and no full stop. */
function speechBefore(sentence: ParsedSentence, modal: Word): Word | undefined {
  const before = sentence.words.slice(0, modal.i);
  const say = before.findLast((w) => isSpeech(w));
  if (!say) return undefined;
  const between = before.slice(say.i + 1);
  return between.some((w) => THAT.has(w.folded)) && !between.some((w) => [';', '.'].includes(w.text))
    ? say
    : undefined;
}
