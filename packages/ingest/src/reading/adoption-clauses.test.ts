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

  it('reads no signing from a participle that names who signed when it dates the signing before the month of publication with its year', () => {
    const signed = (relative: boolean) => {
      const ctx = contextOf(
        planAdopted(
          ['par', 'ADP', 7, 'case'],
          ['Paul', 'PROPN', 2, 'obl:agent', 'I-PER'],
          ['Martin', 'PROPN', 7, 'flat:name', 'I-PER'],
        ),
      );
      ctx.published = dayOf('2026-10-20');
      const [lundi] = ctx.dates;
      if (lundi) lundi.relative = relative;
      return readMeetings(ctx).map((m) => m.trigger);
    };
    expect(signed(false)).toEqual([]);
    expect(signed(true)).toEqual(['signing']);
  });

  it('reads no signing from a participle the parser makes a clause with the document as its subject', () => {
    // "Il rappelle que le plan adopté lundi à Lyon a permis", the participle read as the verb of "que".
    const ctx = contextOf([
      ['Il', 'PRON', 1, 'nsubj'],
      ['rappelle', 'VERB', -1, 'root'],
      ['que', 'SCONJ', 5, 'mark'],
      ['le', 'DET', 4, 'det'],
      ['plan', 'NOUN', 5, 'nsubj'],
      ['adopté', 'VERB', 1, 'ccomp'],
      ['lundi', 'NOUN', 5, 'obl'],
      ['à', 'ADP', 8, 'case'],
      ['Lyon', 'PROPN', 5, 'obl', 'I-LOC'],
      ['a', 'AUX', 10, 'aux'],
      ['permis', 'VERB', 5, 'xcomp'],
    ]);
    expect(readMeetings(ctx)).toEqual([]);
    // "Les deux pays ont signé lundi à Lyon un plan": who signs is no document.
    const signed = contextOf([
      ['Les', 'DET', 2, 'det'],
      ['deux', 'NUM', 2, 'nummod'],
      ['pays', 'NOUN', 3, 'nsubj'],
      ['signé', 'VERB', -1, 'root'],
      ['lundi', 'NOUN', 3, 'obl'],
      ['à', 'ADP', 6, 'case'],
      ['Lyon', 'PROPN', 3, 'obl', 'I-LOC'],
      ['un', 'DET', 8, 'det'],
      ['plan', 'NOUN', 3, 'obj'],
    ]);
    expect(readMeetings(signed).map((m) => [m.trigger, m.place])).toEqual([['signing', { name: 'Lyon' }]]);
  });
});
