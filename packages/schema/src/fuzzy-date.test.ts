import { describe, expect, it } from 'vitest';
import { overlaps, parseFuzzyDate } from './fuzzy-date.js';

describe('fuzzy dates', () => {
  it.each([
    ['2025-06-25', 'day', '2025-06-25', '2025-06-25'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29'],
    ['2025-Q1', 'quarter', '2025-01-01', '2025-03-31'],
    ['2018', 'year', '2018-01-01', '2018-12-31'],
    ['2020-03-01/2020-03-02', 'day', '2020-03-01', '2020-03-02'],
    ['2025-05/2025-06', 'month', '2025-05-01', '2025-06-30'],
  ])('read %s as a %s from %s to %s', (text, precision, earliest, latest) => {
    expect(parseFuzzyDate(text)).toEqual({ text, precision, earliest, latest });
  });

  it.each([
    ['2025-02-30', 'is not a day of 2025-02'],
    ['2025-13', 'has no month 13'],
    ['25 juin', 'is not a date'],
    ['2025-06/2025-06-25', 'mixes precisions'],
    ['2025-06-25/2025-06-01', 'ends before it starts'],
    ['2020/2021/2022', 'more than one "/"'],
  ])('refuse %s: %s', (text, message) => {
    expect(parseFuzzyDate(text)).toContain(message);
  });

  it('overlap when they may share a day', () => {
    const month = { earliest: '2025-06-01', latest: '2025-06-30' };
    expect(overlaps(month, { earliest: '2025-06-30', latest: '2025-07-02' })).toBe(true);
    expect(overlaps(month, { earliest: '2025-07-01', latest: '2025-07-02' })).toBe(false);
  });
});
