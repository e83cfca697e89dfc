import { describe, expect, it } from 'vitest';
import type { ArticleContext } from './context.js';
import { readMeetings } from './meetings.js';
import {
  dateAt,
  dayOf,
  dupontMeets,
  type HandToken,
  handArticle,
  handContext,
  placeAll,
} from './parsed-sentence.fixture.js';
import { readPeople } from './people.js';

/** Hand-parsed sentences, one after the other, with their people read. */
function articleOf(...sentences: HandToken[][]): ArticleContext {
  const ctx = handArticle(sentences);
  ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
  return ctx;
}

/** Jean Dupont and Paul Martin with a participle tagged an adjective: "se sont entretenus". */
const together = (participle: string): HandToken[] => [
  ['Jean', 'PROPN', 7, 'nsubj', 'I-PER'],
  ['Dupont', 'PROPN', 0, 'flat:name', 'I-PER'],
  ['et', 'CCONJ', 3, 'cc'],
  ['Paul', 'PROPN', 0, 'conj', 'I-PER'],
  ['Martin', 'PROPN', 3, 'flat:name', 'I-PER'],
  ['se', 'PRON', 7, 'expl:pass'],
  ['sont', 'AUX', 7, 'cop'],
  [participle, 'ADJ', -1, 'root'],
];

