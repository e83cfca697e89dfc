import { describe, expect, it } from 'vitest';
import { LEXICONS } from './lexicon.js';
import { type HandToken, handSentence } from './parsed-sentence.fixture.js';
import { readPeople } from './people.js';

const peopleRead = (tokens: HandToken[]) => {
  const { text, sentence } = handSentence(
    tokens.map(([text, pos, head, dep, ner]) => ({ text, pos, head, dep, ner })),
  );
  return readPeople([sentence], text, LEXICONS.en).map((p) => [p.name, p.title, p.country]);
};

describe('titles', () => {
  it('reads a title whose portfolios are joined by "and", and the country that owns it', () => {
    expect(
      peopleRead([
        ['Portugal', 'PROPN', 2, 'nmod:poss', 'I-LOC'],
        ['’s', 'PART', 0, 'case'],
        ['Secretary', 'PROPN', 10, 'nsubj'],
        ['for', 'ADP', 4, 'case'],
        ['Equality', 'PROPN', 2, 'nmod'],
        ['and', 'CCONJ', 6, 'cc'],
        ['Migration', 'PROPN', 4, 'conj'],
        [',', 'PUNCT', 8, 'punct'],
        ['Ana', 'PROPN', 2, 'appos', 'I-PER'],
        ['Lopes', 'PROPN', 8, 'flat:name', 'I-PER'],
        ['spoke', 'VERB', -1, 'root'],
      ]),
    ).toEqual([['Ana Lopes', 'Secretary for Equality and Migration', 'portugal']]);
  });

  it('leaves a lower-case title out of a name the model tagged with it', () => {
    expect(
      peopleRead([
        ['with', 'ADP', 2, 'case'],
        ['wali', 'NOUN', 4, 'nmod', 'PERSON'],
        ['Sara', 'PROPN', 1, 'appos', 'PERSON'],
        ['Bennis', 'PROPN', 2, 'flat', 'PERSON'],
        ['spoke', 'VERB', -1, 'root'],
      ]).map(([name]) => name),
    ).toEqual(['Sara Bennis']);
  });

  it('reads a surname of two words as the person whose full name it ends', () => {
    const { text, sentence } = handSentence(
      (
        [
          ['Lena', 'PROPN', 3, 'nsubj', 'PERSON'],
          ['De', 'PROPN', 0, 'flat', 'PERSON'],
          ['Wit', 'PROPN', 0, 'flat', 'PERSON'],
          ['met', 'VERB', -1, 'root'],
          ['Nora', 'PROPN', 3, 'obj', 'PERSON'],
          ['Haddad', 'PROPN', 4, 'flat', 'PERSON'],
          ['and', 'CCONJ', 7, 'cc'],
          ['De', 'PROPN', 3, 'conj', 'PERSON'],
          ['Wit', 'PROPN', 7, 'flat', 'PERSON'],
          ['spoke', 'VERB', 3, 'conj'],
        ] satisfies HandToken[]
      ).map(([text, pos, head, dep, ner]) => ({ text, pos, head, dep, ner })),
    );
    expect(readPeople([sentence], text, LEXICONS.en).map((p) => [p.name, p.mentions.length])).toEqual([
      ['Lena De Wit', 2],
      ['Nora Haddad', 1],
    ]);
  });

  it('reads the country of an English title or counterpart from the adjective before it', () => {
    expect(
      peopleRead([
        ['Moroccan', 'ADJ', 2, 'amod'],
        ['Interior', 'PROPN', 2, 'compound'],
        ['Minister', 'PROPN', 4, 'compound'],
        ['Sara', 'PROPN', 4, 'compound', 'PERSON'],
        ['Bennis', 'PROPN', 5, 'nsubj', 'PERSON'],
        ['met', 'VERB', -1, 'root'],
        ['his', 'PRON', 8, 'nmod:poss'],
        ['Italian', 'ADJ', 8, 'amod'],
        ['counterpart', 'NOUN', 5, 'obj'],
        ['Marco', 'PROPN', 10, 'compound', 'PERSON'],
        ['Rossi', 'PROPN', 8, 'dep', 'PERSON'],
      ]),
    ).toEqual([
      ['Sara Bennis', 'Interior Minister', 'morocco'],
      ['Marco Rossi', null, 'italy'],
    ]);
  });

  it('ends a title at an "and" that joins it to another person', () => {
    expect(
      peopleRead([
        ['Paul', 'PROPN', 5, 'nsubj', 'I-PER'],
        ['Dumas', 'PROPN', 0, 'flat:name', 'I-PER'],
        ['and', 'CCONJ', 4, 'cc'],
        ['minister', 'NOUN', 4, 'compound'],
        ['Rui', 'PROPN', 0, 'conj', 'I-PER'],
        ['Costa', 'PROPN', 4, 'flat:name', 'I-PER'],
        ['met', 'VERB', -1, 'root'],
      ]).map(([name, title]) => [name, title]),
    ).toEqual([
      ['Paul Dumas', null],
      ['Rui Costa', 'minister'],
    ]);
  });

  it('finds the person in a title the model tagged with the name as one body', () => {
    const { text, sentence } = handSentence(
      (
        [
          ['la', 'DET', 1, 'det'],
          ['ministre', 'NOUN', 7, 'nsubj', 'I-ORG'],
          ['de', 'ADP', 4, 'case', 'I-ORG'],
          ["l'", 'DET', 4, 'det', 'I-ORG'],
          ['Intérieur', 'PROPN', 1, 'nmod', 'I-ORG'],
          ['Claire', 'PROPN', 1, 'appos', 'I-ORG'],
          ['Martin', 'PROPN', 5, 'flat:name', 'I-ORG'],
          ['parle', 'VERB', -1, 'root'],
        ] satisfies HandToken[]
      ).map(([text, pos, head, dep, ner]) => ({ text, pos, head, dep, ner })),
    );
    expect(readPeople([sentence], text, LEXICONS.fr).map((p) => p.name)).toEqual(['Claire Martin']);
  });
});
