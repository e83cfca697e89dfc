import { describe, expect, it } from 'vitest';
import type { ArticleContext } from './context.js';
import { type HandToken, handContext } from './parsed-sentence.fixture.js';
import { reportedFutures } from './reported-commitments.js';

const context = (tokens: HandToken[]) => handContext(tokens);

/** "Lisbonne a assuré qu' elle ouvrirait trois bureaux": the speaker's own future. */
const said = (verb: string): HandToken[] => [
  ['Lisbonne', 'PROPN', 2, 'nsubj', 'I-LOC'],
  ['a', 'AUX', 2, 'aux'],
  ['assuré', 'VERB', -1, 'root'],
  ["qu'", 'SCONJ', 5, 'mark'],
  ['elle', 'PRON', 5, 'nsubj'],
  [verb, 'VERB', 2, 'ccomp'],
  ['trois', 'NUM', 7, 'nummod'],
  ['bureaux', 'NOUN', 5, 'obj'],
];

/** The commitments read from the one sentence of a context. */
function read(ctx: ArticleContext) {
  const [sentence] = ctx.sentences;
  if (!sentence) throw new Error('no sentence');
  return reportedFutures(ctx, sentence);
}

describe('reportedFutures', () => {
  it('reads what a speaker says it will do as its commitment', () => {
    expect(read(context(said('ouvrirait'))).map((c) => [c.text, c.makers])).toEqual([
      ['ouvrirait trois bureaux', [{ kind: 'country', id: 'portugal' }]],
    ]);
  });

  it("reads what a cited source says an actor will do as the actor's commitment", () => {
    /** "Selon le communiqué, Lisbonne <verb> trois bureaux". */
    const sourced = (verb: string): HandToken[] => [
      ['Selon', 'ADP', 2, 'case'],
      ['le', 'DET', 2, 'det'],
      ['communiqué', 'NOUN', 5, 'obl'],
      [',', 'PUNCT', 2, 'punct'],
      ['Lisbonne', 'PROPN', 5, 'nsubj', 'I-LOC'],
      [verb, 'VERB', -1, 'root'],
      ['trois', 'NUM', 7, 'nummod'],
      ['bureaux', 'NOUN', 5, 'obj'],
    ];
    expect(read(context(sourced('ouvrira'))).map((c) => [c.text, c.makers])).toEqual([
      ['Lisbonne ouvrira trois bureaux', [{ kind: 'country', id: 'portugal' }]],
    ]);
    expect(read(context(sourced('ouvrait')))).toEqual([]);
  });

  it('reads nothing from what a speaker says it did', () => {
    expect(read(context(said('ouvrait')))).toEqual([]);
  });

  it('reads a future told with "aller", its infinitive hung on a word between', () => {
    const ctx = context([
      ['Lisbonne', 'PROPN', 2, 'nsubj', 'I-LOC'],
      ['a', 'AUX', 2, 'aux'],
      ['assuré', 'VERB', -1, 'root'],
      ["qu'", 'SCONJ', 5, 'mark'],
      ['elle', 'PRON', 5, 'nsubj'],
      ['allait', 'VERB', 2, 'ccomp'],
      ['avec', 'ADP', 7, 'case'],
      ['Rabat', 'PROPN', 5, 'obl', 'I-LOC'],
      ['ouvrir', 'VERB', 7, 'acl'],
      ['trois', 'NUM', 10, 'nummod'],
      ['bureaux', 'NOUN', 8, 'obj'],
    ]);
    expect(read(ctx).map((c) => c.text)).toEqual(['allait avec Rabat ouvrir trois bureaux']);
    expect(read(context(said('allait')))).toEqual([]);
  });
});
