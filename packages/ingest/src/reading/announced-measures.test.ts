import { describe, expect, it } from 'vitest';
import { announcedMeasures } from './announced-measures.js';
import { actorsIn } from './context.js';
import { type HandToken, handContext } from './parsed-sentence.fixture.js';

/** The measures read from the one sentence of a hand-parsed context. */
function read(tokens: HandToken[]) {
  const ctx = handContext(tokens);
  const [sentence] = ctx.sentences;
  if (!sentence) throw new Error('no sentence');
  return announcedMeasures(ctx, sentence, actorsIn(ctx, sentence)).map((m) => [m.text, m.makers]);
}

const portugal = [{ kind: 'country', id: 'portugal' }];

/** "Le Portugal <verb> trois bureaux à Rabat". */
const opens = (verb: string, aux?: string): HandToken[] => [
  ['Le', 'DET', 1, 'det'],
  ['Portugal', 'PROPN', aux ? 3 : 2, 'nsubj', 'I-LOC'],
  ...(aux ? ([[aux, 'AUX', 3, 'aux']] as HandToken[]) : []),
  [verb, 'VERB', -1, 'root'],
  ['trois', 'NUM', aux ? 5 : 4, 'nummod'],
  ['bureaux', 'NOUN', aux ? 3 : 2, 'obj'],
];

describe('announcedMeasures', () => {
  it('reads what an actor will do as its measure', () => {
    expect(read(opens('ouvrira'))).toEqual([['Portugal ouvrira trois bureaux', portugal]]);
  });

  it('reads nothing from what was done', () => {
    expect(read(opens('ouvert', 'a'))).toEqual([]);
  });

  it('gives a passive future to who announces it, and to no one when nobody does', () => {
    const passive: HandToken[] = [
      ['Trois', 'NUM', 1, 'nummod'],
      ['bureaux', 'NOUN', 3, 'nsubj:pass'],
      ['seront', 'AUX', 3, 'aux:pass'],
      ['ouverts', 'VERB', -1, 'root'],
    ];
    const announced: HandToken[] = [
      ...passive,
      [',', 'PUNCT', 5, 'punct'],
      ['annonce', 'VERB', 3, 'parataxis'],
      ['le', 'DET', 7, 'det'],
      ['Portugal', 'PROPN', 5, 'nsubj', 'I-LOC'],
    ];
    expect(read(announced)).toEqual([['bureaux seront ouverts', portugal]]);
    expect(read(passive)).toEqual([]);
  });

  it('reads no measure from a meeting still to come', () => {
    expect(
      read([
        ['La', 'DET', 1, 'det'],
        ['réunion', 'NOUN', 5, 'nsubj'],
        ['avec', 'ADP', 3, 'case'],
        ['Portugal', 'PROPN', 1, 'nmod', 'I-LOC'],
        ['aura', 'AUX', 5, 'aux'],
        ['lieu', 'NOUN', -1, 'root'],
        ['à', 'ADP', 7, 'case'],
        ['Rabat', 'PROPN', 5, 'obl', 'I-LOC'],
      ]),
    ).toEqual([]);
  });

  it('gives what will be done under a document to both sides', () => {
    const ctx = handContext([
      ['Aux', 'ADP', 1, 'case'],
      ['termes', 'NOUN', 9, 'obl:mod'],
      ['de', 'ADP', 4, 'case'],
      ['ce', 'DET', 4, 'det'],
      ['protocole', 'NOUN', 1, 'nmod'],
      [',', 'PUNCT', 1, 'punct'],
      ['cent', 'NUM', 7, 'nummod'],
      ['maçons', 'NOUN', 9, 'nsubj:pass'],
      ['seront', 'AUX', 9, 'aux:pass'],
      ['formés', 'VERB', -1, 'root'],
    ]);
    const [sentence] = ctx.sentences;
    if (!sentence) throw new Error('no sentence');
    const measures = announcedMeasures(ctx, sentence, actorsIn(ctx, sentence));
    expect(measures.map((m) => [m.text, m.makers, m.bothSides])).toEqual([
      ['maçons seront formés', [], true],
    ]);
  });

  it("gives a state's body's measure to that state too", () => {
    const ctx = handContext([
      ['Un', 'DET', 1, 'det'],
      ['agent', 'NOUN', 6, 'nsubj'],
      ['de', 'ADP', 3, 'case'],
      ['Police', 'NOUN', 1, 'nmod', 'I-ORG'],
      ['belge', 'ADJ', 3, 'amod', 'I-ORG'],
      ['sera', 'AUX', 6, 'cop'],
      ['présent', 'ADJ', -1, 'root'],
      ['à', 'ADP', 8, 'case'],
      ['Tunis', 'PROPN', 6, 'obl', 'I-LOC'],
    ]);
    const start = ctx.text.indexOf('Police');
    const mention = { start, end: start + 'Police belge'.length };
    ctx.organizations = [
      { name: 'Police belge', acronym: null, country: null, mentions: [mention], evidence: mention },
    ];
    const [sentence] = ctx.sentences;
    if (!sentence) throw new Error('no sentence');
    expect(announcedMeasures(ctx, sentence, actorsIn(ctx, sentence)).map((m) => m.makers)).toEqual([
      [
        { kind: 'organization', name: 'Police belge' },
        { kind: 'country', id: 'belgium' },
      ],
    ]);
  });
});
