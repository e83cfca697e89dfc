import { foldText } from '@diplograph/schema';
import { overlaps } from '../text/region.js';
import { DEFINITE_ARTICLES } from './articles.js';
import { AND } from './conjunctions.js';
import { capitalOf, countryNamed, countryOfAdjective, countryOfPlace } from './countries.js';
import { isCapitalizedProper, nameClass, namesIn, properRunEnd, spanText } from './names.js';
import { isPortfolio } from './organization-filters.js';
import type { ParsedSentence, Word } from './parsed.js';
import type { Passage } from './people.js';

/** A city, building or region an article names. */
export interface PlaceReading {
  name: string;
  mentions: Passage[];
  evidence: Passage;
}

/** Prepositions that put a name where something happens: "à Rabat", "in Madrid", "a visit to Rabat", "près de Tétouan". */
const LOCATIVE = new Set([
  'a',
  'au',
  'aux',
  'en',
  'in',
  'at',
  'to',
  'dans',
  'sur',
  'via',
  'pres',
  'near',
  'cerca',
  'sobre',
  'hacia',
  'vers',
  'toward',
  'towards',
  'desde',
  'from',
]);
/** Nouns of a building or a crossing, whose name includes them: "le centre sportif de X". */
const FACILITY = new Set([
  'centre',
  'center',
  'centro',
  'passage',
  'poste',
  'port',
  'puerto',
  'aeroport',
  'airport',
  'aeropuerto',
  'palais',
  'palace',
  'palacio',
  'stade',
  'estadio',
  'camp',
  'campamento',
  'hotel',
]);
/** True when a place's name is a building's or a crossing's: "Palacio de Viana", "the Viminale palace". */
export function isBuilding(name: string): boolean {
  return foldText(name)
    .split(/[\s'’-]+/)
    .some((w) => FACILITY.has(w));
}

/** Capitalized words that models take for places and are none: regions of speech, continents. */
const NOT_PLACES = new Set([
  'etat',
  'etats',
  'state',
  'estado',
  'haute',
  'plan',
  'asile',
  'sur',
  'sud',
  'nord',
  'norte',
  'hexagone',
  'europe',
  'europa',
  'afrique',
  'africa',
  'asie',
  'asia',
  'occident',
  'orient',
  'maghreb',
  'sahel',
  // Seas and oceans: where boats are, not places of the facts.
  'mediterranee',
  'mediterranean',
  'mediterraneo',
  'atlantique',
  'atlantic',
  'atlantico',
]);
/** Points of the compass, which with a continent name a broad area: "North Africa", "Afrique de l'Ouest". */
const COMPASS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'nord',
  'sud',
  'ouest',
  'est',
  'occidentale',
  'orientale',
  'septentrionale',
  'norte',
  'oeste',
  'este',
  'occidental',
  'oriental',
  'septentrional',
]);

/**
 * True when a name is a broad area, a region word alone ("Europe") or with points of the compass
 * ("North Africa", "l'Afrique du Nord", "África Occidental"): a trip "to North Africa" spans
 * several countries, so the area is where nothing in particular happens.
 */
function isBroadArea(run: Word[]): boolean {
  const words = run.filter((w) => !isOf(w) && !DEFINITE_ARTICLES.has(w.folded));
  return (
    words.some((w) => NOT_PLACES.has(w.folded)) &&
    words.every((w) => NOT_PLACES.has(w.folded) || COMPASS.has(w.folded))
  );
}

/** Nouns of a square or a street, which French puts before its name with no preposition: "réunis place Beauvau". */
const STREETS = new Set([
  'place',
  'rue',
  'avenue',
  'boulevard',
  'quai',
  'plaza',
  'calle',
  'avenida',
  'paseo',
]);
/** Words that name a capital by its country: "la capitale belge", "the Moroccan capital". */
const CAPITAL = new Set(['capitale', 'capital']);

