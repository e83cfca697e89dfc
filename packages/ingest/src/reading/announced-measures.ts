import { ACCORDING, addActors, isDocument, mainCountries, SAYS, subjectActors } from './commitment-makers.js';
import { type ActorMention, type ActorRef, type ArticleContext, actorAt } from './context.js';
import { countriesIn } from './countries.js';
import { inFuture, onlyPossible } from './future-tense.js';
import { meetingWordsIn } from './meeting-verbs.js';
import { spanText } from './names.js';
import { isPassive, type ParsedSentence, subtree, type Word } from './parsed.js';
import type { ReportedCommitment } from './reported-commitments.js';
import { entriesOf, findTriggers } from './triggers.js';

const countryRef = (id: string): ActorRef => ({ kind: 'country', id });
const MAX_WORDS = 20;
const EVIDENCE_WORDS = 40;
/** Relations that leave the clause: a reporting verb after it ("..., informe une note"), punctuation. */
const OUTSIDE = new Set(['parataxis', 'punct']);

/**
 * Who announces what a sentence says will be done: the subject of its reporting verb ("...,
 * informe une note du ministère espagnol du Travail", "según el ministerio").
 */
function announcer(ctx: ArticleContext, sentence: ParsedSentence, actors: ActorMention[]): ActorRef[] {
  for (const say of sentence.words) {
    if (!SAYS.test(say.folded) || !['VERB', 'ADJ'].includes(say.pos)) continue;
    // After the clause, the verb comes before its subject, and the parser may read it as the
    // subject's adjective ("..., informe une note du ministère") or as its object ("...,
    // précise le communiqué").
    const after = (w: Word) => w.head === say.i && w.i > say.i && w.dep === 'obj';
    const subject =
      say.pos === 'VERB'
        ? (sentence.words.find((w) => w.head === say.i && w.dep === 'nsubj') ??
          (say.dep === 'advcl' || say.dep === 'parataxis' ? sentence.words.find(after) : undefined))
        : say.dep === 'amod' && say.i < say.head
          ? sentence.words[say.head]
          : undefined;
    // "..., précise le communiqué": the meeting's statement speaks for the two countries.
    if (subject && STATEMENTS.has(subject.folded)) return mainCountries(ctx);
    if (subject) return subjectActors(ctx, sentence, subject, actors);
  }
  // "selon le ministère", "les critères détaillés par le ministère": who the sentence cites.
  for (const w of sentence.words) {
    const cited =
      (w.dep === 'obl:agent' && sentence.words[w.head]?.dep === 'acl') ||
      sentence.words.some((c) => c.head === w.i && c.dep === 'case' && ACCORDING.has(c.folded));
    // "selon le procès-verbal", "según el acta": the meeting's record speaks for the two countries.
    if (cited && STATEMENTS.has(w.folded)) return mainCountries(ctx);
    const found = cited ? subjectActors(ctx, sentence, w, actors) : [];
    if (found.length > 0) return found;
  }
  return [];
}

/** What sets a clause against another: "while", "whereas", "tandis que", "mientras que". */
const WHILE = new Set(['while', 'whereas', 'tandis', 'mientras']);

/**
 * "Morocco will issue documents, while the UK will expand legal routes": the clauses of the other
 * side's measures, set against the first, wherever the parser hangs them.
 */
const setAgainst = (sentence: ParsedSentence) =>
  sentence.words.filter(
    (w) =>
      w.dep === 'advcl' &&
      w.pos === 'VERB' &&
      sentence.words.some((m) => m.head === w.i && m.dep === 'mark' && WHILE.has(m.folded)),
  );

/** Words between a derivation marker and its document: "aux termes de ce protocole". */
const DOCUMENT_WITHIN = 3;

/**
 * True when the sentence says it tells what a document provides: "aux termes de ce protocole",
 * "under the agreement", "en virtud del acuerdo". What is done under it is its parties' doing,
 * both sides of the meeting that signed it.
 */
function underDocument(ctx: ArticleContext, sentence: ParsedSentence): boolean {
  return findTriggers(sentence, entriesOf(ctx.lexicon.derivationMarkers)).some((t) => {
    const last = t.words[t.words.length - 1]?.i ?? t.head.i;
    return sentence.words
      .slice(last + 1, last + 1 + DOCUMENT_WITHIN)
      .some((w) => w.pos === 'NOUN' && isDocument(ctx, w));
  });
}

/**
 * Statements and records that tell what the meeting's sides will do: "précise le communiqué",
 * "selon le procès-verbal", "según el acta de la reunión".
 */
const STATEMENTS = new Set(['communique', 'comunicado', 'statement', 'proces-verbal', 'acta', 'minutes']);

/**
 * Measures a sentence announces in the future tense or as planned ("un exercice est prévu"),
 * outside quotation marks: "un officier de
 * liaison de la Sûreté de l'État belge sera présent à Rabat", "les saisonnières seront embauchées
 * ..., informe une note du ministère". Who takes the measure is the clause's subject when it is
 * an actor that acts (not the subject of a passive, which is what is done), else the passive's
 * agent ("sera financé par l'UE"), else the body its subject belongs to, else who the sentence
 * says announced it; with none, there is no measure. In a sentence that cites its source, a
 * relative clause in the future ("selon le texte, ... l'Office, qui ouvrira un guichet") is a
 * measure of its own when its subject or agent names who takes it.
 * A meeting still to come ("la réunion se tiendra") is a meeting, not a measure.
 */
