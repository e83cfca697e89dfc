import {
  addActors,
  droppedPluralSubject,
  mainCountries,
  speakerOf,
  standsForBothSides,
  subjectActors,
} from './commitment-makers.js';
import type { ActorMention, ActorRef, ArticleContext } from './context.js';
import { spanText } from './names.js';
import { type ParsedSentence, subtree, type Word } from './parsed.js';
import type { Passage } from './people.js';
import { entriesOf, findTriggers } from './triggers.js';

/** A commitment a noun carries, before its kind and meeting are settled. */
export interface NominalCommitment {
  /** The noun that carries it: its lemma gives the kind. */
  noun: Word;
  text: string;
  makers: ActorRef[];
  /** True when who committed stands for every participant: "ils ont réitéré leur engagement". */
  bothSides: boolean;
  evidence: Passage;
}

/** Relations by which a noun holds the verb of what was committed: "l'engagement [à lutter]". */
const COMPLEMENTS = new Set(['acl', 'nmod', 'xcomp', 'advcl']);
/** Relations by which a noun holds who committed: "l'engagement [du Maroc]", "[her country]'s commitment". */
const POSSESSORS = new Set(['nmod', 'nmod:poss']);
const MAX_WORDS = 20;
/**
 * Possessive determiners that stand for the subject of the clause: "its support", "leur
 * engagement", "su compromiso".
 */
const OWN = new Set([
  'its',
  'their',
  'his',
  'her',
  'our',
  'son',
  'sa',
  'ses',
  'leur',
  'leurs',
  'notre',
  'nos',
  'su',
  'sus',
  'nuestro',
  'nuestra',
  'nuestros',
]);
/** Possessives of who speaks: "mon engagement", "our commitment", "mi compromiso" are the speaker's. */
const MINE = new Set([
  'mon',
  'ma',
  'mes',
  'notre',
  'nos',
  'my',
  'our',
  'mi',
  'mis',
  'nuestro',
  'nuestra',
  'nuestros',
  'nuestras',
]);
/** Relations by which a commitment noun is what a verb takes: "réitère son engagement", "compter sur son engagement". */
const TAKEN = new Set(['obj', 'obl']);
/** What introduces what is supported: "à", "au", "for", "to", "a", "al". */
const SUPPORTED = new Set(['a', 'au', 'aux', 'for', 'to', 'of', 'al', 'del']);

/** What introduces what a commitment is to: "leur engagement à", "their commitment to", "for". */
const COMMITTED_TO = new Set(['a', 'au', 'aux', 'to', 'for', 'pour', 'con']);

/**
 * What a commitment noun that is the object of a verb commits to, when the parse does not hang a
 * verb on the noun: "their commitment [to] fighting networks" (a noun phrase introduced by "to"),
 * "leur engagement à lutter" (the verb hung on the governing verb, right after the noun).
 */
function committedTo(sentence: ParsedSentence, noun: Word, governor: Word): Word | undefined {
  const below = (w: Word) => sentence.words.filter((x) => x.head === w.i);
  const introduced = (w: Word) =>
    below(w).some((c) => ['case', 'mark'].includes(c.dep) && COMMITTED_TO.has(c.folded));
  const loose = below(governor).find(
    (w) =>
      w.pos === 'VERB' &&
      ['xcomp', 'advcl'].includes(w.dep) &&
      w.i > noun.i &&
      w.i <= noun.i + 3 &&
      introduced(w),
  );
  return loose ?? below(noun).find((w) => w.i > noun.i && w.dep.startsWith('nmod') && introduced(w));
}

/** What introduces a purpose: "pour", "afin de", "to", "para". */
const PURPOSE = new Set(['pour', 'afin', 'to', 'para']);

/**
 * What an agreement told in the passive was reached for: "des accords ont été conclus pour
 * maintenir le dialogue", "an agreement was reached to share data", "se alcanzaron acuerdos para".
 */
function reachedFor(sentence: ParsedSentence, noun: Word, governor: Word): Word | undefined {
  if (noun.dep !== 'nsubj:pass' || governor.pos !== 'VERB') return undefined;
  return sentence.words.find(
    (w) =>
      w.head === governor.i &&
      w.pos === 'VERB' &&
      ['advcl', 'xcomp'].includes(w.dep) &&
      sentence.words.some((m) => m.head === w.i && m.dep === 'mark' && PURPOSE.has(m.folded)),
  );
}

