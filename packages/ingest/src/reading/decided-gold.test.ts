import { type Decision, parseFuzzyDate } from '@diplograph/schema';
import { describe, expect, it } from 'vitest';
import { readingGold } from '../extract/gold.js';
import { decidedGold } from './decided-gold.js';
import { withMachineReading } from './into-graph.js';
import { knownOf } from './known.js';
import type { Passage } from './people.js';
import type { ArticleReading } from './read-article.js';
import { readItemKey } from './read-item.js';
import { type ReadingScore, scoreReading } from './score.js';

// An article written for this test, read as machine reading might read it, and its hand gold.
const TEXT =
  'Le ministre Jean Dupont a reçu le 3 mars 2026 à Rabat la ministre Ana Ruiz. ' +
  'Les deux ministres ont convenu de renforcer la coopération portuaire.';
const at = (words: string): Passage => {
  const start = TEXT.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the test article`);
  return { start, end: start + words.length };
};
const date = (text: string) => {
  const parsed = parseFuzzyDate(text);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
};
const person = (name: string) => ({ kind: 'person', name }) as const;
const firstSentence = at('Le ministre Jean Dupont a reçu le 3 mars 2026 à Rabat la ministre Ana Ruiz.');

const reading: ArticleReading = {
  language: 'fr',
  people: [
    {
      name: 'Jean Dupont',
      title: 'ministre',
      country: null,
      mentions: [at('Jean Dupont')],
      evidence: at('Jean Dupont'),
    },
    {
      name: 'Ana Ruiz',
      title: 'ministre',
      country: null,
      mentions: [at('Ana Ruiz')],
      evidence: at('Ana Ruiz'),
    },
  ],
  organizations: [],
  places: [{ name: 'Rabat', mentions: [at('Rabat')], evidence: at('Rabat') }],
  meetings: [
    {
      trigger: 'recu',
      name: 'Réception, Rabat',
      kind: 'bilateral-meeting',
      status: 'held',
      date: date('2026-03-03'),
      place: { name: 'Rabat' },
      participants: [
        { actor: person('Jean Dupont'), role: 'attended', evidence: at('Jean Dupont') },
        { actor: person('Ana Ruiz'), role: 'attended', evidence: at('Ana Ruiz') },
      ],
      convenedBy: null,
      evidence: firstSentence,
      sentences: [0],
      passages: [firstSentence],
    },
  ],
  documents: [],
  commitments: [
    {
      text: 'renforcer la coopération portuaire',
      kind: 'decision',
      makers: [person('Jean Dupont')],
      bothSides: false,
      evidence: at('ont convenu de renforcer la coopération portuaire'),
      sentence: 1,
      madeAt: 0,
      derivesFrom: null,
    },
  ],
  dates: [],
};

// The hand annotator read only the month, gave Jean Dupont his role, and left Ana Ruiz out.
const gold = readingGold.parse({
  file: '900_test.txt',
  split: 'dev',
  language: 'fr',
  people: [
    {
      name: 'Jean Dupont',
      title: 'ministre',
      organization: null,
      country: null,
      entity: null,
      quote: 'Jean Dupont',
    },
  ],
  organizations: [],
  places: [{ name: 'Rabat', entity: null, quote: 'Rabat' }],
  meetings: [
    {
      id: 'm1',
      name: 'Jean Dupont receives Ana Ruiz',
      kind: 'bilateral-meeting',
      status: 'held',
      date: '2026-03',
      place: 'Rabat',
      convenedBy: null,
      participants: [
        { name: 'Jean Dupont', role: 'hosted' },
        { name: 'Ana Ruiz', role: 'attended' },
      ],
      entity: null,
      quote: 'a reçu le 3 mars 2026 à Rabat',
    },
  ],
  documents: [],
  commitments: [
    {
      summary: 'Strengthen port cooperation',
      kind: 'decision',
      makers: ['Jean Dupont'],
      madeAt: 'm1',
      derivesFrom: null,
      quote: 'renforcer la coopération portuaire',
    },
  ],
});

const SOURCE = 'source-900';
const empty = { nodes: [], relationships: [] };
const machine = withMachineReading(empty, [{ sourceId: SOURCE, text: TEXT, regions: [], reading }]);
const known = knownOf(empty);

/** The id of the machine-read fact a read item of the test article became. */
function factOf(key: string): string {
  const found = [...machine.readItems].find(([, items]) => items.some((i) => readItemKey(i.item) === key));
  if (!found) throw new Error(`no fact was made from ${key}`);
  return found[0];
}

let n = 0;
const decided = (d: Pick<Decision, 'kind' | 'fact'> & Partial<Decision>): Decision => ({
  id: `d${++n}`,
  at: `2026-12-03T10:00:0${n}.000Z`,
  curator: 'amina',
  field: null,
  before: null,
  after: null,
  reason: 'read the article',
  passages: [],
  digest: '0'.repeat(64),
  previous: null,
  ...d,
});

/** A category's gold, found and right counts. */
const figures = (scores: ReadingScore[], category: string) => {
  const s = scores.find((x) => x.category === category);
  if (!s) throw new Error(`no category ${category}`);
  return [s.gold, s.found, s.correct];
};

function scoredWith(decisions: Decision[]) {
  const gathered = decidedGold({ current: decisions, stale: [] }, machine, new Set([SOURCE]));
  return { ...gathered, scores: scoreReading(gold, TEXT, reading, known, gathered.verdicts.get(SOURCE)) };
}

describe("curators' decisions counted as gold", () => {
  const hand = scoreReading(gold, TEXT, reading, known);

  it('records which read item each machine-read fact came from', () => {
    expect(factOf('people/1')).toBe('person-ana-ruiz');
    expect(factOf('participants/0/1')).toBe(
      `PARTICIPATED_IN:person-ana-ruiz->${factOf('meetings/0')}:attended`,
    );
    expect(machine.readItems.get(factOf('commitments/0'))).toEqual([
      { sourceId: SOURCE, item: { list: 'commitments', index: 0 } },
    ]);
  });

  it('turn an accepted item the hand gold lacks into a right one', () => {
    expect(figures(hand, 'people')).toEqual([1, 2, 1]);
    const { scores } = scoredWith([decided({ kind: 'accept', fact: factOf('people/1') })]);
    expect(figures(scores, 'people')).toEqual([2, 2, 2]);
  });

  it('turn a rejected item the hand gold has as right into a wrong one, maker included', () => {
    expect(figures(hand, 'commitments')).toEqual([1, 1, 1]);
    expect(figures(hand, 'commitments with maker')).toEqual([1, 1, 1]);
    const { scores } = scoredWith([decided({ kind: 'reject', fact: factOf('commitments/0') })]);
    expect(figures(scores, 'commitments')).toEqual([1, 1, 0]);
    expect(figures(scores, 'commitments with maker')).toEqual([1, 1, 0]);
  });

  it("make a corrected date the gold one, right when the reading's date is the curator's", () => {
    expect(figures(hand, 'meetings, date right')).toEqual([1, 1, 0]);
    const { scores } = scoredWith([
      decided({
        kind: 'correct',
        fact: factOf('meetings/0'),
        field: 'date',
        before: '2026-03',
        after: '2026-03-03',
      }),
    ]);
    expect(figures(scores, 'meetings, date right')).toEqual([1, 1, 1]);
    expect(figures(scores, 'invented dates')).toEqual([0, 0, 0]);
  });

  it("make a corrected role the gold one, wrong when the reading's role is not the curator's", () => {
    expect(figures(hand, 'meeting participants, role right')).toEqual([2, 2, 1]);
    const { scores } = scoredWith([
      decided({ kind: 'correct', fact: factOf('participants/0/1'), field: 'role', after: 'visited' }),
    ]);
    expect(figures(scores, 'meeting participants')).toEqual([2, 2, 2]);
    expect(figures(scores, 'meeting participants, role right')).toEqual([2, 2, 0]);
  });

  it('count an accepted meeting the hand gold lacks with its date, and only the participations decided', () => {
    const withoutMeeting = { ...gold, meetings: [] };
    const verdicts = decidedGold(
      {
        current: [
          decided({ kind: 'accept', fact: factOf('meetings/0') }),
          decided({ kind: 'accept', fact: factOf('participants/0/1') }),
        ],
        stale: [],
      },
      machine,
      new Set([SOURCE]),
    ).verdicts.get(SOURCE);
    const scores = scoreReading(withoutMeeting, TEXT, reading, known, verdicts);
    expect(figures(scores, 'meetings')).toEqual([1, 1, 1]);
    expect(figures(scores, 'meetings, date right')).toEqual([1, 1, 1]);
    expect(figures(scores, 'meetings, place right')).toEqual([0, 0, 0]);
    expect(figures(scores, 'meeting participants')).toEqual([1, 1, 1]);
    expect(figures(scores, 'meeting participants, role right')).toEqual([1, 1, 1]);
  });

  it("judge a meeting's place by the verdict on its place link", () => {
    expect(figures(hand, 'meetings, place right')).toEqual([1, 1, 1]);
    const { scores } = scoredWith([decided({ kind: 'reject', fact: factOf('meetingPlace/0') })]);
    expect(figures(scores, 'meetings, place right')).toEqual([1, 1, 0]);
    expect(figures(scores, 'meetings')).toEqual([1, 1, 1]);
  });

  it('let the last of the decisions about a fact stand', () => {
    const fact = factOf('commitments/0');
    const { scores } = scoredWith([decided({ kind: 'reject', fact }), decided({ kind: 'accept', fact })]);
    expect(figures(scores, 'commitments')).toEqual([1, 1, 1]);
  });

  it('report, and do not count, a decision about a fact this reading did not make or no category scores', () => {
    const maker = machine.graph.relationships.find((r) => r.type === 'MADE_BY');
    const unknown = decided({ kind: 'accept', fact: 'person-nobody' });
    const made = decided({ kind: 'reject', fact: maker?.id ?? '' });
    const { scores, counted, uncounted } = scoredWith([unknown, made]);
    expect(counted).toEqual([]);
    expect(uncounted).toEqual([
      { decision: unknown, why: 'this reading has no fact person-nobody' },
      { decision: made, why: 'no category scores a MADE_BY fact' },
    ]);
    expect(scores).toEqual(hand);
  });
});