export function announcedMeasures(
  ctx: ArticleContext,
  sentence: ParsedSentence,
  actors: ActorMention[],
): Array<ReportedCommitment & { bothSides: boolean }> {
  const root = sentence.words.find((w) => w.dep === 'root');
  // A relative clause announces only in a sentence that cites its source: "selon le texte, ...".
  const cited = sentence.words.some((w) => ACCORDING.has(w.folded));
  const relatives = cited ? sentence.words.filter((w) => w.dep === 'acl:relcl' && w.pos === 'VERB') : [];
  // "A joint exercise is planned in July, the statement said": the parser makes the reporting
  // verb after the clause its root; the clause told before it is the sentence's own.
  const told =
    root && SAYS.test(root.folded)
      ? sentence.words.filter((w) => w.head === root.i && w.dep === 'ccomp' && w.i < root.i)
      : [];
  const main = root ? [...told, root] : [];
  return [...main, ...relatives, ...setAgainst(sentence)].flatMap((head) => {
    const found = measureAt(ctx, sentence, actors, head, main.includes(head));
    return found ? [found] : [];
  });
}

/**
 * True when a clause says in the passive that what its subject names is planned ("un exercice
 * conjoint est prévu en juillet", "a joint exercise is planned", "está previsto"): a measure to
 * come, told in the present, by the lexicon's words of what is to come.
 */
function planned(ctx: ArticleContext, sentence: ParsedSentence, head: Word): boolean {
  return ctx.lexicon.planned.includes(head.folded) && isPassive(sentence, head);
}

/** The measure a clause in the future announces (see `announcedMeasures`); `main` for the sentence's own. */
function measureAt(
  ctx: ArticleContext,
  sentence: ParsedSentence,
  actors: ActorMention[],
  root: Word,
  main: boolean,
): (ReportedCommitment & { bothSides: boolean }) | undefined {
  const plannedHere = planned(ctx, sentence, root);
  if ((!inFuture(ctx, sentence, root) && !plannedHere) || onlyPossible(sentence, root)) return undefined;
  if (ctx.quotations.some((q) => q.start <= root.start && root.end <= q.end)) return undefined;
  const meetingAt = meetingWordsIn(ctx.lexicon, sentence);
  const subject = sentence.words.find((w) => w.head === root.i && w.dep.startsWith('nsubj'));
  // "La réunion est prévue": a meeting still to come; "un exercice est prévu": a measure.
  if (!subject || (meetingAt.has(root.i) && !plannedHere) || meetingAt.has(subject.i)) return undefined;
  // "Este componente será financiado por la UE": the parser may tag a Spanish passive as active.
  const passive = subject.dep.includes('pass') || isPassive(sentence, root);
  const makers: ActorRef[] = passive ? [] : subjectActors(ctx, sentence, subject, actors);
  // "sera gérée par l'OIM", "será financiado por la Unión Europea": the agent does it. It must
  // name the actor itself: "par l'intermédiaire de l'agence" is a means.
  const agent = sentence.words.find(
    (w) =>
      w.head === root.i &&
      (w.dep === 'obl:agent' ||
        (['obl', 'obj'].includes(w.dep) && sentence.words.some((c) => c.head === w.i && c.folded === 'por'))),
  );
  const doer = passive && agent ? actorAt(actors, agent) : undefined;
  if (doer) makers.push(doer.actor);
  if (makers.length === 0 && !passive && main) {
    // "un officier de la Sûreté de l'État belge": the body or the state the subject belongs to.
    for (const w of subtree(sentence, subject.i))
      if (w !== subject && w.dep.startsWith('nmod'))
        addActors(makers, subjectActors(ctx, sentence, w, actors));
  }
  // A body its name gives a state ("la Sûreté de l'État belge") takes the measure for that state.
  for (const m of [...makers])
    if (m.kind === 'organization') addActors(makers, countriesIn(m.name).map(countryRef));
  if (makers.length === 0 && main) addActors(makers, announcer(ctx, sentence, actors));
  const bothSides = makers.length === 0 && main && underDocument(ctx, sentence);
  if (makers.length === 0 && !bothSides) return undefined;
  const outside = new Set(
    [
      ...sentence.words.filter((w) => w.head === root.i && OUTSIDE.has(w.dep)),
      ...setAgainst(sentence).filter((w) => w !== root),
    ].flatMap((w) => subtree(sentence, w.i).map((x) => x.i)),
  );
  const clause = subtree(sentence, root.i)
    .filter((w) => w.i >= subject.i && w.inStory && !outside.has(w.i))
    .slice(0, EVIDENCE_WORDS);
  if (clause.length < 3) return undefined;
  const span = spanText(ctx.text, clause.slice(0, MAX_WORDS));
  const evidence = spanText(ctx.text, clause);
  return { text: span.text, makers, bothSides, evidence: { start: evidence.start, end: evidence.end } };
}
