import { describe, expect, it } from 'vitest';
import { readDocuments } from './documents.js';
import { handContext } from './parsed-sentence.fixture.js';

describe('readDocuments', () => {
  it('reads a framework named by a noun of its own, not a phrase that uses its word otherwise', () => {
    const ctx = handContext([
      ['Rabat', 'PROPN', 1, 'nsubj', 'I-LOC'],
      ['défend', 'VERB', -1, 'root'],
      ['le', 'DET', 3, 'det'],
      ['plan', 'NOUN', 1, 'obj'],
      ["d'", 'ADP', 5, 'case'],
      ['autonomie', 'NOUN', 3, 'nmod'],
      ['sur', 'ADP', 8, 'case'],
      ['le', 'DET', 8, 'det'],
      ['plan', 'NOUN', 1, 'obl'],
      ['diplomatique', 'ADJ', 8, 'amod'],
    ]);
    expect(readDocuments(ctx).map((d) => [d.name, d.kind])).toEqual([["plan d' autonomie", 'framework']]);
  });
});
