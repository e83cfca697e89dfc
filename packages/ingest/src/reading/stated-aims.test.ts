import { describe, expect, it } from 'vitest';
import { actorsIn } from './context.js';
import { type HandToken, handContext, inLanguage } from './parsed-sentence.fixture.js';
import { statedAims } from './stated-aims.js';

/** The aims read from the one sentence of a hand-parsed context. */
function read(tokens: HandToken[], language?: 'en') {
  const ctx = language ? inLanguage(handContext(tokens), language) : handContext(tokens);
  const [sentence] = ctx.sentences;
  if (!sentence) throw new Error('no sentence');
  return statedAims(ctx, sentence, actorsIn(ctx, sentence)).map((a) => [a.text, a.makers]);
}

const portugal = [{ kind: 'country', id: 'portugal' }];

describe('statedAims', () => {
  it('reads "l\'objectif du Portugal est de doubler" as what Portugal aims at', () => {
    expect(
      read([
        ["L'", 'DET', 1, 'det'],
        ['objectif', 'NOUN', 7, 'nsubj'],
        ['du', 'ADP', 3, 'case'],
        ['Portugal', 'PROPN', 1, 'nmod', 'I-LOC'],
        ['est', 'AUX', 7, 'cop'],
        ['bien', 'ADV', 7, 'advmod'],
        ['de', 'ADP', 7, 'mark'],
        ['doubler', 'VERB', -1, 'root'],
        ['les', 'DET', 9, 'det'],
        ['visas', 'NOUN', 7, 'obj'],
      ]),
    ).toEqual([['doubler les visas', portugal]]);
  });

  it('reads the infinitive of the verb an aim is the subject of: "the aim of Portugal remains to help"', () => {
    expect(
      read(
        [
          ['The', 'DET', 1, 'det'],
          ['aim', 'NOUN', 4, 'nsubj'],
          ['of', 'ADP', 3, 'case'],
          ['Portugal', 'PROPN', 1, 'nmod', 'LOCATION'],
          ['remains', 'VERB', -1, 'root'],
          ['to', 'ADP', 6, 'mark'],
          ['help', 'VERB', 4, 'xcomp'],
          ['small', 'ADJ', 8, 'amod'],
          ['farmers', 'NOUN', 6, 'obj'],
        ],
        'en',
      ),
    ).toEqual([['help small farmers', portugal]]);
  });

  it('reads no aim from an aim that was reached', () => {
    expect(
      read([
        ["L'", 'DET', 1, 'det'],
        ['objectif', 'NOUN', 5, 'nsubj:pass'],
        ['du', 'ADP', 3, 'case'],
        ['Portugal', 'PROPN', 1, 'nmod', 'I-LOC'],
        ['a', 'AUX', 5, 'aux'],
        ['atteint', 'VERB', -1, 'root'],
        ['ses', 'DET', 7, 'det'],
        ['chiffres', 'NOUN', 5, 'obj'],
      ]),
    ).toEqual([]);
  });
});
