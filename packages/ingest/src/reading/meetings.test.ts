import { describe, expect, it } from 'vitest';
import { readMeetings } from './meetings.js';
import { handContext } from './parsed-sentence.fixture.js';

describe('readMeetings', () => {
  it('takes the countries a meeting is between as its participants', () => {
    const ctx = handContext([
      ['Les', 'DET', 1, 'det'],
      ['discussions', 'NOUN', 9, 'nsubj'],
      ['entre', 'ADP', 4, 'case'],
      ['la', 'DET', 4, 'det'],
      ['France', 'PROPN', 1, 'nmod', 'I-LOC'],
      ['et', 'CCONJ', 7, 'cc'],
      ['le', 'DET', 7, 'det'],
      ['Maroc', 'PROPN', 4, 'conj', 'I-LOC'],
      ['ont', 'AUX', 9, 'aux'],
      ['repris', 'VERB', -1, 'root'],
    ]);
    expect(readMeetings(ctx).map((m) => m.participants.map((p) => p.actor))).toEqual([
      [
        { kind: 'country', id: 'france' },
        { kind: 'country', id: 'morocco' },
      ],
    ]);
  });
});
