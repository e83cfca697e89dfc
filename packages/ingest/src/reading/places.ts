import { countryNamed, countryOfAdjective } from './countries.js';
import { namesIn } from './names.js';
import type { ParsedSentence } from './parsed.js';
import type { Passage } from './people.js';

/** A city, building or region an article names. */
export interface PlaceReading {
  name: string;
  mentions: Passage[];
  evidence: Passage;
}

/**
 * Places: what the model tags as a location, less countries (their own nodes), demonyms it takes
 * for places ("Marocains") and words that are not names at all ("Cette", "Les").
 */
export function readPlaces(sentences: ParsedSentence[], text: string): PlaceReading[] {
  const found = new Map<string, PlaceReading>();
  for (const sentence of sentences) {
    for (const name of namesIn(sentence, text)) {
      if (name.class !== 'LOC') continue;
      const run = sentence.words.slice(name.from, name.to);
      if (!run.some((w) => w.pos === 'PROPN') || !/^\p{Lu}/u.test(name.text)) continue;
      if (countryNamed(name.text) || run.every((w) => countryOfAdjective(w.text))) continue;
      const passage = { start: name.start, end: name.end };
      const place = found.get(name.text);
      if (place) place.mentions.push(passage);
      else found.set(name.text, { name: name.text, mentions: [passage], evidence: passage });
    }
  }
  return [...found.values()];
}
