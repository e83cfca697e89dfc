import type { Annotation } from '@diplograph/nlp';
import { describe, expect, it } from 'vitest';
import { knownOf } from './known.js';
import type { HandToken } from './parsed-sentence.fixture.js';
import { readArticle } from './read-article.js';

/** A hand-made CoreNLP annotation of sentences of words joined by spaces, and its text. */
function annotated(sentences: HandToken[][]): { text: string; parse: Annotation } {
  let text = '';
  const parse: Annotation = { sentences: [] };
  for (const [index, tokens] of sentences.entries()) {
    if (text) text += ' ';
    const offset = text.length;
    text += tokens.map(([t]) => t).join(' ');
    let at = offset;
    parse.sentences.push({
      index,
      tokens: tokens.map(([t, pos, , , ner], i) => {
        const token = {
          index: i + 1,
          word: t,
          originalText: t,
          characterOffsetBegin: at,
          characterOffsetEnd: at + t.length,
          pos,
          ner: ner ?? 'O',
        };
        at += t.length + 1;
        return token;
      }),
      basicDependencies: tokens.map(([t, , head, dep], i) => ({
        dep,
        governor: head + 1,
        governorGloss: tokens[head]?.[0] ?? 'ROOT',
        dependent: i + 1,
        dependentGloss: t,
      })),
      entitymentions: [],
    });
  }
  return { text, parse };
}

describe('readArticle', () => {
  it('gives a commitment of both sides, with no meeting to take them from, to the two countries', () => {
    const { text, parse } = annotated([
      [
        ['Le', 'DET', 1, 'det'],
        ['Maroc', 'PROPN', 5, 'nsubj', 'I-LOC'],
        ['et', 'CCONJ', 4, 'cc'],
        ['le', 'DET', 4, 'det'],
        ['Portugal', 'PROPN', 1, 'conj', 'I-LOC'],
        ['parlent', 'VERB', -1, 'root'],
      ],
      [
        ['Les', 'DET', 2, 'det'],
        ['deux', 'NUM', 2, 'nummod'],
        ['parties', 'NOUN', 4, 'nsubj'],
        ['ont', 'AUX', 4, 'aux'],
        ['convenu', 'VERB', -1, 'root'],
        ['de', 'ADP', 6, 'mark'],
        ['coopérer', 'VERB', 4, 'xcomp'],
        ['davantage', 'ADV', 6, 'advmod'],
      ],
    ]);
    const reading = readArticle(
      { text, regions: [{ kind: 'body', start: 0, end: text.length }] },
      parse,
      null,
      'fr',
      knownOf({ nodes: [], relationships: [] }),
    );
    expect(reading.commitments.map((c) => [c.text, c.makers])).toEqual([
      [
        'convenu de coopérer davantage',
        [
          { kind: 'country', id: 'morocco' },
          { kind: 'country', id: 'portugal' },
        ],
      ],
    ]);
  });

  it('gives a commitment of both sides at a meeting no one is named at to its convener and the two countries', () => {
    const { text, parse } = annotated([
      [
        ['Morocco', 'PROPN', 3, 'nsubj', 'I-LOC'],
        ['and', 'CCONJ', 2, 'cc'],
        ['Portugal', 'PROPN', 0, 'conj', 'I-LOC'],
        ['spoke', 'VERB', -1, 'root'],
      ],
      [
        ['A', 'DET', 1, 'det'],
        ['meeting', 'NOUN', 7, 'nsubj:pass'],
        ['of', 'ADP', 5, 'case'],
        ['the', 'DET', 5, 'det'],
        ['Rabat', 'PROPN', 5, 'compound', 'I-ORG'],
        ['Process', 'PROPN', 1, 'nmod', 'I-ORG'],
        ['was', 'AUX', 7, 'aux:pass'],
        ['held', 'VERB', -1, 'root'],
      ],
      [
        ['The', 'DET', 2, 'det'],
        ['two', 'NUM', 2, 'nummod'],
        ['ministers', 'NOUN', 3, 'nsubj'],
        ['agreed', 'VERB', -1, 'root'],
        ['to', 'ADP', 5, 'mark'],
        ['cooperate', 'VERB', 3, 'xcomp'],
        ['more', 'ADV', 5, 'advmod'],
      ],
    ]);
    const reading = readArticle(
      { text, regions: [{ kind: 'body', start: 0, end: text.length }] },
      parse,
      null,
      'en',
      knownOf({ nodes: [], relationships: [] }),
    );
    expect(reading.commitments.map((c) => c.makers)).toEqual([
      [
        { kind: 'organization', name: 'Rabat Process' },
        { kind: 'country', id: 'morocco' },
        { kind: 'country', id: 'portugal' },
      ],
    ]);
  });

  it('gives what both sides agreed at a meeting to the one held before, not to the meeting agreed on', () => {
    const { text, parse } = annotated([
      [
        ['Jean', 'PROPN', 2, 'nsubj', 'PERSON'],
        ['Dupont', 'PROPN', 0, 'flat', 'PERSON'],
        ['met', 'VERB', -1, 'root'],
        ['Pedro', 'PROPN', 2, 'obj', 'PERSON'],
        ['Costa', 'PROPN', 3, 'flat', 'PERSON'],
        ['in', 'ADP', 6, 'case'],
        ['Lisbon', 'PROPN', 2, 'obl', 'LOCATION'],
        ['on', 'ADP', 9, 'case'],
        ['3', 'NUM', 9, 'nummod'],
        ['March', 'PROPN', 2, 'obl', 'DATE'],
        ['2025', 'NUM', 9, 'nummod', 'DATE'],
      ],
      [
        ['The', 'DET', 2, 'det'],
        ['two', 'NUM', 2, 'nummod'],
        ['ministers', 'NOUN', 3, 'nsubj'],
        ['agreed', 'VERB', -1, 'root'],
        ['to', 'ADP', 5, 'mark'],
        ['hold', 'VERB', 3, 'xcomp'],
        ['a', 'DET', 8, 'det'],
        ['working', 'NOUN', 8, 'compound'],
        ['group', 'NOUN', 5, 'obj'],
        ['meeting', 'NOUN', 8, 'compound'],
        ['in', 'ADP', 11, 'case'],
        ['Rabat', 'PROPN', 5, 'obl', 'LOCATION'],
      ],
    ]);
    const reading = readArticle(
      { text, regions: [{ kind: 'body', start: 0, end: text.length }] },
      parse,
      null,
      'en',
      knownOf({ nodes: [], relationships: [] }),
    );
    // The meeting agreed on is read as held, as the parser gives no tense to tell it by.
    expect(reading.meetings.map((m) => m.status)).toEqual(['held', 'held']);
    expect(reading.commitments.map((c) => [c.madeAt, c.makers])).toEqual([
      [
        0,
        [
          { kind: 'person', name: 'Jean Dupont' },
          { kind: 'person', name: 'Pedro Costa' },
        ],
      ],
    ]);
  });
});
