import { foldText } from '@diplograph/schema';
import { describe, expect, it } from 'vitest';
import {
  COUNTRIES,
  capitalOf,
  countriesIn,
  countryNamed,
  countryOfAdjective,
  countryOfCapital,
  countryOfPlace,
  countryOfPlaceName,
} from './countries.js';

describe('the country table', () => {
  it('gives no form to two countries', () => {
    const owner = new Map<string, string>();
    for (const c of COUNTRIES) {
      for (const form of [...c.names, ...c.adjectives, ...c.capitals, ...c.places, ...c.homonyms]) {
        const key = foldText(form);
        const other = owner.get(key);
        if (other && other !== c.id && !c.capitals.includes(form)) expect(`${form}: ${other}`).toBe(c.id);
        owner.set(key, c.id);
      }
    }
  });

  it('inflects adjectives in every gender and number', () => {
    for (const word of [
      'néerlandais',
      'néerlandaise',
      'néerlandaises',
      'neerlandés',
      'neerlandesa',
      'neerlandeses',
    ])
      expect(countryOfAdjective(word)).toBe('netherlands');
    for (const word of ['algérienne', 'algériennes', 'argelinas', 'Algerians'])
      expect(countryOfAdjective(word)).toBe('algeria');
    expect(countryOfAdjective('grecque')).toBe('greece');
    expect(countryOfAdjective('alemanes')).toBe('germany');
    expect(countryOfAdjective('marroquíes')).toBe('morocco');
  });

  it('reads an English adjective only capitalized', () => {
    expect(countryOfAdjective('Polish')).toBe('poland');
    expect(countryOfAdjective('polish')).toBeUndefined();
  });
});

describe('countriesIn', () => {
  it('finds names of several words and acronyms as written', () => {
    expect(countriesIn('le ministre des Affaires étrangères des Pays-Bas')).toEqual(['netherlands']);
    expect(countriesIn('talks between the United Kingdom and Morocco')).toEqual([
      'united-kingdom',
      'morocco',
    ]);
    expect(countriesIn('UK ministers')).toEqual(['united-kingdom']);
    expect(countriesIn('la delegación de Estados Unidos')).toEqual(['united-states']);
    expect(countriesIn('la République démocratique du Congo')).toEqual(['dr-congo']);
  });

  it('does not take a pronoun, a first name or a lowercase word for a country', () => {
    expect(countriesIn('they told us')).toEqual([]);
    expect(countriesIn('Chad Smith met Jordan Lee in Georgia')).toEqual([]);
    expect(countriesIn('una taza de china')).toEqual(['china']);
    expect(countriesIn('el turismo en la india rural')).toEqual(['india']);
    expect(countriesIn('sin embargo, no es esto sino aquello')).toEqual([]);
  });
});

describe('place names', () => {
  it('gives a city its country in the three languages', () => {
    expect(countryOfPlace('Tánger')).toBe('morocco');
    expect(countryOfPlace('Fès')).toBe('morocco');
    expect(countryOfPlace('Sebta')).toBe('spain');
    expect(countryOfPlace('Barcelone')).toBe('spain');
    expect(countryOfPlace('les Canaries')).toBe('spain');
    expect(countryOfPlace('La Haye')).toBe('netherlands');
    expect(countryOfPlace('Marseille')).toBe('france');
  });

  it('keeps the existing capital look-ups', () => {
    expect(countryOfCapital('Rabat')).toBe('morocco');
    expect(countryOfCapital('Bruselas')).toBe('belgium');
    expect(capitalOf('belgium', 'fr')).toBe('Bruxelles');
    expect(capitalOf('senegal', 'es')).toBe('Dakar');
  });

  it('names a country by a homonym only where a model tagged a place', () => {
    expect(countryNamed('Chad')).toBeUndefined();
    expect(countryOfPlaceName('Chad')).toBe('chad');
    expect(countryNamed('UK')).toBe('united-kingdom');
    expect(countryNamed('le Royaume-Uni')).toBe('united-kingdom');
  });
});
