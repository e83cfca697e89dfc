import { describe, expect, it } from 'vitest';
import { meetingDate } from './meeting-dates.js';
import { dayOf as day, handContext } from './parsed-sentence.fixture.js';

/** "Il visite Lyon jeudi et vendredi", published on Wednesday 2026-03-04 (weekdays read as past). */
function visit() {
  const ctx = handContext([
    ['Il', 'PRON', 1, 'nsubj'],
    ['visite', 'VERB', -1, 'root'],
    ['Lyon', 'PROPN', 1, 'obj', 'I-LOC'],
    ['jeudi', 'NOUN', 1, 'obl'],
    ['et', 'CCONJ', 5, 'cc'],
    ['vendredi', 'NOUN', 3, 'conj'],
  ]);
  const at = (word: string) => ctx.text.indexOf(word);
  ctx.published = day('2026-03-04');
  ctx.dates = [
    { start: at('jeudi'), end: at('jeudi') + 5, text: 'jeudi', date: day('2026-02-26'), relative: true },
    {
      start: at('vendredi'),
      end: at('vendredi') + 8,
      text: 'vendredi',
      date: day('2026-02-27'),
      relative: true,
    },
  ];
  const [sentence] = ctx.sentences;
  const verb = sentence?.words[1];
  if (!sentence || !verb) throw new Error('no sentence');
  return { ctx, sentence, verb };
}

describe('meetingDate', () => {
  it('reads two joined days as the days from one to the other', () => {
    const { ctx, sentence, verb } = visit();
    expect(meetingDate(ctx, sentence, verb, false)?.text).toBe('2026-02-26/2026-02-27');
  });

  it('reads the weekdays of a meeting still to come as the next ones after publication', () => {
    const { ctx, sentence, verb } = visit();
    expect(meetingDate(ctx, sentence, verb, true)?.text).toBe('2026-03-05/2026-03-06');
  });
});
