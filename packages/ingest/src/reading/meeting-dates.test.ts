import { type FuzzyDate, parseFuzzyDate } from '@diplograph/schema';
import { describe, expect, it } from 'vitest';
import { meetingDate } from './meeting-dates.js';
import { dayOf as day, type HandToken, handContext } from './parsed-sentence.fixture.js';

function month(text: string): FuzzyDate {
  const date = parseFuzzyDate(text);
  if (typeof date === 'string') throw new Error(date);
  return date;
}

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

/** "Il effectue depuis lundi une visite de deux jours", published on Tuesday 2026-03-03. */
function twoDayVisit(since: boolean) {
  const depuis: HandToken = ['depuis', 'ADP', 1, 'case'];
  const ctx = handContext([
    ['Il', 'PRON', 1, 'nsubj'],
    ['effectue', 'VERB', -1, 'root'],
    ...(since ? [depuis] : []),
    ['lundi', 'NOUN', since ? -2 : -1, 'obl'],
    ['une', 'DET', 1, 'det'],
    ['visite', 'NOUN', since ? -4 : -3, 'obj'],
    ['de', 'ADP', 2, 'case'],
    ['deux', 'NUM', 1, 'nummod'],
    ['jours', 'NOUN', -3, 'nmod'],
  ]);
  const at = ctx.text.indexOf('lundi');
  ctx.published = day('2026-03-03');
  ctx.dates = [{ start: at, end: at + 5, text: 'lundi', date: day('2026-03-02'), relative: true }];
  const [sentence] = ctx.sentences;
  const visit = sentence?.words.find((w) => w.text === 'visite');
  if (!sentence || !visit) throw new Error('no sentence');
  return { ctx, sentence, visit };
}

describe('meetingDate', () => {
  it('reads the days a visit lasts from the day it opened', () => {
    const { ctx, sentence, visit } = twoDayVisit(true);
    expect(meetingDate(ctx, sentence, visit, 'unknown')?.text).toBe('2026-03-02/2026-03-03');
  });

  it('keeps one day when nothing says the visit opened on it', () => {
    const { ctx, sentence, visit } = twoDayVisit(false);
    expect(meetingDate(ctx, sentence, visit, 'unknown')?.text).toBe('2026-03-02');
  });

  it('reads two joined days as the days from one to the other', () => {
    const { ctx, sentence, verb } = visit();
    expect(meetingDate(ctx, sentence, verb, 'unknown')?.text).toBe('2026-02-26/2026-02-27');
  });

  it('reads the weekdays of a meeting still to come as the next ones after publication', () => {
    const { ctx, sentence, verb } = visit();
    expect(meetingDate(ctx, sentence, verb, 'future')?.text).toBe('2026-03-05/2026-03-06');
  });

  it('puts a month written without its year in the year the tense says', () => {
    const ctx = handContext([
      ['Ils', 'PRON', 1, 'nsubj'],
      ['se', 'PRON', 1, 'expl'],
      ['retrouvent', 'VERB', -1, 'root'],
      ['en', 'ADP', 4, 'case'],
      ['novembre', 'NOUN', 2, 'obl'],
    ]);
    const at = ctx.text.indexOf('novembre');
    ctx.published = day('2026-04-22');
    ctx.dates = [{ start: at, end: at + 8, text: 'novembre', date: month('2025-11'), relative: true }];
    const [sentence] = ctx.sentences;
    const verb = sentence?.words[2];
    if (!sentence || !verb) throw new Error('no sentence');
    expect(meetingDate(ctx, sentence, verb, 'future')?.text).toBe('2026-11');
    expect(meetingDate(ctx, sentence, verb, 'unknown')?.text).toBe('2025-11');
    ctx.dates = [{ start: at, end: at + 8, text: 'novembre', date: month('2026-05'), relative: true }];
    expect(meetingDate(ctx, sentence, verb, 'past')?.text).toBe('2025-05');
  });
});
