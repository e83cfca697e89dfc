import { describe, expect, it } from 'vitest';
import { findLocations } from './places.js';
import { sentence } from './sentence.fixture.js';

describe('findLocations', () => {
  it('finds capitalized names after prepositions of place, with the preposition and the article', () => {
    expect(
      findLocations(
        sentence(
          'Réunis à Tanger puis à la Maison du Port, ils iront en Espagne et au Portugal, à travers la région.',
        ),
      ).map((l) => [l.name, l.preposition, l.withArticle]),
    ).toEqual([
      ['Tanger', 'à', false],
      ['Maison du Port', 'à', true],
      ['Espagne', 'en', false],
      ['Portugal', 'au', false],
    ]);
  });

  it('does not take a body for a place, nor the verb "a" for "à"', () => {
    expect(findLocations(sentence('Il a Tanger en tête et rend visite à l’Agence du Détroit.'))).toEqual([]);
  });
});
