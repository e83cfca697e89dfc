import { addActors, speakerOf, subjectActors } from './commitment-makers.js';
import type { ActorMention, ActorRef, ArticleContext } from './context.js';
import type { ParsedSentence, Word } from './parsed.js';
import { type ReportedCommitment, reportedClause } from './reported-commitments.js';
import { entriesOf, findTriggers } from './triggers.js';

/**
 * The verb an aim noun, as a subject, says is aimed at: the verb it is the subject of when that
 * verb is the aim itself ("the objective was to support", "el objetivo es reforzar", with its mark
 * or its copula), else that verb's infinitive ("l'objectif reste d'inciter").
 */
function aimedAt(sentence: ParsedSentence, noun: Word): Word | undefined {
  const verb = sentence.words[noun.head];
  if (noun.dep !== 'nsubj' || verb?.pos !== 'VERB') return undefined;
  const below = (w: Word) => sentence.words.filter((x) => x.head === w.i);
  const infinitive = below(verb).find(
    (w) => w.dep === 'xcomp' && w.pos === 'VERB' && below(w).some((m) => m.dep === 'mark'),
  );
  if (infinitive) return infinitive;
  return below(verb).some((w) => w.dep === 'mark' || w.dep === 'cop') ? verb : undefined;
}

/**
 * Aims stated by a noun: "l'objectif reste d'inciter ces pays à", "another objective of this
 * presidency was to support". Whose aim it is: the noun's complement ("of this presidency"),
 * else who speaks in the sentence or was named just before ("son objectif", "l'objectif",
 * "précise-t-il").
 */
export function statedAims(
  ctx: ArticleContext,
  sentence: ParsedSentence,
  actors: ActorMention[],
): ReportedCommitment[] {
  const found: ReportedCommitment[] = [];
  for (const { head: noun } of findTriggers(sentence, entriesOf(ctx.lexicon.aimNouns))) {
    if (noun.pos !== 'NOUN') continue;
    const verb = aimedAt(sentence, noun);
    if (!verb) continue;
    const makers: ActorRef[] = [];
    for (const w of sentence.words)
      if (w.head === noun.i && w.dep === 'nmod') addActors(makers, subjectActors(ctx, sentence, w, actors));
    const speaker = makers.length === 0 ? speakerOf(ctx, sentence, noun) : undefined;
    if (speaker) makers.push(speaker);
    const told = reportedClause(ctx, sentence, verb, verb, makers);
    if (told) found.push(told);
  }
  return found;
}
