import { AND } from './conjunctions.js';
import type { Lexicon } from './lexicon.js';
import { type Name, nameClass } from './names.js';
import type { ParsedSentence, Word } from './parsed.js';

/** Words before a name that make it a source, not an actor: "le site local X", "la journaliste X". */
const SOURCES = new Set([
  'site',
  'quotidien',
  'journal',
  'radio',
  'journaliste',
  'journalist',
  'periodista',
  'reporter',
  'correspondant',
  'correspondante',
  'correspondent',
  'corresponsal',
  'newspaper',
  'diario',
  'periodico',
]);
/** A byline: "Rédigé par X", "Par X", "By X", "Por X" at the start of a sentence. */
const BYLINE = /^((redige|ecrit|publie|signe) par|par|by|por|written by)$/;
const JOINS = new Set([',', ...AND]);
const LINKS = new Set(['de', 'du', 'des', 'l', "l'", 'l’', 'la', 'of', 'the', 'del']);

/** True when a press noun or a byline introduces the name: the name is a source's. */
export function isSource(sentence: ParsedSentence, name: Name): boolean {
  const { words } = sentence;
  for (let k = name.from - 1; k >= 0 && name.from - k <= 3; k--) {
    const w = words[k];
    if (!w) break;
    if (SOURCES.has(w.folded)) return true;
    if (w.pos !== 'ADJ' && w.pos !== 'DET') break;
  }
  const lead = words
    .slice(0, name.from)
    .map((w) => w.folded)
    .join(' ');
  return BYLINE.test(lead);
}

/**
 * A name the model did not tag as a person's that is one by its place: in apposition to a title
 * ("le ministre espagnol de l'Intérieur, Angel Acebes") or in a list with a person's full name
 * ("Fernando Grande-Marlaska et Abdelouafi Laftit"); two or three words that the parse holds
 * together as one name, not in parentheses. "la ministre de l'Intérieur Annelies Verlinden": the
 * portfolio the model ran into the name is left out.
 */
export function personByPlace(sentence: ParsedSentence, name: Name, lexicon: Lexicon): Name | undefined {
  const { words } = sentence;
  const inTitle = apposedInRun(sentence, name, lexicon);
  if (inTitle) return inTitle;
  let run = words.slice(name.from, name.to);
  let from = name.from;
  const portfolio = LINKS.has(words[from - 1]?.folded ?? '') && run.length === 3;
  if (portfolio) {
    run = run.slice(1);
    from++;
  }
  if (run.length < 2 || run.length > 3 || !run.every((w) => w.pos === 'PROPN' && /^\p{Lu}/u.test(w.text)))
    return undefined;
  if (words[name.from - 1]?.text === '(') return undefined;
  const first = run[0] as Word;
  const top = portfolio ? words[name.from] : first;
  if (!run.slice(1).every((w) => w.dep === 'flat:name' && (w.head === first.i || w.head === top?.i)))
    return undefined;
  const head = top && words[top.head];
  const start = first.start;
  const adjusted: Name = { ...name, from, start, text: name.text.slice(start - name.start) };
  if (top?.dep === 'appos' && head && lexicon.titles.includes(head.folded)) return adjusted;
  if (portfolio) return undefined;
  const fullPerson = (at: number, step: 1 | -1) => {
    const w = words[at];
    const next = words[at + step];
    return w !== undefined && nameClass(w) === 'PER' && next !== undefined && nameClass(next) === 'PER';
  };
  const after = words[name.to];
  const before = words[name.from - 1];
  const listed =
    (after !== undefined && JOINS.has(after.folded) && fullPerson(name.to + 1, 1)) ||
    (before !== undefined && JOINS.has(before.folded) && fullPerson(name.from - 2, -1));
  return listed ? adjusted : undefined;
}

/**
 * "la ministre de l'Intérieur Annelies Verlinden" tagged as one body's name, title and all: the
 * person is the name in apposition to the title, two or three capitalized words at the run's end.
 */
function apposedInRun(sentence: ParsedSentence, name: Name, lexicon: Lexicon): Name | undefined {
  const { words } = sentence;
  const run = words.slice(name.from, name.to);
  const first = run.find(
    (w) => w.dep === 'appos' && w.pos === 'PROPN' && lexicon.titles.includes(words[w.head]?.folded ?? ''),
  );
  if (!first || !run.some((w) => lexicon.titles.includes(w.folded))) return undefined;
  const rest = run.filter((w) => w.i > first.i);
  const person = [first, ...rest];
  if (rest.length < 1 || rest.length > 2) return undefined;
  if (!rest.every((w) => w.dep === 'flat:name' && w.head === first.i)) return undefined;
  if (!person.every((w) => w.pos === 'PROPN' && /^\p{Lu}/u.test(w.text))) return undefined;
  const end = rest.at(-1)?.end ?? first.end;
  return {
    ...name,
    from: first.i,
    start: first.start,
    end,
    text: name.text.slice(first.start - name.start, end - name.start),
  };
}
