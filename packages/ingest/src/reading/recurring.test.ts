import { describe, expect, it } from 'vitest';
import { handSentence } from './parsed-sentence.fixture.js';
import { isRecurring } from './recurring.js';

const sentence = (tokens: Array<[string, string, number, string]>) =>
  handSentence(tokens.map(([text, pos, head, dep]) => ({ text, pos, head, dep }))).sentence;

/** Whether the verb, the fourth word, tells recurring meetings. */
const recurs = (s: ReturnType<typeof sentence>) => {
  const verb = s.words[3];
  if (!verb) throw new Error('no verb');
  return isRecurring(s, verb);
};

describe('isRecurring', () => {
  it('takes a meeting told with how often it happens for a rhythm, not a meeting', () => {
    // "Le comité se réunira tous les trois mois."
    const s = sentence([
      ['Le', 'DET', 1, 'det'],
      ['comité', 'NOUN', 3, 'nsubj'],
      ['se', 'PRON', 3, 'expl'],
      ['réunira', 'VERB', -1, 'root'],
      ['tous', 'DET', 7, 'det'],
      ['les', 'DET', 7, 'det'],
      ['trois', 'NUM', 7, 'nummod'],
      ['mois', 'NOUN', 3, 'obl'],
    ]);
    expect(recurs(s)).toBe(true);
  });

  it('reads "twice a year" in English', () => {
    // "The panel will meet twice a year."
    const s = sentence([
      ['The', 'DET', 1, 'det'],
      ['panel', 'NOUN', 3, 'nsubj'],
      ['will', 'AUX', 3, 'aux'],
      ['meet', 'VERB', -1, 'root'],
      ['twice', 'ADV', 3, 'advmod'],
      ['a', 'DET', 6, 'det'],
      ['year', 'NOUN', 4, 'nmod:npmod'],
    ]);
    expect(recurs(s)).toBe(true);
  });

  it('keeps a meeting with each of several parties', () => {
    // "La ministra se reunirá con cada delegación."
    const s = sentence([
      ['La', 'DET', 1, 'det'],
      ['ministra', 'NOUN', 3, 'nsubj'],
      ['se', 'PRON', 3, 'expl'],
      ['reunirá', 'VERB', -1, 'root'],
      ['con', 'ADP', 6, 'case'],
      ['cada', 'DET', 6, 'det'],
      ['delegación', 'NOUN', 3, 'obl'],
    ]);
    expect(recurs(s)).toBe(false);
  });

  it('keeps the first meeting of a body, told with its date', () => {
    // "El comité se reunirá por primera vez en junio."
    const s = sentence([
      ['El', 'DET', 1, 'det'],
      ['comité', 'NOUN', 3, 'nsubj'],
      ['se', 'PRON', 3, 'expl'],
      ['reunirá', 'VERB', -1, 'root'],
      ['por', 'ADP', 6, 'case'],
      ['primera', 'ADJ', 6, 'amod'],
      ['vez', 'NOUN', 3, 'obl'],
      ['en', 'ADP', 8, 'case'],
      ['junio', 'NOUN', 3, 'obl'],
    ]);
    expect(recurs(s)).toBe(false);
  });
});
