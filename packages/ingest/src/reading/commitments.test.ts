import { describe, expect, it } from 'vitest';
import { readCommitments } from './commitments.js';
import { type HandToken, handContext } from './parsed-sentence.fixture.js';

const context = (tokens: HandToken[]) => handContext(tokens);

describe('readCommitments', () => {
  it('takes a capital for its state when it is the subject', () => {
    const ctx = context([
      ['Lisbonne', 'PROPN', 2, 'nsubj', 'I-LOC'],
      ['a', 'AUX', 2, 'aux'],
      ['décidé', 'VERB', -1, 'root'],
      ['de', 'ADP', 4, 'mark'],
      ['doubler', 'VERB', 2, 'xcomp'],
      ['les', 'DET', 6, 'det'],
      ['contrats', 'NOUN', 4, 'obj'],
    ]);
    expect(readCommitments(ctx).map((c) => c.makers)).toEqual([[{ kind: 'country', id: 'portugal' }]]);
  });

  it('reads "les deux pays" as the two countries the article names', () => {
    const ctx = context([
      ['La', 'DET', 1, 'det'],
      ['France', 'PROPN', 5, 'nsubj', 'I-LOC'],
      ['et', 'CCONJ', 3, 'cc'],
      ['Italie', 'PROPN', 1, 'conj', 'I-LOC'],
      [',', 'PUNCT', 1, 'punct'],
      ['conviennent', 'VERB', -1, 'root'],
      [';', 'PUNCT', 5, 'punct'],
      ['les', 'DET', 9, 'det'],
      ['deux', 'NUM', 9, 'nummod'],
      ['pays', 'NOUN', 10, 'nsubj'],
      ['promettent', 'VERB', 5, 'parataxis'],
      ['de', 'ADP', 12, 'mark'],
      ['coopérer', 'VERB', 10, 'xcomp'],
      ['davantage', 'ADV', 12, 'advmod'],
    ]);
    const makers = readCommitments(ctx).find((c) => c.text.startsWith('promettent'))?.makers ?? [];
    expect(makers.map((m) => (m.kind === 'country' ? m.id : m.name)).sort()).toEqual(['france', 'italy']);
  });

  it('reads no commitment from a negated verb', () => {
    const ctx = context([
      ['Rome', 'PROPN', 2, 'nsubj', 'I-LOC'],
      ['ne', 'ADV', 2, 'advmod'],
      ['souhaite', 'VERB', -1, 'root'],
      ['pas', 'ADV', 2, 'advmod'],
      ['réduire', 'VERB', 2, 'xcomp'],
      ['les', 'DET', 6, 'det'],
      ['visas', 'NOUN', 4, 'obj'],
    ]);
    expect(readCommitments(ctx)).toEqual([]);
  });
});
