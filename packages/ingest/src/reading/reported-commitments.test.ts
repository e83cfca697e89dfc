import { describe, expect, it } from 'vitest';
import { type ArticleContext, countryMentions } from './context.js';
import { LEXICONS } from './lexicon.js';
import { handSentence } from './parsed-sentence.fixture.js';
import { reportedFutures } from './reported-commitments.js';

type Token = [text: string, pos: string, head: number, dep: string, ner?: string];

function context(tokens: Token[]): ArticleContext {
  const { text, sentence } = handSentence(
    tokens.map(([text, pos, head, dep, ner]) => ({ text, pos, head, dep, ner })),
  );
  const sentences = [sentence];
  return {
    text,
    language: 'fr',
    lexicon: LEXICONS.fr,
    sentences,
    people: [],
    organizations: [],
    places: [],
    dates: [],
    countries: countryMentions(sentences),
  };
}

/** "Lisbonne a assuré qu' elle ouvrirait trois bureaux": the speaker's own future. */
const said = (verb: string): Token[] => [
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

  it('reads nothing from what a speaker says it did', () => {
    expect(read(context(said('ouvrait')))).toEqual([]);
  });
});
