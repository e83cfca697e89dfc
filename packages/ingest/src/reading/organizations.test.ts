import { describe, expect, it } from 'vitest';
import { LEXICONS } from './lexicon.js';
import { readOrganizations } from './organizations.js';
import { type HandToken, handSentence } from './parsed-sentence.fixture.js';

const namesRead = (tokens: HandToken[]) => {
  const { text, sentence } = handSentence(
    tokens.map(([text, pos, head, dep, ner]) => ({ text, pos, head, dep, ner })),
  );
  return readOrganizations([sentence], text, LEXICONS.fr).map((o) => o.name);
};

describe('ministries by portfolio', () => {
  it('reads a portfolio list closed by "et" into the name, with a participle phrase on its last item', () => {
    expect(
      namesRead([
        ['Le', 'DET', 1, 'det'],
        ['ministère', 'NOUN', 14, 'nsubj'],
        ['de', 'ADP', 4, 'case'],
        ["l'", 'DET', 4, 'det'],
        ['Agriculture', 'NOUN', 1, 'nmod'],
        [',', 'PUNCT', 8, 'punct'],
        ['de', 'ADP', 8, 'case'],
        ['la', 'DET', 8, 'det'],
        ['Pêche', 'NOUN', 4, 'conj'],
        ['et', 'CCONJ', 12, 'cc'],
        ['des', 'ADP', 12, 'case'],
        ['des', 'DET', 12, 'det'],
        ['Marins', 'NOUN', 4, 'conj'],
        ['vivant', 'VERB', 12, 'acl'],
        ['signe', 'VERB', -1, 'root'],
      ]),
    ).toEqual(["ministère de l' Agriculture , de la Pêche et des des Marins vivant"]);
  });

  it('reads the adjectives of a portfolio before its list: "ministère des Affaires étrangères, de…"', () => {
    expect(
      namesRead([
        ['Le', 'DET', 1, 'det'],
        ['ministère', 'NOUN', 12, 'nsubj'],
        ['des', 'ADP', 3, 'case'],
        ['Affaires', 'NOUN', 1, 'nmod'],
        ['maritimes', 'ADJ', 3, 'amod'],
        [',', 'PUNCT', 7, 'punct'],
        ['de', 'ADP', 7, 'case'],
        ['la', 'DET', 7, 'det'],
        ['Pêche', 'NOUN', 1, 'conj'],
        ['et', 'CCONJ', 10, 'cc'],
        ['des', 'ADP', 10, 'case'],
        ['Ports', 'NOUN', 1, 'conj'],
        ['recrute', 'VERB', -1, 'root'],
      ]),
    ).toEqual(['ministère des Affaires maritimes , de la Pêche et des Ports']);
  });

  it('ends the name at a preposition that joins no portfolio', () => {
    expect(
      namesRead([
        ['Il', 'PRON', 2, 'nsubj:pass'],
        ['a', 'AUX', 2, 'aux'],
        ['été', 'AUX', 3, 'aux:pass'],
        ['reçu', 'VERB', -1, 'root'],
        ['au', 'ADP', 5, 'case'],
        ['ministère', 'NOUN', 3, 'obl'],
        ['de', 'ADP', 8, 'case'],
        ["l'", 'DET', 8, 'det'],
        ['Intérieur', 'NOUN', 5, 'nmod'],
        ['à', 'ADP', 10, 'case'],
        ['Rabat', 'PROPN', 5, 'nmod', 'I-LOC'],
        ['par', 'ADP', 12, 'case'],
        ['Karim', 'PROPN', 3, 'obl:agent', 'I-PER'],
      ]),
    ).toEqual(["ministère de l' Intérieur"]);
  });

  it('reads no body in a portfolio joined by the Spanish "e"', () => {
    expect(
      namesRead([
        ['el', 'DET', 1, 'det'],
        ['secretario', 'NOUN', 8, 'nsubj'],
        ['de', 'ADP', 3, 'case'],
        ['Estado', 'PROPN', 1, 'nmod', 'ORGANIZATION'],
        ['de', 'ADP', 5, 'case'],
        ['Cultura', 'PROPN', 1, 'nmod', 'ORGANIZATION'],
        ['e', 'CCONJ', 7, 'cc'],
        ['Innovación', 'PROPN', 5, 'conj', 'ORGANIZATION'],
        ['habló', 'VERB', -1, 'root'],
      ]),
    ).toEqual([]);
  });

  it('stops at an item no "et" closes, and at a person', () => {
    expect(
      namesRead([
        ['Le', 'DET', 1, 'det'],
        ['ministère', 'NOUN', 11, 'nsubj'],
        ['de', 'ADP', 4, 'case'],
        ["l'", 'DET', 4, 'det'],
        ['Intérieur', 'NOUN', 1, 'nmod'],
        [',', 'PUNCT', 8, 'punct'],
        ['de', 'ADP', 8, 'case'],
        ['la', 'DET', 8, 'det'],
        ['Ville', 'NOUN', 4, 'conj'],
        [',', 'PUNCT', 10, 'punct'],
        ['Paul', 'PROPN', 1, 'appos', 'I-PER'],
        ['signe', 'VERB', -1, 'root'],
      ]),
    ).toEqual(["ministère de l' Intérieur"]);
    expect(
      namesRead([
        ['Le', 'DET', 1, 'det'],
        ['ministère', 'NOUN', 7, 'nsubj'],
        ['de', 'ADP', 4, 'case'],
        ["l'", 'DET', 4, 'det'],
        ['Intérieur', 'NOUN', 1, 'nmod'],
        ['et', 'CCONJ', 6, 'cc'],
        ['Paul', 'PROPN', 1, 'conj', 'I-PER'],
        ['signent', 'VERB', -1, 'root'],
      ]),
    ).toEqual(["ministère de l' Intérieur"]);
  });
});

