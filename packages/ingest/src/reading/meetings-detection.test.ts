import { describe, expect, it } from 'vitest';
import { readMeetings } from './meetings.js';
import { type HandToken, handContext } from './parsed-sentence.fixture.js';
import { readPeople } from './people.js';

/** The meetings of one hand-parsed sentence, with its people read. */
function meetingsOf(tokens: HandToken[]) {
  const ctx = handContext(tokens);
  ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
  return readMeetings(ctx);
}

describe('readMeetings: which meetings', () => {
  it('takes no place from the country a title is held in ("ambassadeur de France au Maroc")', () => {
    const meetings = meetingsOf([
      ["L'", 'DET', 1, 'det'],
      ['ambassadeur', 'NOUN', 10, 'nsubj'],
      ['de', 'ADP', 3, 'case'],
      ['France', 'PROPN', 1, 'nmod', 'I-LOC'],
      ['au', 'ADP', 5, 'case'],
      ['Maroc', 'PROPN', 1, 'nmod', 'I-LOC'],
      [',', 'PUNCT', 7, 'punct'],
      ['Paul', 'PROPN', 1, 'appos', 'I-PER'],
      ['Martin', 'PROPN', 7, 'flat:name', 'I-PER'],
      [',', 'PUNCT', 7, 'punct'],
      ['rencontre', 'VERB', -1, 'root'],
      ['Jean', 'PROPN', 10, 'obj', 'I-PER'],
      ['Dupont', 'PROPN', 11, 'flat:name', 'I-PER'],
    ]);
    expect(meetings.map((m) => [m.place, m.participants.length])).toEqual([[null, 2]]);
  });
});
