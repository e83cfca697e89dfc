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

describe('dates of other times than the meeting', () => {
  /** The date of "visite" in a hand-made sentence, each date given by its word. */
  const dateOf = (tokens: HandToken[], dates: Array<[string, FuzzyDate]>) => {
    const ctx = handContext(tokens);
    ctx.published = day('2026-03-04');
    ctx.dates = dates.map(([word, date]) => {
      const start = ctx.text.indexOf(word);
      return { start, end: start + word.length, text: word, date, relative: true };
    });
    const [sentence] = ctx.sentences;
    const noun = sentence?.words.find((w) => w.text === 'visite');
    if (!sentence || !noun) throw new Error('no visit');
    return meetingDate(ctx, sentence, noun, 'past')?.text;
  };

  it('does not date a meeting by the period a figure is compared with', () => {
    // "Lundi , 300 contrats , plus que l'an dernier , lors de la visite ."
    expect(
      dateOf(
        [
          ['Lundi', 'NOUN', 2, 'obl'],
          [',', 'PUNCT', 0, 'punct'],
          ['300', 'NUM', -1, 'root'],
          ['contrats', 'NOUN', 2, 'nmod'],
          [',', 'PUNCT', 2, 'punct'],
          ['plus', 'ADV', 2, 'advmod'],
          ['que', 'SCONJ', 7, 'mark'],
          ["l'an", 'NOUN', 5, 'obl'],
          ['dernier', 'ADJ', 7, 'amod'],
          [',', 'PUNCT', 2, 'punct'],
          ['lors', 'ADV', 13, 'case'],
          ['de', 'ADP', 10, 'fixed'],
          ['la', 'DET', 13, 'det'],
          ['visite', 'NOUN', 2, 'obl'],
        ],
        [
          ['Lundi', day('2026-03-02')],
          ["l'an dernier", month('2025')],
        ],
      ),
    ).toBe('2026-03-02');
  });

  it('does not date a meeting by a clause of another time within its phrase', () => {
    // "Lundi , il est arrivé pour sa visite , la première depuis être nommé en 2023 ."
    expect(
      dateOf(
        [
          ['Lundi', 'NOUN', 4, 'obl'],
          [',', 'PUNCT', 0, 'punct'],
          ['il', 'PRON', 4, 'nsubj'],
          ['est', 'AUX', 4, 'aux'],
          ['arrivé', 'VERB', -1, 'root'],
          ['pour', 'ADP', 7, 'case'],
          ['sa', 'DET', 7, 'det'],
          ['visite', 'NOUN', 4, 'obl'],
          [',', 'PUNCT', 7, 'punct'],
          ['la', 'DET', 10, 'det'],
          ['première', 'ADJ', 7, 'appos'],
          ['depuis', 'ADP', 13, 'mark'],
          ['être', 'AUX', 13, 'aux:pass'],
          ['nommé', 'VERB', 10, 'acl'],
          ['en', 'ADP', 15, 'case'],
          ['2023', 'NUM', 13, 'obl'],
        ],
        [
          ['Lundi', day('2026-03-02')],
          ['2023', month('2023')],
        ],
      ),
    ).toBe('2026-03-02');
  });
});
