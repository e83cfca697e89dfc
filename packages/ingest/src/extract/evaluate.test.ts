import { fuzzyDate } from '@diplograph/schema';
import { describe, expect, it } from 'vitest';
import { formatEvaluation, type Score, scoreArticle, sumScores } from './evaluate.js';
import type { ArticleExtraction } from './extract.js';
import type { GoldFile } from './gold.js';
import type { Proposal } from './review-file.js';

const span = (start: number, end: number, text: string) => ({ line: 1, start, end, text });
const gold: GoldFile = {
  file: 'a.txt',
  mentions: [
    { entity: 'karim-tazi', ...span(10, 20, 'Karim Tazi') },
    { entity: 'tanger', ...span(30, 36, 'Tanger') },
    { entity: 'tanger', ...span(50, 56, 'Tanger') },
  ],
  dates: [{ value: '2025-02-04', precision: 'day', ...span(40, 45, 'mardi') }],
  proposals: {
    people: [{ name: 'Lucia Ortega', title: null, organization: null, ...span(60, 72, 'Lucia Ortega') }],
    organizations: [{ name: 'Agence du Port', acronym: 'ADP', ...span(80, 94, 'Agence du Port') }],
    acronyms: [],
    places: [{ name: 'Algésiras', ...span(100, 109, 'Algésiras') }],
    meetings: [{ date: '2025-02-04', place: 'Tanger', ...span(40, 56, 'mardi à Tanger') }],
  },
};

const source = { id: 's', file: 'a.txt', text: '', published: null };
const mention = (entityId: string, start: number, end: number) => ({
  entityId,
  start,
  end,
  surface: '',
  section: 'body' as const,
  sentence: '',
});
const proposal = (fields: Record<string, unknown>) =>
  ({ id: 'x', decision: 'pending', evidence: [], ...fields }) as Proposal;

describe('scoreArticle', () => {
  const linked: ArticleExtraction = {
    source,
    // The title form "M. Karim Tazi" overlaps the gold span; one Tanger is missed; one link is wrong.
    mentions: [mention('karim-tazi', 7, 20), mention('tanger', 30, 36), mention('rabat', 50, 56)],
    dates: [{ start: 40, end: 45, text: 'mardi', date: fuzzyDate('2025-02-04'), relative: true }],
    proposals: [],
  };
  const unaided: ArticleExtraction = {
    source,
    mentions: [],
    dates: [],
    proposals: [
      proposal({ kind: 'person', name: 'LUCIA ORTEGA' }),
      proposal({ kind: 'person', name: 'Karim Tazi' }),
      proposal({ kind: 'organization', name: 'Agence Portuaire', acronym: 'ADP' }),
      proposal({ kind: 'place', name: 'Algesiras' }),
      proposal({ kind: 'meeting', date: '2025-02-04' }),
    ],
  };
  const scores = Object.fromEntries(
    scoreArticle(gold, linked, unaided).map((s) => [s.category, [s.gold, s.found, s.correct]]),
  );

  it('counts a mention right when it names the same entity on an overlapping span', () => {
    expect(scores.mentions).toEqual([3, 3, 2]);
    expect(scores['mentions, exact offsets']).toEqual([3, 3, 1]);
  });

  it('counts a date right when its value and precision are', () => {
    expect(scores['dates (value and precision)']).toEqual([1, 1, 1]);
  });

  it('matches proposals by folded name, organizations also by acronym, meetings by date', () => {
    expect(scores['proposed people']).toEqual([1, 2, 1]);
    expect(scores['proposed organizations']).toEqual([1, 1, 1]);
    expect(scores['proposed acronyms']).toEqual([0, 0, 0]);
    expect(scores['proposed places']).toEqual([1, 1, 1]);
    expect(scores['proposed meetings']).toEqual([1, 1, 1]);
  });
});

describe('sumScores and formatEvaluation', () => {
  const score = (category: string, gold: number, found: number, correct: number): Score => ({
    category,
    gold,
    found,
    correct,
  });

  it('adds up categories across articles and totals the proposals', () => {
    const summed = sumScores([
      [score('mentions', 10, 8, 8), score('proposed people', 2, 2, 1)],
      [score('mentions', 5, 5, 4), score('proposed people', 1, 0, 0), score('proposed places', 3, 4, 3)],
    ]);
    expect(summed).toEqual([
      score('mentions', 15, 13, 12),
      score('proposed people', 3, 2, 1),
      score('proposed places', 3, 4, 3),
      score('proposals, all kinds', 6, 6, 4),
    ]);
    const table = formatEvaluation({ scores: summed, inNoise: { mentions: 0, proposals: 0 } });
    expect(table.split('\n').slice(0, 2)).toEqual([
      'category              gold  found  correct  precision  recall     F1',
      'mentions                15     13       12      0.923   0.800  0.857',
    ]);
    expect(table).toContain('In page noise: 0 mentions, 0 proposal passages.');
  });
});
