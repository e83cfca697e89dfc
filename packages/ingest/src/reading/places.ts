import { overlaps } from '../text/region.js';
import { capitalOf, countryNamed, countryOfAdjective, countryOfPlace } from './countries.js';
import { nameClass, namesIn, spanText } from './names.js';
import { isPortfolio } from './organization-filters.js';
import type { ParsedSentence } from './parsed.js';
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

/**
 * True when a mention is where something happens: after a locative preposition ("à Rabat"),
 * after "de" completing a common noun ("les champs de Huelva", "la ville de Sebta"), or joined to
 * such a mention in a list ("à Paris (2008), Dakar (2011) et Rome").
 */
function located(sentence: ParsedSentence, from: number, seen: Set<number>): boolean {
  const { words } = sentence;
  let k = from - 1;
  // "au Caire" is "à le Caire" to the French tokenizer; "des Bouches-du-Rhône" is "de les".
  if (words[k]?.pos === 'DET' && (LOCATIVE.has(words[k - 1]?.folded ?? '') || words[k]?.lemma === 'les')) k--;
  const before = words[k];
  if (!before) return false;
  if (LOCATIVE.has(before.folded)) return true;
  const ahead = words[k - 1];
  if (['de', 'des', 'd', 'del'].includes(before.folded.replace(/['’]$/, '')) && ahead) {
    if (['NOUN', 'ADJ', 'VERB'].includes(ahead.pos)) return true;
    if (ahead.folded === 'pres' || ahead.folded === 'cerca') return true;
  }
  // A list of places: "à Paris (2008), Dakar (2011) et Rome (2014)".
  let j = from - 1;
  while (j >= 0) {
    const w = words[j];
    if (w?.text === ')') {
      while (j >= 0 && words[j]?.text !== '(') j--;
      j--;
    } else if (w && (w.text === ',' || ['et', 'and', 'y', 'e'].includes(w.folded))) j--;
    else break;
  }
  return j < from - 1 && seen.has(j);
}

/** Articles that, capitalized inside a sentence, begin a city's name: "à La Valette", "in The Hague". */
const NAME_ARTICLES = new Set(['la', 'le', 'les', 'el', 'los', 'las', 'the']);

/** Where a place's name starts: at its capitalized article inside a sentence ("à La Valette"). */
function articleStart(sentence: ParsedSentence, from: number): number {
  const article = sentence.words[from - 1];
  const capitalized = article !== undefined && from > 1 && /^\p{Lu}/u.test(article.text);
  return capitalized && article.pos === 'DET' && NAME_ARTICLES.has(article.folded) ? from - 1 : from;
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

/**
 * Places: what the model tags as a location where something happens (after "à", "in", "en", in a
 * list of such places), less countries (their own nodes), demonyms ("Marocains"), words that are
 * not names of places ("Etat", "Europe"), names of people and parts of the names of bodies; and
 * "la capitale belge", which names the country's capital.
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
  const overlapsAny = (spans: Passage[], p: Passage) => spans.some((s) => overlaps(s, p));
  for (const sentence of sentences) {
    const seen = new Set<number>();
    for (const name of namesIn(sentence, text)) {
      if (name.class !== 'LOC') continue;
      const run = sentence.words.slice(name.from, name.to);
      const clean = name.text.replace(/[\s«»"“”’']+$/u, '');
      if (!run.some((w) => w.pos === 'PROPN') || !/^\p{Lu}/u.test(clean)) continue;
      if (countryNamed(clean) || run.every((w) => countryOfAdjective(w.text))) continue;
      if (run.length === 1 && NOT_PLACES.has(run[0]?.folded ?? '')) continue;
      const passage = { start: name.start, end: name.start + clean.length };
      if (overlapsAny(taken.people, passage) || overlapsAny(taken.bodies, passage)) continue;
      if (clean.split(/\s+/).some((w) => taken.surnames.has(w.toLowerCase()))) continue;
      if (!located(sentence, name.from, seen)) continue;
      // "secrétaire d'Etat aux Communautés": a portfolio, unless the name is a known city.
      if (!countryOfPlace(clean) && isPortfolio(sentence, name.from)) continue;
      for (const w of run) seen.add(w.i);
      const from = facilityStart(sentence, articleStart(sentence, name.from));
      if (from < name.from) {
        const span = spanText(text, sentence.words.slice(from, name.to));
        add(span.text, { start: span.start, end: span.end });
      } else add(clean, passage);
    }
    // A known city the model did not tag as a place, or tagged as another name: "les consulats de
    // Rabat, Casablanca et Fès".
    for (const w of sentence.words) {
      if (!w.inStory || w.pos !== 'PROPN' || !/^\p{Lu}/u.test(w.text) || nameClass(w) === 'LOC') continue;
      const passage = { start: w.start, end: w.end };
      if (!countryOfPlace(w.text) || overlapsAny(taken.bodies, passage) || overlapsAny(taken.people, passage))
        continue;
      if (!located(sentence, w.i, seen)) continue;
      seen.add(w.i);
      add(w.text, passage);
    }
    // "se sont déroulés place Beauvau": a square or a street, named with its noun.
    for (const w of sentence.words) {
      const name = sentence.words[w.i + 1];
      if (!w.inStory || !STREETS.has(w.text) || name?.pos !== 'PROPN' || !/^\p{Lu}/u.test(name.text))
        continue;
      let to = w.i + 2;
      while (sentence.words[to]?.pos === 'PROPN' && /^\p{Lu}/u.test(sentence.words[to]?.text ?? '')) to++;
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