describe('readMeetings: which meetings', () => {
  it('takes no place from the country a title is held in ("ambassadeur de France au Maroc")', () => {
    const ctx = articleOf([
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
    expect(readMeetings(ctx).map((m) => [m.place, m.participants.length])).toEqual([[null, 2]]);
  });

  it('reads a meeting verb the tagger took for an adjective, as a participle with a subject', () => {
    const met = (participle: string) =>
      readMeetings(articleOf(together(participle))).map((m) => m.participants.length);
    expect(met('entretenus')).toEqual([2]);
    expect(met('accueillants')).toEqual([]);
  });

  it('reads "après la réunion" as the meeting told of before, whatever date the sentence gives', () => {
    const ctx = articleOf(dupontMeets('rencontre', ['lundi', 'NOUN', 2, 'obl']), [
      ['Martin', 'PROPN', 1, 'nsubj', 'I-PER'],
      ['annonce', 'VERB', -1, 'root'],
      ['en', 'ADP', 3, 'case'],
      ['2027', 'NUM', 1, 'obl'],
      ['après', 'ADP', 6, 'case'],
      ['la', 'DET', 6, 'det'],
      ['réunion', 'NOUN', 1, 'obl'],
    ]);
    dateAt(ctx, 'lundi', dayOf('2026-03-02'));
    dateAt(ctx, '2027', { text: '2027', precision: 'year', earliest: '2027-01-01', latest: '2027-12-31' });
    expect(readMeetings(ctx).map((m) => [m.date?.text, m.sentences])).toEqual([['2026-03-02', [0, 1]]]);
  });

  it("reads the headline's meeting as the one the body tells in full, with the body's date", () => {
    const ctx = articleOf(
      dupontMeets('rencontre', ['demain', 'ADV', 2, 'advmod']),
      dupontMeets('reçoit', ['lundi', 'NOUN', 2, 'obl']),
    );
    const [headline] = ctx.sentences;
    ctx.headline = headline ? { start: headline.start, end: headline.end } : null;
    dateAt(ctx, 'demain', dayOf('2026-03-04'));
    dateAt(ctx, 'lundi', dayOf('2026-03-02'));
    expect(readMeetings(ctx).map((m) => [m.date?.text, m.sentences])).toEqual([['2026-03-02', [1, 0]]]);
  });

  it("reads the headline's meeting as the body's one at its place, not another of the same people", () => {
    const at = (place: string, ...more: HandToken[]) =>
      dupontMeets('rencontre', ['à', 'ADP', 6, 'case'], [place, 'PROPN', 2, 'obl', 'I-LOC'], ...more);
    const ctx = articleOf(
      at('Lyon'),
      at('Nice', ['lundi', 'NOUN', 2, 'obl']),
      at('Lyon', ['mardi', 'NOUN', 2, 'obl']),
    );
    const [headline] = ctx.sentences;
    ctx.headline = headline ? { start: headline.start, end: headline.end } : null;
    placeAll(ctx, 'Lyon', 'Nice');
    dateAt(ctx, 'lundi', dayOf('2026-03-02'));
    dateAt(ctx, 'mardi', dayOf('2026-03-03'));
    expect(readMeetings(ctx).map((m) => [m.place, m.sentences])).toEqual([
      [{ name: 'Lyon' }, [0, 2]],
      [{ name: 'Nice' }, [1]],
    ]);
  });

  it("reads a meeting verb told within a meeting noun's frame as a meeting of its own, held there", () => {
    const ctx = articleOf(
      dupontMeets(
        'rencontre',
        ['à', 'ADP', 6, 'case'],
        ['Lyon', 'PROPN', 2, 'obl', 'I-LOC'],
        ['en', 'ADP', 8, 'case'],
        ['marge', 'NOUN', 2, 'obl'],
        ['du', 'ADP', 10, 'case'],
        ['forum', 'NOUN', 8, 'nmod'],
      ),
    );
    placeAll(ctx, 'Lyon');
    expect(readMeetings(ctx).map((m) => [m.trigger, m.participants.length, m.place])).toEqual([
      ['rencontre', 2, { name: 'Lyon' }],
      ['forum', 0, { name: 'Lyon' }],
    ]);
  });

  it('reads talks told within a visit, by the same people in the same sentence, as the visit itself', () => {
    const ctx = articleOf([
      ['Les', 'DET', 1, 'det'],
      ['discussions', 'NOUN', -1, 'root'],
      ['entre', 'ADP', 3, 'case'],
      ['Jean', 'PROPN', 1, 'nmod', 'I-PER'],
      ['Dupont', 'PROPN', 3, 'flat:name', 'I-PER'],
      ['et', 'CCONJ', 6, 'cc'],
      ['Paul', 'PROPN', 3, 'conj', 'I-PER'],
      ['Martin', 'PROPN', 6, 'flat:name', 'I-PER'],
      ['pendant', 'ADP', 10, 'case'],
      ['la', 'DET', 10, 'det'],
      ['visite', 'NOUN', 1, 'nmod'],
      ['à', 'ADP', 12, 'case'],
      ['Lyon', 'PROPN', 10, 'nmod', 'I-LOC'],
    ]);
    placeAll(ctx, 'Lyon');
    expect(readMeetings(ctx).map((m) => [m.trigger, m.participants.length])).toEqual([['visite', 2]]);
  });

  it('takes who speaks at a fair ("Intervenant à l\'ouverture du salon, l\'ambassadeur") as its participant', () => {
    const ctx = handContext([
      ['Intervenant', 'VERB', 9, 'acl'],
      ['à', 'ADP', 3, 'case'],
      ["l'", 'DET', 3, 'det'],
      ['ouverture', 'NOUN', 0, 'obl'],
      ['du', 'ADP', 5, 'case'],
      ['salon', 'NOUN', 3, 'nmod'],
      ['à', 'ADP', 7, 'case'],
      ['Lyon', 'PROPN', 5, 'nmod', 'I-LOC'],
      ["l'", 'DET', 9, 'det'],
      ['ambassadeur', 'NOUN', 10, 'nsubj'],
      ['parle', 'VERB', -1, 'root'],
    ]);
    placeAll(ctx, 'Lyon');
    const elsewhere = { start: 0, end: 0 };
    ctx.people = [
      { name: 'Paul Martin', title: 'ambassadeur', country: null, mentions: [], evidence: elsewhere },
    ];
    expect(readMeetings(ctx).map((m) => [m.trigger, m.kind, m.participants.map((p) => p.actor)])).toEqual([
      ['salon', 'seminar', [{ kind: 'person', name: 'Paul Martin' }]],
    ]);
  });

  it("takes the countries of who the meeting's own clause says took part as its participants", () => {
    const ctx = articleOf([
      ['Une', 'DET', 1, 'det'],
      ['réunion', 'NOUN', -1, 'root'],
      ['à', 'ADP', 3, 'case'],
      ['laquelle', 'PRON', 5, 'obl'],
      ['ont', 'AUX', 5, 'aux'],
      ['pris', 'VERB', 1, 'acl:relcl'],
      ['part', 'NOUN', 5, 'obl'],
      ['les', 'DET', 8, 'det'],
      ['représentants', 'NOUN', 5, 'nsubj'],
      ['marocains', 'ADJ', 8, 'amod'],
      ['et', 'CCONJ', 11, 'cc'],
      ['espagnols', 'ADJ', 9, 'conj'],
    ]);
    expect(readMeetings(ctx).map((m) => m.participants.map((p) => p.actor))).toEqual([
      [
        { kind: 'country', id: 'morocco' },
        { kind: 'country', id: 'spain' },
      ],
    ]);
  });

  /** "Jean Dupont parle <more> après <determiner> réunion avec Marc Petit". */
  const speaksAfter = (determiner: string, ...more: HandToken[]): HandToken[] => [
    ['Jean', 'PROPN', 2, 'nsubj', 'I-PER'],
    ['Dupont', 'PROPN', 0, 'flat:name', 'I-PER'],
    ['parle', 'VERB', -1, 'root'],
    ...more,
    ['après', 'ADP', 5 + more.length, 'case'],
    [determiner, 'DET', 5 + more.length, 'det'],
    ['réunion', 'NOUN', 2, 'obl'],
    ['avec', 'ADP', 7 + more.length, 'case'],
    ['Marc', 'PROPN', 5 + more.length, 'nmod', 'I-PER'],
    ['Petit', 'PROPN', 7 + more.length, 'flat:name', 'I-PER'],
  ];

  it('dates a meeting told as "après une réunion" by its own words only', () => {
    const ctx = articleOf(speaksAfter('une', ['lundi', 'NOUN', 2, 'obl']));
    dateAt(ctx, 'lundi', dayOf('2026-03-02'));
    expect(readMeetings(ctx).map((m) => [m.trigger, m.date, m.participants.length])).toEqual([
      ['reunion', null, 2],
    ]);
  });

  it('reads "après une réunion" as a meeting not told before', () => {
    const ctx = articleOf(dupontMeets('rencontre'), speaksAfter('une'));
    expect(readMeetings(ctx).map((m) => [m.trigger, m.sentences])).toEqual([
      ['rencontre', [0]],
      ['reunion', [1]],
    ]);
  });

  it('reads "la conférence" as the last conference told of, not the talks told since', () => {
    const ctx = articleOf(
      [
        ['La', 'DET', 1, 'det'],
        ['conférence', 'NOUN', -1, 'root'],
        ['à', 'ADP', 3, 'case'],
        ['Lyon', 'PROPN', 1, 'nmod', 'I-LOC'],
      ],
      dupontMeets('rencontre'),
      [
        ['La', 'DET', 1, 'det'],
        ['conférence', 'NOUN', 2, 'nsubj'],
        ['continue', 'VERB', -1, 'root'],
      ],
    );
    placeAll(ctx, 'Lyon');
    expect(readMeetings(ctx).map((m) => [m.trigger, m.sentences])).toEqual([
      ['conference', [0, 2]],
      ['rencontre', [1]],
    ]);
  });
});
