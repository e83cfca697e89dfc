import { describe, expect, it } from 'vitest';
import type { ArticleContext } from './context.js';
import { LEXICONS } from './lexicon.js';
import { type HandToken, handArticle, handContext } from './parsed-sentence.fixture.js';
import { readPeople } from './people.js';
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

  it('reads each clause of a coordination with a subject of its own apart, with its own maker', () => {
    // "Rabat a annoncé que Lisbonne ouvrirait trois bureaux et que Madrid formerait les agents".
    const ctx = context([
      ['Rabat', 'PROPN', 2, 'nsubj', 'I-LOC'],
      ['a', 'AUX', 2, 'aux'],
      ['annoncé', 'VERB', -1, 'root'],
      ['que', 'SCONJ', 5, 'mark'],
      ['Lisbonne', 'PROPN', 5, 'nsubj', 'I-LOC'],
      ['ouvrirait', 'VERB', 2, 'ccomp'],
      ['trois', 'NUM', 7, 'nummod'],
      ['bureaux', 'NOUN', 5, 'obj'],
      ['et', 'CCONJ', 11, 'cc'],
      ['que', 'SCONJ', 11, 'mark'],
      ['Madrid', 'PROPN', 11, 'nsubj', 'I-LOC'],
      ['formerait', 'VERB', 5, 'conj'],
      ['les', 'DET', 13, 'det'],
      ['agents', 'NOUN', 11, 'obj'],
    ]);
    expect(read(ctx).map((c) => [c.text, c.makers])).toEqual([
      ['Lisbonne ouvrirait trois bureaux', [{ kind: 'country', id: 'portugal' }]],
      ['Madrid formerait les agents', [{ kind: 'country', id: 'spain' }]],
    ]);
  });

  it('reads a clause the parser hung on a noun of the reporting verb', () => {
    // "Rabat told reporters after the talks that Lisbon would open three offices".
    const ctx = {
      ...context([
        ['Rabat', 'PROPN', 1, 'nsubj', 'I-LOC'],
        ['told', 'VERB', -1, 'root'],
        ['reporters', 'NOUN', 1, 'obj'],
        ['after', 'ADP', 5, 'case'],
        ['the', 'DET', 5, 'det'],
        ['talks', 'NOUN', 1, 'obl'],
        ['that', 'ADP', 9, 'mark'],
        ['Lisbon', 'PROPN', 9, 'nsubj', 'I-LOC'],
        ['would', 'AUX', 9, 'aux'],
        ['open', 'VERB', 5, 'ccomp'],
        ['three', 'NUM', 11, 'nummod'],
        ['offices', 'NOUN', 9, 'obj'],
      ]),
      language: 'en' as const,
      lexicon: LEXICONS.en,
    };
    expect(read(ctx).map((c) => [c.text, c.makers])).toEqual([
      ['open three offices', [{ kind: 'country', id: 'portugal' }]],
    ]);
  });

  it('gives a subject that names no actor but acts on something to the one who says it', () => {
    // "Lisbonne a répondu que ses services étudieraient toute proposition".
    const ctx = context([
      ['Lisbonne', 'PROPN', 2, 'nsubj', 'I-LOC'],
      ['a', 'AUX', 2, 'aux'],
      ['répondu', 'VERB', -1, 'root'],
      ['que', 'SCONJ', 6, 'mark'],
      ['ses', 'DET', 5, 'det'],
      ['services', 'NOUN', 6, 'nsubj'],
      ['étudieraient', 'VERB', 2, 'ccomp'],
      ['toute', 'DET', 8, 'det'],
      ['proposition', 'NOUN', 6, 'obj'],
    ]);
    expect(read(ctx).map((c) => [c.text, c.makers])).toEqual([
      ['étudieraient toute proposition', [{ kind: 'country', id: 'portugal' }]],
    ]);
    // Without an object, it is a forecast: "que les délais augmenteraient encore".
    const forecast = context([
      ['Lisbonne', 'PROPN', 2, 'nsubj', 'I-LOC'],
      ['a', 'AUX', 2, 'aux'],
      ['estimé', 'VERB', -1, 'root'],
      ['que', 'SCONJ', 6, 'mark'],
      ['les', 'DET', 5, 'det'],
      ['délais', 'NOUN', 6, 'nsubj'],
      ['augmenteraient', 'VERB', 2, 'ccomp'],
      ['encore', 'ADV', 6, 'advmod'],
    ]);
    expect(read(forecast)).toEqual([]);
  });

  /** "« Nous ouvrirons trois bureaux », a précisé <sayer>": the parser's root is the words reported. */
  const quoted = (sayer: HandToken[]): HandToken[] => [
    ['«', 'PUNCT', 2, 'punct'],
    ['Nous', 'PRON', 2, 'nsubj'],
    ['ouvrirons', 'VERB', -1, 'root'],
    ['trois', 'NUM', 4, 'nummod'],
    ['bureaux', 'NOUN', 2, 'obj'],
    ['»', 'PUNCT', 2, 'punct'],
    [',', 'PUNCT', 2, 'punct'],
    ['a', 'AUX', 8, 'aux'],
    ['précisé', 'VERB', 2, 'parataxis'],
    ...sayer,
  ];

  it("reads words reported before their reporting verb as the sayer's commitment", () => {
    expect(
      read(context(quoted([['Lisbonne', 'PROPN', 8, 'nsubj', 'I-LOC']]))).map((c) => [c.text, c.makers]),
    ).toEqual([['ouvrirons trois bureaux', [{ kind: 'country', id: 'portugal' }]]]);
  });

  it('reads the pronoun put after the reporting verb ("a-t-il précisé") as its subject', () => {
    const ctx = handArticle([
      [
        ['Jean', 'PROPN', 2, 'nsubj', 'I-PER'],
        ['Dupont', 'PROPN', 0, 'flat:name', 'I-PER'],
        ['parle', 'VERB', -1, 'root'],
      ],
      [
        ['«', 'PUNCT', 2, 'punct'],
        ['Nous', 'PRON', 2, 'nsubj'],
        ['ouvrirons', 'VERB', -1, 'root'],
        ['trois', 'NUM', 4, 'nummod'],
        ['bureaux', 'NOUN', 2, 'obj'],
        ['»', 'PUNCT', 2, 'punct'],
        [',', 'PUNCT', 2, 'punct'],
        ['a', 'AUX', 9, 'aux'],
        ['-t-il', 'PRON', 9, 'obj'],
        ['précisé', 'VERB', 2, 'parataxis'],
      ],
    ]);
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
    const [, sentence] = ctx.sentences;
    if (!sentence) throw new Error('no sentence');
    expect(reportedFutures(ctx, sentence).map((c) => [c.text, c.makers])).toEqual([
      ['ouvrirons trois bureaux', [{ kind: 'person', name: 'Jean Dupont' }]],
    ]);
  });
});
