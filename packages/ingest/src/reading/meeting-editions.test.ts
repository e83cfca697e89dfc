import { describe, expect, it } from 'vitest';
import { editionsIn } from './meeting-editions.js';
import { handContext } from './parsed-sentence.fixture.js';

/** "Les sommets suivants ont eu lieu à Lyon ( 2010 ) et Turin ( 2013 )", with its places. */
function context(words: string[], places: string[]) {
  const text = words.join(' ');
  const at = (name: string) => {
    const start = text.indexOf(name);
    return { start, end: start + name.length };
  };
  return handContext(
    words.map((w) => ({ text: w, pos: 'X', head: -1, dep: 'root' })),
    places.map((name) => ({ name, mentions: [at(name)], evidence: at(name) })),
  );
}

describe('editionsIn', () => {
  it('gives one edition per place listed with its year', () => {
    const ctx = context(
      ['Les', 'sommets', 'ont', 'eu', 'lieu', 'à', 'Lyon', '(', '2010', ')', 'et', 'Turin', '(', '2013', ')'],
      ['Lyon', 'Turin'],
    );
    const [sentence] = ctx.sentences;
    if (!sentence) throw new Error('no sentence');
    expect(editionsIn(ctx, sentence).map((e) => [e.place, e.date.text])).toEqual([
      ['Lyon', '2010'],
      ['Turin', '2013'],
    ]);
  });

  it('takes one place with a year for an aside, not a list', () => {
    const ctx = context(['Le', 'sommet', 'de', 'Lyon', '(', '2010', ')', 'a', 'réussi'], ['Lyon']);
    const [sentence] = ctx.sentences;
    if (!sentence) throw new Error('no sentence');
    expect(editionsIn(ctx, sentence)).toEqual([]);
  });
});