describe('bodies and their other names', () => {
  it('reads an acronym that spells a body named in the article as that body', () => {
    // "L'Union européenne et l'UE".
    expect(
      namesRead([
        ["L'", 'DET', 1, 'det'],
        ['Union', 'PROPN', 5, 'nsubj', 'I-ORG'],
        ['européenne', 'ADJ', 1, 'amod', 'I-ORG'],
        ['et', 'CCONJ', 4, 'cc'],
        ['UE', 'PROPN', 1, 'conj', 'B-ORG'],
        ['signent', 'VERB', -1, 'root'],
      ]),
    ).toEqual(['Union européenne']);
  });

  it('gives an acronym in parentheses to the body of several words named just before it', () => {
    const { text, sentence } = handSentence(
      (
        [
          ['la', 'DET', 1, 'det'],
          ['Banque', 'NOUN', 10, 'nsubj', 'I-ORG'],
          ['mondiale', 'ADJ', 1, 'amod', 'I-ORG'],
          ['et', 'CCONJ', 5, 'cc'],
          ['la', 'DET', 5, 'det'],
          ['Banque', 'NOUN', 1, 'conj', 'I-ORG'],
          ['africaine', 'ADJ', 5, 'amod', 'I-ORG'],
          ['(', 'PUNCT', 8, 'punct'],
          ['BAF', 'PROPN', 5, 'appos', 'I-ORG'],
          [')', 'PUNCT', 8, 'punct'],
          ['financent', 'VERB', -1, 'root'],
        ] satisfies HandToken[]
      ).map(([text, pos, head, dep, ner]) => ({ text, pos, head, dep, ner })),
    );
    const orgs = readOrganizations([sentence], text, LEXICONS.fr);
    expect(orgs.map((o) => [o.name, o.acronym])).toEqual([
      ['Banque mondiale', null],
      ['Banque africaine', 'BAF'],
    ]);
  });

  it("reads no body in the agency a dispatch credits, nor in a commissioner's portfolio", () => {
    // "Rabat (MAG) - Le commissaire pour les Affaires intérieures parle".
    expect(
      namesRead([
        ['Rabat', 'PROPN', 8, 'nsubj', 'I-LOC'],
        ['(', 'PUNCT', 2, 'punct'],
        ['Agence', 'PROPN', 0, 'appos', 'I-ORG'],
        [')', 'PUNCT', 2, 'punct'],
        ['-', 'PUNCT', 0, 'punct'],
        ['Le', 'DET', 6, 'det'],
        ['commissaire', 'NOUN', 8, 'nsubj'],
        ['pour', 'ADP', 9, 'case'],
        ['Affaires', 'PROPN', 6, 'nmod', 'I-ORG'],
        ['intérieures', 'ADJ', 8, 'amod', 'I-ORG'],
        ['parle', 'VERB', -1, 'root'],
      ]),
    ).toEqual([]);
  });
});

