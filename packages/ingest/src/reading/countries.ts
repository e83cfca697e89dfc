import { foldText } from '@diplograph/schema';

/**
 * The countries the corpus speaks of, with the names and adjectives each language writes for them.
 * Ids are the curated graph's (`morocco`, `france`), so that reading links to the curated nodes;
 * other countries enter the graph as machine-read Country nodes under the same ids.
 */
interface CountryForms {
  id: string;
  /** Names in French, English and Spanish, fullest first: the first is the node's name. */
  names: string[];
  /** Adjectives and demonyms of every gender and number, in the three languages. */
  adjectives: string[];
  /** The capital, as the three languages write it: "Paris a décidé" speaks for France. */
  capitals?: string[];
}

export const COUNTRIES: CountryForms[] = [
  {
    id: 'morocco',
    names: ['Maroc', 'Royaume du Maroc', 'Morocco', 'Kingdom of Morocco', 'Marruecos', 'Reino de Marruecos'],
    capitals: ['Rabat'],
    adjectives: [
      'marocain',
      'marocaine',
      'marocains',
      'marocaines',
      'moroccan',
      'moroccans',
      'marroquí',
      'marroquíes',
      'marroqui',
      'maroco',
    ],
  },
  {
    id: 'france',
    names: ['France', 'Francia'],
    capitals: ['Paris'],
    adjectives: [
      'français',
      'française',
      'françaises',
      'french',
      'francés',
      'francesa',
      'franceses',
      'franco',
    ],
  },
  {
    id: 'spain',
    names: ['Espagne', 'Royaume d’Espagne', 'Spain', 'España'],
    capitals: ['Madrid'],
    adjectives: [
      'espagnol',
      'espagnole',
      'espagnols',
      'espagnoles',
      'spanish',
      'español',
      'española',
      'españoles',
      'hispano',
    ],
  },
  {
    id: 'portugal',
    names: ['Portugal'],
    capitals: ['Lisbonne', 'Lisbon', 'Lisboa'],
    adjectives: ['portugais', 'portugaise', 'portugaises', 'portuguese', 'portugués', 'portuguesa', 'luso'],
  },
  {
    id: 'germany',
    names: ['Allemagne', 'Germany', 'Alemania'],
    capitals: ['Berlin'],
    adjectives: [
      'allemand',
      'allemande',
      'allemands',
      'allemandes',
      'german',
      'germans',
      'alemán',
      'alemana',
      'germano',
    ],
  },
  {
    id: 'belgium',
    names: ['Belgique', 'Belgium', 'Bélgica'],
    capitals: ['Bruxelles', 'Brussels', 'Bruselas'],
    adjectives: ['belge', 'belges', 'belgian', 'belga', 'belgo'],
  },
  {
    id: 'italy',
    names: ['Italie', 'Italy', 'Italia'],
    capitals: ['Rome', 'Rome', 'Roma'],
    adjectives: [
      'italien',
      'italienne',
      'italiens',
      'italiennes',
      'italian',
      'italiano',
      'italiana',
      'italo',
    ],
  },
  {
    id: 'algeria',
    names: ['Algérie', 'Algeria', 'Argelia'],
    capitals: ['Alger', 'Algiers', 'Argel'],
    adjectives: ['algérien', 'algérienne', 'algériens', 'algerian', 'argelino', 'argelina'],
  },
  {
    id: 'tunisia',
    names: ['Tunisie', 'Tunisia', 'Túnez'],
    capitals: ['Tunis'],
    adjectives: ['tunisien', 'tunisienne', 'tunisiens', 'tunisian', 'tunecino', 'tunecina'],
  },
  {
    id: 'mauritania',
    names: ['Mauritanie', 'Mauritania'],
    capitals: ['Nouakchott'],
    adjectives: ['mauritanien', 'mauritanienne', 'mauritanian', 'mauritano'],
  },
  {
    id: 'senegal',
    names: ['Sénégal', 'Senegal'],
    capitals: ['Dakar'],
    adjectives: ['sénégalais', 'sénégalaise', 'senegalese', 'senegalés'],
  },
  {
    id: 'malta',
    names: ['Malte', 'Malta'],
    capitals: ['La Valette', 'Valletta', 'La Valeta'],
    adjectives: ['maltais', 'maltaise', 'maltese', 'maltés'],
  },
  {
    id: 'libya',
    names: ['Libye', 'Libya', 'Libia'],
    capitals: ['Tripoli', 'Tripoli', 'Trípoli'],
    adjectives: ['libyen', 'libyenne', 'libyan', 'libio'],
  },
  {
    id: 'netherlands',
    names: ['Pays-Bas', 'Netherlands', 'Países Bajos'],
    capitals: ['Amsterdam'],
    adjectives: ['néerlandais', 'dutch', 'neerlandés'],
  },
  {
    id: 'united-kingdom',
    names: ['Royaume-Uni', 'United Kingdom', 'UK', 'Britain', 'Reino Unido'],
    capitals: ['Londres', 'London'],
    adjectives: [
      'britannique',
      'britanniques',
      'british',
      'británico',
      'británica',
      'británicos',
      'británicas',
    ],
  },
];

const BY_NAME = new Map(COUNTRIES.flatMap((c) => c.names.map((n) => [foldText(n), c.id] as const)));
const BY_ADJECTIVE = new Map(COUNTRIES.flatMap((c) => c.adjectives.map((a) => [foldText(a), c.id] as const)));

/** The country a name denotes ("Espagne", "Spain"), if any. */
export function countryNamed(name: string): string | undefined {
  return BY_NAME.get(foldText(name).replace(/^(le|la|l'|el|the) /, ''));
}

const BY_CAPITAL = new Map(
  COUNTRIES.flatMap((c) => (c.capitals ?? []).map((n) => [foldText(n), c] as const)),
);

/** The country whose capital a name is ("Paris", "Rabat"), if any. */
export function countryOfCapital(name: string): string | undefined {
  return BY_CAPITAL.get(foldText(name))?.id;
}

const LANGUAGE_ORDER = ['fr', 'en', 'es'];

/** The capital of a country as a language writes it (capitals' forms are French, English, Spanish). */
export function capitalOf(id: string, language: string): string | undefined {
  const forms = COUNTRIES.find((c) => c.id === id)?.capitals ?? [];
  return forms[LANGUAGE_ORDER.indexOf(language)] ?? forms[0];
}

/** The country an adjective or demonym refers to ("espagnol", "Moroccan"), if any. */
export function countryOfAdjective(word: string): string | undefined {
  return BY_ADJECTIVE.get(foldText(word));
}

/** Every country a text names or qualifies by adjective, in text order. */
export function countriesIn(text: string): string[] {
  const found: string[] = [];
  for (const word of foldText(text).split(/[^\p{L}]+/u)) {
    const id = BY_ADJECTIVE.get(word) ?? BY_NAME.get(word);
    if (id && !found.includes(id)) found.push(id);
  }
  return found;
}

export function countryName(id: string): string {
  return COUNTRIES.find((c) => c.id === id)?.names[0] ?? id;
}