/**
 * Commitments a noun carries: "l'engagement du Maroc à lutter contre", "her country's commitment
 * to adopting", "su compromiso de reforzar". It takes a verb for what was committed (a noun alone,
 * "l'accord", is a document or a topic, not a commitment). Who committed is the noun's possessor,
 * else, when it has none, the subject of the verb the noun is the object of ("X a réaffirmé
 * l'engagement à").
 */
export function nominalCommitments(
  ctx: ArticleContext,
  sentence: ParsedSentence,
  actors: ActorMention[],
): NominalCommitment[] {
  const found: NominalCommitment[] = [];
  const supports = new Set(ctx.lexicon.supportNouns);
  const nouns = [...ctx.lexicon.commitmentNouns, ...ctx.lexicon.supportNouns];
  for (const trigger of findTriggers(sentence, entriesOf(nouns))) {
    const noun = trigger.head;
    if (noun.pos !== 'NOUN') continue;
    const below = (w: Word) => sentence.words.filter((x) => x.head === w.i);
    // "son soutien à l'initiative": support takes what it supports, a noun, as its complement.
    const supported =
      supports.has(noun.folded) && noun.dep === 'obj'
        ? below(noun).find(
            (w) =>
              w.i > noun.i &&
              w.dep.startsWith('nmod') &&
              below(w).some((c) => c.dep === 'case' && SUPPORTED.has(c.folded)),
          )
        : undefined;
    const governor = sentence.words[noun.head];
    const reached = governor ? reachedFor(sentence, noun, governor) : undefined;
    const verb =
      below(noun).find((w) => w.pos === 'VERB' && w.i > noun.i && COMPLEMENTS.has(w.dep)) ??
      supported ??
      (TAKEN.has(noun.dep) && governor ? committedTo(sentence, noun, governor) : undefined) ??
      reached;
    if (!verb) continue;
    const makers: ActorRef[] = [];
    // "comptez sur mon engagement personnel pour veiller": the speaker's own commitment.
    const mine = below(noun).some((w) => w.dep === 'det' && MINE.has(w.folded));
    const speaker = mine ? speakerOf(ctx, sentence, noun) : undefined;
    if (speaker) makers.push(speaker);
    // "its support", "their commitment": a pronoun possessor is the subject of the verb below.
    const possessors = below(noun).filter(
      (w) => POSSESSORS.has(w.dep) && w.i < verb.i && !(['PRON', 'DET'].includes(w.pos) && OWN.has(w.folded)),
    );
    for (const possessor of possessors) addActors(makers, subjectActors(ctx, sentence, possessor, actors));
    // A possessor the article does not resolve ("her country", of a person whose country it does
    // not give) stays unknown: the reporting verb's subject is not who committed.
    // "Des accords ont été conclus pour maintenir le dialogue": what was reached, both sides, and
    // the two countries they speak for, reached.
    let bothSides = verb === reached && makers.length === 0;
    if (bothSides) addActors(makers, mainCountries(ctx));
    if (!speaker && possessors.length === 0 && governor && noun.dep === 'obj') {
      const subjects = below(governor).filter((w) => w.dep === 'nsubj');
      if (subjects.length === 0 && droppedPluralSubject(ctx, sentence, governor)) bothSides = true;
      for (const subject of subjects) {
        addActors(makers, subjectActors(ctx, sentence, subject, actors));
        // "Ils ont réitéré leur engagement", "les deux ministres ont réaffirmé leur engagement".
        if (standsForBothSides(ctx, sentence, subject)) bothSides = true;
      }
    }
    if (makers.length === 0 && !bothSides) continue;
    const words = subtree(sentence, verb.i)
      // What is supported or committed to as a noun phrase is read from the word after the noun.
      .filter((w) => w.i >= (verb.pos === 'VERB' ? verb.i : noun.i + 1) && w.inStory)
      .slice(0, MAX_WORDS);
    const stop = words.findIndex((w, k) => k > 0 && [';', '.', '»', ','].includes(w.text));
    const kept = stop > 0 ? words.slice(0, stop) : words;
    if (kept.length < 2) continue;
    const span = spanText(ctx.text, [noun, ...kept]);
    found.push({ noun, text: span.text, makers, bothSides, evidence: { start: span.start, end: span.end } });
  }
  return found;
}