describe('names the model tags as bodies and are none', () => {
  it('leaves a surname of a person named in full, a city and a director’s portfolio', () => {
    expect(
      namesRead([
        ['Pedro', 'PROPN', 2, 'nsubj', 'B-PER'],
        ['Gómez', 'PROPN', 0, 'flat', 'I-PER'],
        ['llegó', 'VERB', -1, 'root'],
        ['a', 'ADP', 4, 'case'],
        ['Bruselas', 'PROPN', 2, 'obl', 'B-ORG'],
        [';', 'PUNCT', 2, 'punct'],
        ['Gómez', 'PROPN', 7, 'nsubj', 'B-ORG'],
        ['habló', 'VERB', 2, 'parataxis'],
        ['con', 'ADP', 9, 'case'],
        ['el', 'DET', 9, 'det'],
        ['director', 'NOUN', 7, 'obl'],
        ['de', 'ADP', 11, 'case'],
        ['Tráfico', 'PROPN', 9, 'nmod', 'B-ORG'],
        ['y', 'CCONJ', 13, 'cc', 'I-ORG'],
        ['Puertos', 'PROPN', 11, 'conj', 'I-ORG'],
      ]),
    ).toEqual([]);
  });

  it('keeps a body one word long after a director', () => {
    expect(
      namesRead([
        ['le', 'DET', 1, 'det'],
        ['directeur', 'NOUN', -1, 'root'],
        ['de', 'ADP', 3, 'case'],
        ['Frontex', 'PROPN', 1, 'nmod', 'B-ORG'],
      ]),
    ).toEqual(['Frontex']);
  });
});

describe('names the model cut short', () => {
  it('reads the adjectives that end a body’s name, and leaves a country’s adjective', () => {
    expect(
      namesRead([
        ['le', 'DET', 1, 'det'],
        ['Comité', 'PROPN', 5, 'obj', 'B-ORG'],
        ['technique', 'ADJ', 1, 'amod', 'I-ORG'],
        ['mixte', 'ADJ', 1, 'amod'],
        ['permanent', 'ADJ', 1, 'amod'],
        ['marocain', 'ADJ', 1, 'amod'],
        ['siège', 'VERB', -1, 'root'],
      ]),
    ).toEqual(['Comité technique mixte permanent']);
  });
});

describe('bodies of two countries named in lowercase', () => {
  it('reads a joint body up to the two countries’ adjective, and not a forum', () => {
    expect(
      namesRead([
        ['la', 'DET', 1, 'det'],
        ['commission', 'NOUN', 4, 'nsubj'],
        ['technique', 'ADJ', 1, 'amod'],
        ['franco-tunisienne', 'ADJ', 1, 'amod'],
        ['suit', 'VERB', -1, 'root'],
        ['le', 'DET', 6, 'det'],
        ['forum', 'NOUN', 4, 'obj'],
        ['belgo-marocain', 'ADJ', 6, 'amod'],
      ]),
    ).toEqual(['commission technique franco-tunisienne']);
  });

  it('reads an English joint body from the two countries’ names', () => {
    expect(
      namesRead([
        ['the', 'DET', 5, 'det'],
        ['Spain', 'PROPN', 5, 'compound', 'B-LOC'],
        ['-', 'PUNCT', 3, 'punct'],
        ['Senegal', 'PROPN', 1, 'compound', 'B-LOC'],
        ['joint', 'ADJ', 5, 'amod'],
        ['committee', 'NOUN', -1, 'root'],
      ]),
    ).toEqual(['Spain - Senegal joint committee']);
  });
  it('reads a bare complement inside a joint body’s name: "groupe de travail mixte franco-tunisien"', () => {
    expect(
      namesRead([
        ['le', 'DET', 1, 'det'],
        ['groupe', 'NOUN', 6, 'nsubj'],
        ['de', 'ADP', 3, 'case'],
        ['travail', 'NOUN', 1, 'nmod'],
        ['mixte', 'ADJ', 3, 'amod'],
        ['franco-tunisien', 'ADJ', 1, 'amod'],
        ['siège', 'VERB', -1, 'root'],
      ]),
    ).toEqual(['groupe de travail mixte franco-tunisien']);
  });

  it('reads a joint body by its topic, not a place after it, and not a joint body with no topic', () => {
    expect(
      namesRead([
        ['the', 'DET', 3, 'det'],
        ['joint', 'NOUN', 3, 'compound'],
        ['working', 'VERB', 3, 'amod'],
        ['group', 'NOUN', 9, 'nsubj'],
        ['on', 'ADP', 5, 'case'],
        ['fisheries', 'NOUN', 3, 'nmod'],
        ['and', 'CCONJ', 8, 'cc'],
        ['port', 'NOUN', 8, 'compound'],
        ['safety', 'NOUN', 5, 'conj'],
        ['met', 'VERB', -1, 'root'],
        ['in', 'ADP', 11, 'case'],
        ['Tunis', 'PROPN', 5, 'nmod', 'I-LOC'],
        ['with', 'ADP', 15, 'case'],
        ['the', 'DET', 15, 'det'],
        ['joint', 'ADJ', 15, 'amod'],
        ['commission', 'NOUN', 9, 'obl'],
      ]),
    ).toEqual(['joint working group on fisheries and port safety']);
  });
});

