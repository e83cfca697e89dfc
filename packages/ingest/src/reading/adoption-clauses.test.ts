import { describe, expect, it } from 'vitest';
import type { ArticleContext } from './context.js';
import { readMeetings } from './meetings.js';
import {
  dateAt,
  dayOf,
  dupontMeets,
  type HandToken,
  handContext,
  placeAll,
} from './parsed-sentence.fixture.js';
import { readPeople } from './people.js';

/** The context of one sentence, with its people, "lundi" a date and "Lyon" a place. */
function contextOf(tokens: HandToken[]): ArticleContext {
  const ctx = handContext(tokens);
  ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
  placeAll(ctx, 'Lyon');
  dateAt(ctx, 'lundi', dayOf('2026-03-02'));
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
    const ctx = contextOf(
      dupontMeets(
        'rencontre',
        ['après', 'ADP', 7, 'case'],
        ["l'", 'DET', 7, 'det'],
        ['accord', 'NOUN', 2, 'obl'],
        ['conclu', 'VERB', 7, 'acl'],
        ['lundi', 'NOUN', 8, 'obl'],
        ['à', 'ADP', 11, 'case'],
        ['Lyon', 'PROPN', 8, 'obl', 'I-LOC'],
      ),
    );
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
