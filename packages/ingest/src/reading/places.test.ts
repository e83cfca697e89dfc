import { describe, expect, it } from 'vitest';
import { handSentence } from './parsed-sentence.fixture.js';
import { readPlaces } from './places.js';

type Token = [text: string, pos: string, ner?: string, head?: number, dep?: string];

const sentence = (tokens: Token[]) =>
  handSentence(tokens.map(([text, pos, ner, head, dep]) => ({ text, pos, ner, head, dep })));

const none = { people: [], bodies: [], surnames: new Set<string>() };

describe('readPlaces', () => {
  it('keeps a city where something happens and leaves a capital that speaks for its state', () => {
    const { text, sentence: s } = sentence([
      ['Paris', 'PROPN', 'I-LOC', 1, 'nsubj'],
      ['salue', 'VERB'],
      ['la', 'DET'],
      ['réunion', 'NOUN'],
      ['tenue', 'VERB'],
      ['à', 'ADP'],
      ['Tanger', 'PROPN', 'I-LOC'],
    ]);
    expect(readPlaces([s], text, 'fr', none).map((p) => p.name)).toEqual(['Tanger']);
  });

  it('takes no broad area, a continent with a point of the compass, for a place', () => {
    const { text, sentence: s } = sentence([
      ['She', 'PRON', undefined, 1, 'nsubj'],
      ['flew', 'VERB'],
      ['to', 'ADP'],
      ['West', 'PROPN', 'I-LOC'],
      ['Africa', 'PROPN', 'I-LOC'],
      ['and', 'CCONJ'],
      ['then', 'ADV'],
      ['to', 'ADP'],
      ['Dakar', 'PROPN', 'I-LOC'],
    ]);
    expect(readPlaces([s], text, 'en', none).map((p) => p.name)).toEqual(['Dakar']);
  });

  it('keeps a capital the model tagged as a person', () => {
    const { text, sentence: s } = sentence([
      ['Il', 'PRON', undefined, 1, 'nsubj'],
      ['a', 'AUX'],
      ['reçu', 'VERB'],
      ['à', 'ADP'],
      ['Lisbonne', 'PROPN', 'I-PER'],
      ['le', 'DET'],
      ['ministre', 'NOUN'],
      ['Paul', 'PROPN', 'I-PER'],
      ['Dumas', 'PROPN', 'I-PER'],
    ]);
    expect(readPlaces([s], text, 'fr', none).map((p) => p.name)).toEqual(['Lisbonne']);
  });

  it('follows a list of places after one preposition', () => {
    const { text, sentence: s } = sentence([
      ['à', 'ADP'],
      ['Lyon', 'PROPN', 'I-LOC'],
      [',', 'PUNCT'],
      ['Nantes', 'PROPN', 'I-LOC'],
      ['et', 'CCONJ'],
      ['Lille', 'PROPN', 'I-LOC'],
    ]);
    expect(readPlaces([s], text, 'fr', none).map((p) => p.name)).toEqual(['Lyon', 'Nantes', 'Lille']);
  });

  it('names a facility with its noun, and a capital by its country', () => {
    const { text, sentence: s } = sentence([
      ['le', 'DET'],
      ['port', 'NOUN'],
      ['de', 'ADP'],
      ['Sète', 'PROPN', 'I-LOC'],
      ['puis', 'ADV'],
      ['dans', 'ADP'],
      ['la', 'DET'],
      ['capitale', 'NOUN'],
      ['espagnole', 'ADJ'],
    ]);
    expect(readPlaces([s], text, 'fr', none).map((p) => p.name)).toEqual(['port de Sète', 'Madrid']);
  });

  it('takes no surname and no common noun for a place', () => {
    const { text, sentence: s } = sentence([
      ['à', 'ADP'],
      ['Dupont', 'PROPN', 'I-LOC'],
      ['à', 'ADP'],
      ['Europe', 'PROPN', 'I-LOC'],
    ]);
    const taken = { ...none, surnames: new Set(['dupont']) };
    expect(readPlaces([s], text, 'fr', taken)).toEqual([]);
  });

  it("keeps a city's capitalized article in its name, and takes a visit to a city as its place", () => {
    const { text, sentence: s } = sentence([
      ['Ils', 'PRON'],
      ['vont', 'VERB'],
      ['à', 'ADP'],
      ['La', 'DET'],
      ['Rochelle', 'PROPN', 'I-LOC'],
      ['puis', 'ADV'],
      ['to', 'ADP'],
      ['Leeds', 'PROPN', 'I-LOC'],
    ]);
    expect(readPlaces([s], text, 'fr', none).map((p) => p.name)).toEqual(['La Rochelle', 'Leeds']);
  });
});

describe('places beyond the model’s tags', () => {
  it('leaves seas and a portfolio, keeps a known city the model missed and a square', () => {
    const { text, sentence: s } = sentence([
      ['le', 'DET'],
      ['secrétaire', 'NOUN'],
      ['aux', 'ADP'],
      ['Transports', 'PROPN', 'B-LOC'],
      ['patrouille', 'VERB'],
      ['en', 'ADP'],
      ['Méditerranée', 'PROPN', 'B-LOC'],
      ['et', 'CCONJ'],
      ['à', 'ADP'],
      ['Oujda', 'PROPN', 'B-PER'],
      ['puis', 'ADV'],
      ['siège', 'VERB'],
      ['place', 'NOUN'],
      ['Vendôme', 'PROPN', 'B-PER'],
    ]);
    expect(readPlaces([s], text, 'fr', none).map((p) => p.name)).toEqual(['Oujda', 'place Vendôme']);
  });

  it('follows a conjunct of a place that comes before it, or repeats its preposition', () => {
    const { text, sentence: s } = sentence([
      ['centres', 'NOUN'],
      ['in', 'ADP'],
      ['Agadir', 'PROPN', 'ORGANIZATION'],
      ['and', 'CCONJ'],
      ['Kenitra', 'PROPN', 'LOCATION', 2, 'conj'],
      ['and', 'CCONJ'],
      ['of', 'ADP'],
      ['Tindouf', 'PROPN', 'LOCATION', 2, 'conj'],
    ]);
    expect(readPlaces([s], text, 'en', none).map((p) => p.name)).toEqual(['Agadir', 'Kenitra', 'Tindouf']);
  });

  it('takes a region after "du" completing a noun, and a known city of two words tagged as a person', () => {
    const { text, sentence: s } = sentence([
      ['la', 'DET'],
      ['région', 'NOUN'],
      ['du', 'ADP'],
      ['du', 'DET'],
      ['Gharb', 'PROPN', 'I-LOC'],
      ['et', 'CCONJ'],
      ['en', 'ADP'],
      ['Beni', 'PROPN', 'I-PER'],
      ['Mellal', 'PROPN', 'I-PER'],
    ]);
    expect(readPlaces([s], text, 'fr', none).map((p) => p.name)).toEqual(['Gharb', 'Beni Mellal']);
  });

  it('names an English building with the noun after its name', () => {
    const { text, sentence: s } = sentence([
      ['hosted', 'VERB'],
      ['at', 'ADP'],
      ['the', 'DET'],
      ['Quirinale', 'PROPN', 'LOCATION'],
      ['palace', 'NOUN'],
    ]);
    expect(readPlaces([s], text, 'en', none).map((p) => p.name)).toEqual(['Quirinale palace']);
  });
});
