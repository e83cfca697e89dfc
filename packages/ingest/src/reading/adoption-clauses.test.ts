import { describe, expect, it } from 'vitest';
import type { ArticleContext } from './context.js';
import { readMeetings } from './meetings.js';
import { dayOf, type HandToken, handContext } from './parsed-sentence.fixture.js';
import { readPeople } from './people.js';

/** The context of one sentence, with its people, "lundi" a date and "Lyon" a place. */
function contextOf(tokens: HandToken[]): ArticleContext {
  const ctx = handContext(tokens);
  ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
  const lyon = { start: ctx.text.indexOf('Lyon'), end: ctx.text.indexOf('Lyon') + 4 };
  ctx.places = [{ name: 'Lyon', mentions: [lyon], evidence: lyon }];
  const monday = ctx.text.indexOf('lundi');
  ctx.dates = [{ start: monday, end: monday + 5, text: 'lundi', date: dayOf('2026-03-02'), relative: true }];
  return ctx;
}

/** "Le plan adopté lundi à Lyon", then the words given, hung on the participle. */
const planAdopted = (...more: HandToken[]): HandToken[] => [
  ['Le', 'DET', 1, 'det'],
  ['plan', 'NOUN', -1, 'root'],
  ['adopté', 'VERB', 1, 'acl'],
  ['lundi', 'NOUN', 2, 'obl'],
  ['à', 'ADP', 5, 'case'],
  ['Lyon', 'PROPN', 2, 'obl', 'I-LOC'],
  ...more,
];

describe('adoption clauses', () => {
  it('takes no date or place for a meeting from the clause that tells when a document was adopted', () => {
    const ctx = contextOf([
      ['Jean', 'PROPN', 2, 'nsubj', 'I-PER'],
      ['Dupont', 'PROPN', 0, 'flat:name', 'I-PER'],
      ['rencontre', 'VERB', -1, 'root'],
      ['Paul', 'PROPN', 2, 'obj', 'I-PER'],
      ['Martin', 'PROPN', 3, 'flat:name', 'I-PER'],
      ['après', 'ADP', 7, 'case'],
      ["l'", 'DET', 7, 'det'],
      ['accord', 'NOUN', 2, 'obl'],
      ['conclu', 'VERB', 7, 'acl'],
      ['lundi', 'NOUN', 8, 'obl'],
      ['à', 'ADP', 11, 'case'],
      ['Lyon', 'PROPN', 8, 'obl', 'I-LOC'],
    ]);
    expect(readMeetings(ctx).map((m) => [m.date, m.place, m.participants.length])).toEqual([[null, null, 2]]);
  });

  it('reads no signing from a participle that tells when a document was adopted', () => {
    expect(readMeetings(contextOf(planAdopted()))).toEqual([]);
  });

  it('reads a signing from a participle that names who signed', () => {
    const ctx = contextOf(
      planAdopted(
        ['par', 'ADP', 7, 'case'],
        ['Paul', 'PROPN', 2, 'obl:agent', 'I-PER'],
        ['Martin', 'PROPN', 7, 'flat:name', 'I-PER'],
      ),
    );
    expect(readMeetings(ctx).map((m) => [m.trigger, m.date?.text, m.place])).toEqual([
      ['signing', '2026-03-02', { name: 'Lyon' }],
    ]);
  });
});