describe('English ministries', () => {
  it('keeps the portfolio before the head, tagged or not, without the country adjective', () => {
    expect(
      namesRead([
        ['the', 'DET', 3, 'det'],
        ['Moroccan', 'ADJ', 3, 'amod', 'MISC'],
        ['Interior', 'PROPN', 3, 'compound', 'ORGANIZATION'],
        ['Ministry', 'PROPN', 7, 'nsubj', 'ORGANIZATION'],
        ['and', 'CCONJ', 6, 'cc'],
        ['Foreign', 'PROPN', 6, 'compound'],
        ['Ministry', 'PROPN', 3, 'conj'],
        ['said', 'VERB', -1, 'root'],
      ]),
    ).toEqual(['Interior Ministry', 'Foreign Ministry']);
  });

  it('keeps a portfolio in lower case, and no place or day told after the head', () => {
    expect(
      namesRead([
        ['She', 'PRON', 1, 'nsubj'],
        ['arrived', 'VERB', -1, 'root'],
        ['at', 'ADP', 4, 'case'],
        ['the', 'DET', 4, 'det'],
        ['health', 'NOUN', 5, 'compound'],
        ['ministry', 'NOUN', 1, 'obl'],
        ['and', 'CCONJ', 8, 'cc'],
        ['the', 'DET', 8, 'det'],
        ['ministry', 'NOUN', 5, 'conj'],
        ['in', 'ADP', 10, 'case'],
        ['Lisbon', 'PROPN', 8, 'nmod', 'LOCATION'],
        ['on', 'ADP', 12, 'case'],
        ['Friday', 'PROPN', 1, 'obl'],
      ]),
    ).toEqual(['health ministry']);
  });
});

describe('bodies named by a common noun', () => {
  it('reads a name of several words after the noun, and a name the noun stands in apposition to', () => {
    expect(
      namesRead([
        ['the', 'DET', 1, 'det'],
        ['group', 'NOUN', 5, 'nsubj'],
        ['Sal', 'PROPN', 3, 'compound', 'PERSON'],
        ['Marina', 'PROPN', 1, 'appos', 'PERSON'],
        ['and', 'CCONJ', 5, 'cc'],
        ['Eurojust', 'PROPN', 11, 'conj', 'LOCATION'],
        [',', 'PUNCT', 9, 'punct'],
        ['the', 'DET', 9, 'det'],
        ['EU', 'PROPN', 9, 'compound'],
        ['agency', 'NOUN', 5, 'appos'],
        [',', 'PUNCT', 5, 'punct'],
        ['spoke', 'VERB', -1, 'root'],
      ]),
    ).toEqual(['Sal Marina', 'Eurojust']);
  });

  it('reads the name before the comma when the parse hangs the apposition on an earlier word', () => {
    expect(
      namesRead([
        ['Elle', 'PRON', 1, 'nsubj'],
        ['reçoit', 'VERB', -1, 'root'],
        ['des', 'DET', 3, 'det'],
        ['délégués', 'NOUN', 1, 'obj'],
        ['de', 'ADP', 6, 'case'],
        ['la', 'DET', 6, 'det'],
        ['Fenaprim', 'PROPN', 3, 'nmod', 'I-LOC'],
        [',', 'PUNCT', 3, 'punct'],
        ['une', 'DET', 9, 'det'],
        ['fédération', 'NOUN', 3, 'appos'],
        ['patronale', 'ADJ', 9, 'amod'],
        ['.', 'PUNCT', 1, 'punct'],
      ]),
    ).toEqual(['Fenaprim']);
  });
});
