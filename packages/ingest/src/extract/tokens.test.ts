import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.js';

describe('tokenize', () => {
  it('gives words and single punctuation marks with offsets, and skips spaces', () => {
    expect(tokenize("l'office  5+5, maroc-france").map((t) => [t.text, t.start])).toEqual([
      ['l', 0],
      ["'", 1],
      ['office', 2],
      ['5', 10],
      ['+', 11],
      ['5', 12],
      [',', 13],
      ['maroc', 15],
      ['-', 20],
      ['france', 21],
    ]);
  });
});