/** "de", also as the first half of "du" and "des" ("de le", "de les"). */
const OF = new Set(['de', 'des', 'd', 'del', 'du']);
const isOf = (word: Word | undefined) =>
  word !== undefined && (word.lemma === 'de' || OF.has(word.folded.replace(/['’]$/, '')));

/**
 * True when a mention is where something happens: after a locative preposition ("à Rabat"),
 * after "de" completing a common noun ("les champs de Huelva", "la ville de Sebta"), or joined to
 * such a mention in a list ("à Paris (2008), Dakar (2011) et Rome", "de Laâyoune et de Dakhla").
 */
function located(sentence: ParsedSentence, from: number, to: number, seen: Set<number>): boolean {
  const { words } = sentence;
  let k = from - 1;
  // "au Caire" is "à le Caire" to the French tokenizer; "du Vaucluse" is "de le", "des Bouches-du-Rhône" "de les".
  if (words[k]?.pos === 'DET' && (LOCATIVE.has(words[k - 1]?.folded ?? '') || isOf(words[k - 1]))) k--;
  const before = words[k];
  if (!before) return false;
  if (LOCATIVE.has(before.folded)) return true;
  const ahead = words[k - 1];
  if (isOf(before) && ahead) {
    if (['NOUN', 'ADJ', 'VERB'].includes(ahead.pos)) return true;
    if (ahead.folded === 'pres' || ahead.folded === 'cerca') return true;
  }
  // A conjunct of a place, as the parse has it: "in Agadir and Kenitra", "de Laâyoune et de Dakhla".
  const head = words.slice(from, to).find((w) => w.head < from || w.head >= to);
  if (head?.dep === 'conj' && seen.has(head.head)) return true;
  // A list of places: "à Paris (2008), Dakar (2011) et Rome (2014)".
  let j = from - 1;
  while (j >= 0) {
    const w = words[j];
    if (w?.text === ')') {
      while (j >= 0 && words[j]?.text !== '(') j--;
      j--;
    } else if (w && (w.text === ',' || AND.has(w.folded))) j--;
    else break;
  }
  return j < from - 1 && seen.has(j);
}

/** Where a place's name starts: at its capitalized article inside a sentence ("à La Valette", "in The Hague"). */
function articleStart(sentence: ParsedSentence, from: number): number {
  const article = sentence.words[from - 1];
  const capitalized = article !== undefined && from > 1 && /^\p{Lu}/u.test(article.text);
  return capitalized && article.pos === 'DET' && DEFINITE_ARTICLES.has(article.folded) ? from - 1 : from;
}

/** "le centre sportif de Santa Amelia": the facility noun and its adjectives, when they come first. */
function facilityStart(sentence: ParsedSentence, from: number): number {
  const de = sentence.words[from - 1];
  if (!de || !['de', 'of', 'del'].includes(de.folded)) return from;
  let k = from - 2;
  while (k >= 0 && sentence.words[k]?.pos === 'ADJ') k--;
  const noun = sentence.words[k];
  return noun && FACILITY.has(noun.folded) ? k : from;
}

const overlapsAny = (spans: Passage[], p: Passage) => spans.some((s) => overlaps(s, p));

/** A name that may be a place, with the words it covers and the span it is named by. */
interface Candidate {
  from: number;
  to: number;
  name: string;
  passage: Passage;
}

/** The longest run of capitalized proper nouns from a word that names a known city: "Beni Mellal". */
function knownCityAt(sentence: ParsedSentence, from: number): number | undefined {
  const { words } = sentence;
  for (let to = properRunEnd(words, from, 3); to > from; to--) {
    const run = words.slice(from, to);
    if (countryOfPlace(run.map((w) => w.text).join(' '))) return to;
  }
  return undefined;
}

/**
 * The names of a sentence that may be places: what the model tags as a location, less countries
 * (their own nodes), demonyms ("Marocains"), words that are not names of places ("Etat", "Europe"),
 * names of people and parts of the names of bodies; and known cities the model did not tag as
 * places or tagged as another name ("les consulats de Rabat, Casablanca et Fès").
 */
function candidates(
  sentence: ParsedSentence,
  text: string,
  language: string,
  taken: { people: Passage[]; bodies: Passage[]; surnames: Set<string> },
): Candidate[] {
  const { words } = sentence;
  const found: Candidate[] = [];
  for (const name of namesIn(sentence, text)) {
    if (name.class !== 'LOC') continue;
    const run = words.slice(name.from, name.to);
    const clean = name.text.replace(/[\s«»"“”’']+$/u, '');
    // "l'hôtel du Châtelet": a building named with its noun.
    const named = /^\p{Lu}/u.test(clean) || FACILITY.has(run[0]?.folded ?? '');
    if (!run.some((w) => w.pos === 'PROPN') || !named) continue;
    if (countryNamed(clean) || run.every((w) => countryOfAdjective(w.text))) continue;
    if (isBroadArea(run)) continue;
    const passage = { start: name.start, end: name.start + clean.length };
    if (overlapsAny(taken.people, passage) || overlapsAny(taken.bodies, passage)) continue;
    if (clean.split(/\s+/).some((w) => taken.surnames.has(w.toLowerCase()))) continue;
    // "secrétaire d'Etat aux Communautés": a portfolio, unless the name is a known city.
    if (!countryOfPlace(clean) && isPortfolio(sentence, name.from)) continue;
    const from = facilityStart(sentence, articleStart(sentence, name.from));
    // "the Viminale palace": English names the building's noun after its name.
    const next = words[name.to];
    const to = language === 'en' && next?.pos === 'NOUN' && FACILITY.has(next.folded) ? name.to + 1 : name.to;
    if (from < name.from || to > name.to) {
      const span = spanText(text, words.slice(from, to));
      found.push({
        from: name.from,
        to: name.to,
        name: span.text,
        passage: { start: span.start, end: span.end },
      });
    } else found.push({ from: name.from, to: name.to, name: clean, passage });
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w?.inStory || nameClass(w) === 'LOC' || found.some((c) => c.from <= i && i < c.to)) continue;
    const to = knownCityAt(sentence, i);
    if (to === undefined) continue;
    const span = spanText(text, words.slice(i, to));
    const passage = { start: span.start, end: span.end };
    if (overlapsAny(taken.bodies, passage) || overlapsAny(taken.people, passage)) continue;
    found.push({ from: i, to, name: span.text, passage });
    i = to - 1;
  }
  return found;
}

/**
 * Places: the candidates of each sentence where something happens (after "à", "in", "en", in a
 * list of such places), squares and streets, and "la capitale belge", which names the country's
 * capital.
 */
export function readPlaces(
  sentences: ParsedSentence[],
  text: string,
  language: string,
  taken: { people: Passage[]; bodies: Passage[]; surnames: Set<string> },
): PlaceReading[] {
  const found = new Map<string, PlaceReading>();
  const add = (name: string, passage: Passage) => {
    const place = found.get(name);
    if (place) place.mentions.push(passage);
    else found.set(name, { name, mentions: [passage], evidence: passage });
  };
  for (const sentence of sentences) {
    // A place joined to another in a list may come before it: accept until nothing more joins.
    const pending = candidates(sentence, text, language, taken);
    const seen = new Set<number>();
    const accepted: Candidate[] = [];
    for (let grew = true; grew; ) {
      grew = false;
      for (const c of pending) {
        if (accepted.includes(c) || !located(sentence, c.from, c.to, seen)) continue;
        accepted.push(c);
        for (let i = c.from; i < c.to; i++) seen.add(i);
        grew = true;
      }
    }
    for (const c of accepted.sort((x, y) => x.from - y.from)) add(c.name, c.passage);
    // "se sont déroulés place Beauvau": a square or a street, named with its noun.
    for (const w of sentence.words) {
      if (!w.inStory || !STREETS.has(w.text) || !isCapitalizedProper(sentence.words[w.i + 1])) continue;
      const to = properRunEnd(sentence.words, w.i + 1);
      const span = spanText(text, sentence.words.slice(w.i, to));
      if (overlapsAny(taken.bodies, span)) continue;
      add(span.text, { start: span.start, end: span.end });
    }
    // "dans la capitale belge": the country's capital, when the text names the capital so.
    for (const w of sentence.words) {
      if (!w.inStory || !CAPITAL.has(w.folded)) continue;
      const adjective = [sentence.words[w.i + 1], sentence.words[w.i - 1]].find(
        (a) => a?.pos === 'ADJ' && countryOfAdjective(a.text),
      );
      const country = adjective && countryOfAdjective(adjective.text);
      const capital = country && capitalOf(country, language);
      if (!capital || !adjective) continue;
      let k = Math.min(w.i, adjective.i) - 1;
      if (sentence.words[k]?.pos === 'DET') k--;
      const before = sentence.words[k];
      if (!before || !LOCATIVE.has(before.folded)) continue;
      const span = spanText(
        text,
        [w, adjective].sort((a, b) => a.i - b.i),
      );
      add(capital, { start: span.start, end: span.end });
    }
  }
  return [...found.values()];
}
