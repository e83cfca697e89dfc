import { describe, expect, it } from 'vitest';
import { announcedMeasures } from './announced-measures.js';
import { actorsIn } from './context.js';
import { LEXICONS } from './lexicon.js';
import { type HandToken, handContext, inLanguage } from './parsed-sentence.fixture.js';

/** The measures read from the one sentence of a hand-parsed context. */
function read(tokens: HandToken[], language?: 'en' | 'es') {
  const ctx = language ? inLanguage(handContext(tokens), language) : handContext(tokens);
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

  it('reads nothing from what may be done, nor from what will be done on a condition', () => {
    expect(read(opens('pourrait'))).toEqual([]);
    // "Si l'accord est signé, le Portugal ouvrira trois bureaux".
    expect(
      read([
        ['Si', 'SCONJ', 4, 'mark'],
        ["l'", 'DET', 2, 'det'],
        ['accord', 'NOUN', 4, 'nsubj:pass'],
        ['est', 'AUX', 4, 'aux:pass'],
        ['signé', 'VERB', 8, 'advcl'],
        [',', 'PUNCT', 4, 'punct'],
        ['le', 'DET', 7, 'det'],
        ['Portugal', 'PROPN', 8, 'nsubj', 'I-LOC'],
        ['ouvrira', 'VERB', -1, 'root'],
        ['trois', 'NUM', 10, 'nummod'],
        ['bureaux', 'NOUN', 8, 'obj'],
      ]),
    ).toEqual([]);
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

  it("gives a passive future told after the meeting's record to the two countries", () => {
    // "Selon le procès-verbal du Portugal et du Maroc, trois bureaux seront ouverts."
    expect(
      read([
        ['Selon', 'ADP', 2, 'case'],
        ['le', 'DET', 2, 'det'],
        ['procès-verbal', 'NOUN', 13, 'obl:mod'],
        ['du', 'ADP', 4, 'case'],
        ['Portugal', 'PROPN', 2, 'nmod', 'I-LOC'],
        ['et', 'CCONJ', 7, 'cc'],
        ['du', 'ADP', 7, 'case'],
        ['Maroc', 'PROPN', 4, 'conj', 'I-LOC'],
        [',', 'PUNCT', 2, 'punct'],
        ['trois', 'NUM', 10, 'nummod'],
        ['bureaux', 'NOUN', 13, 'nsubj:pass'],
        ['seront', 'AUX', 13, 'aux:pass'],
        ['bientôt', 'ADV', 13, 'advmod'],
        ['ouverts', 'VERB', -1, 'root'],
      ]),
    ).toEqual([['bureaux seront bientôt ouverts', [...portugal, { kind: 'country', id: 'morocco' }]]]);
  });

  it('reads a clause set against the first by "while" as the other side\'s measure', () => {
    // "Spain will open offices for those who stay, while Portugal will train officers."
    expect(
      read(
        [
          ['Spain', 'PROPN', 2, 'nsubj', 'LOCATION'],
          ['will', 'AUX', 2, 'aux'],
          ['open', 'VERB', -1, 'root'],
          ['offices', 'NOUN', 2, 'obj'],
          ['for', 'ADP', 5, 'case'],
          ['those', 'PRON', 2, 'obl'],
          ['who', 'PRON', 7, 'nsubj'],
          ['stay', 'VERB', 5, 'acl:relcl'],
          [',', 'PUNCT', 12, 'punct'],
          ['while', 'SCONJ', 12, 'mark'],
          ['Portugal', 'PROPN', 12, 'nsubj', 'LOCATION'],
          ['will', 'AUX', 12, 'aux'],
          ['train', 'VERB', 7, 'advcl'],
          ['officers', 'NOUN', 12, 'obj'],
        ],
        'en',
      ),
    ).toEqual([
      ['Spain will open offices for those who stay', [{ kind: 'country', id: 'spain' }]],
      ['Portugal will train officers', portugal],
    ]);
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

  it('gives a passive future to its agent when the agent names an actor', () => {
    // "Trois bureaux seront financés par le Portugal".
    const byAgent: HandToken[] = [
      ['Trois', 'NUM', 1, 'nummod'],
      ['bureaux', 'NOUN', 3, 'nsubj:pass'],
      ['seront', 'AUX', 3, 'aux:pass'],
      ['financés', 'VERB', -1, 'root'],
      ['par', 'ADP', 6, 'case'],
      ['le', 'DET', 6, 'det'],
      ['Portugal', 'PROPN', 3, 'obl:agent', 'I-LOC'],
    ];
    expect(read(byAgent)).toEqual([['bureaux seront financés par le Portugal', portugal]]);
    // "par l'intermédiaire du Portugal": a means, not who does it.
    const means: HandToken[] = [
      ['Trois', 'NUM', 1, 'nummod'],
      ['bureaux', 'NOUN', 3, 'nsubj:pass'],
      ['seront', 'AUX', 3, 'aux:pass'],
      ['financés', 'VERB', -1, 'root'],
      ['par', 'ADP', 6, 'case'],
      ["l'", 'DET', 6, 'det'],
      ['intermédiaire', 'NOUN', 3, 'obl:agent'],
      ['du', 'ADP', 8, 'case'],
      ['Portugal', 'PROPN', 6, 'nmod', 'I-LOC'],
    ];
    expect(read(means)).toEqual([]);
  });

  it('reads a Spanish passive the parser took for an active verb, its agent after "por"', () => {
    // "Tres oficinas serán financiadas por Portugal".
    const ctx = {
      ...handContext([
        ['Tres', 'NUM', 1, 'nummod'],
        ['oficinas', 'NOUN', 3, 'nsubj'],
        ['serán', 'AUX', 3, 'aux'],
        ['financiadas', 'VERB', -1, 'root'],
        ['por', 'ADP', 5, 'case'],
        ['Portugal', 'PROPN', 3, 'obj', 'I-LOC'],
      ]),
      language: 'es' as const,
      lexicon: LEXICONS.es,
    };
    const [sentence] = ctx.sentences;
    if (!sentence) throw new Error('no sentence');
    expect(announcedMeasures(ctx, sentence, actorsIn(ctx, sentence)).map((m) => m.makers)).toEqual([
      portugal,
    ]);
  });

  it('gives a passive future that a communiqué announces to the two countries the article names', () => {
    // "Un bureau sera ouvert au Portugal et au Maroc, précise le communiqué" (the verb's subject
    // read as its object).
    const tokens: HandToken[] = [
      ['Un', 'DET', 1, 'det'],
      ['bureau', 'NOUN', 3, 'nsubj:pass'],
      ['sera', 'AUX', 3, 'aux:pass'],
      ['ouvert', 'VERB', -1, 'root'],
      ['au', 'ADP', 5, 'case'],
      ['Portugal', 'PROPN', 3, 'obl', 'I-LOC'],
      ['et', 'CCONJ', 7, 'cc'],
      ['Maroc', 'PROPN', 5, 'conj', 'I-LOC'],
      [',', 'PUNCT', 9, 'punct'],
      ['précise', 'VERB', 3, 'advcl'],
      ['le', 'DET', 11, 'det'],
      ['communiqué', 'NOUN', 9, 'obj'],
    ];
    expect(read(tokens).map(([, makers]) => makers)).toEqual([
      [
        { kind: 'country', id: 'portugal' },
        { kind: 'country', id: 'morocco' },
      ],
    ]);
  });

  it('reads a relative clause in the future as a measure only where the sentence cites its source', () => {
    // "Selon le texte, l'accord engage le Portugal, qui ouvrira trois bureaux".
    const relative = (source: boolean): HandToken[] => [
      [source ? 'Selon' : 'Dans', 'ADP', 2, 'case'],
      ['le', 'DET', 2, 'det'],
      ['texte', 'NOUN', 5, 'obl'],
      [',', 'PUNCT', 2, 'punct'],
      ["l'", 'DET', 5, 'det'],
      ['accord', 'NOUN', -1, 'root'],
      ['avec', 'ADP', 8, 'case'],
      ['le', 'DET', 8, 'det'],
      ['Portugal', 'PROPN', 5, 'nmod', 'I-LOC'],
      [',', 'PUNCT', 11, 'punct'],
      ['qui', 'PRON', 11, 'nsubj'],
      ['ouvrira', 'VERB', 8, 'acl:relcl'],
      ['trois', 'NUM', 13, 'nummod'],
      ['bureaux', 'NOUN', 11, 'obj'],
    ];
    expect(read(relative(true))).toEqual([['qui ouvrira trois bureaux', portugal]]);
    expect(read(relative(false))).toEqual([]);
  });

  it('reads what is planned, told before the verb that reports it, as a measure; a planned meeting as none', () => {
    // "A joint drill is planned in May, Portugal said", the reporting verb as the root.
    const planned = (noun: string): HandToken[] => [
      ['A', 'DET', 2, 'det'],
      ['joint', 'ADJ', 2, 'amod'],
      [noun, 'NOUN', 4, 'nsubj:pass'],
      ['is', 'AUX', 4, 'aux:pass'],
      ['planned', 'VERB', 8, 'ccomp'],
      ['in', 'ADP', 6, 'case'],
      ['May', 'PROPN', 4, 'obl'],
      [',', 'PUNCT', 8, 'punct'],
      ['said', 'VERB', -1, 'root'],
      ['Portugal', 'PROPN', 8, 'nsubj', 'I-LOC'],
    ];
    expect(read(planned('drill'), 'en')).toEqual([['drill is planned in May', portugal]]);
    expect(read(planned('meeting'), 'en')).toEqual([]);
  });
});
