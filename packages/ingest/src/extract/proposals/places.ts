import type { Sentence } from '../story.js';
import { organizationKindOf } from './organizations.js';

/** A capitalized name after a preposition of place: "à Tanger", "à la Chancellerie", "en Espagne". */
export interface Location {
  name: string;
  /** Offsets of the name in the article. */
  start: number;
  end: number;
  /** Where the preposition starts: "à la Chancellerie". */
  phraseStart: number;
  /** "à" introduces a city or a building; "en", "au", "aux" and "dans" rather a country or region. */
  preposition: string;
  /** "à la Chancellerie": a building takes an article, a city does not. */
  withArticle: boolean;
}

const CAPITALIZED = String.raw`\p{Lu}[\p{L}’'-]*\p{L}`;
/** "Tanger Med", "Maison du Port", "Cité de la Mer": capitalized words, joined by "de" and its forms. */
const NAME = String.raw`${CAPITALIZED}(?:\s+(?:(?:de\s+la|du|des|de)\s+|d[’'])?${CAPITALIZED}){0,2}`;
const LOCATION = new RegExp(
  String.raw`(?<!\p{L})(à|À|en|En|au|Au|aux|Aux|dans|Dans)\s+(la\s+|l[’']\s*)?(${NAME})`,
  'gu',
);

/** Names that a preposition of place introduces, other than names of bodies ("à l’Observatoire"). */
export function findLocations(sentence: Sentence): Location[] {
  return Array.from(sentence.text.matchAll(LOCATION))
    .filter((m) => !organizationKindOf(m[3] as string))
    .map((m) => {
      const start = m.index + m[0].length - (m[3] as string).length;
      return {
        name: m[3] as string,
        start: sentence.start + start,
        end: sentence.start + m.index + m[0].length,
        phraseStart: sentence.start + m.index,
        preposition: (m[1] as string).toLowerCase(),
        withArticle: m[2] !== undefined,
      };
    });
}
