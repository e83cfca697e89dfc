import { describe, expect, it } from 'vitest';
import { handSentence } from './parsed-sentence.fixture.js';
import { findTriggers } from './triggers.js';

describe('findTriggers', () => {
  it('matches an entry written with accents and capitals as the folded words it stands for', () => {
    const { sentence } = handSentence([
      { text: 'réunion', pos: 'NOUN' },
      { text: 'Coprésidée', pos: 'VERB' },
      { text: 'par', pos: 'ADP' },
      { text: 'Dupont', pos: 'PROPN' },
    ]);
    const found = findTriggers(sentence, [['coprésidée par', 'co-chaired']]);
    expect(found.map((t) => [t.words.map((w) => w.text).join(' '), t.value])).toEqual([
      ['Coprésidée par', 'co-chaired'],
    ]);
  });
});
