import { describe, expect, it } from 'vitest';
import { overlaps } from './date-range.js';

const autumn2024 = {
  text: '2024-10-28/2024-12-03',
  precision: 'day',
  earliest: '2024-10-28',
  latest: '2024-12-03',
};

describe('date range filter', () => {
  it('keeps a date that may fall in the range', () => {
    expect(overlaps(autumn2024, { from: '2024-12-01' })).toBe(true);
    expect(overlaps(autumn2024, { to: '2024-10-28' })).toBe(true);
    expect(overlaps(autumn2024, { from: '2024-11-01', to: '2024-11-30' })).toBe(true);
  });

  it('drops a date wholly outside the range', () => {
    expect(overlaps(autumn2024, { from: '2024-12-04' })).toBe(false);
    expect(overlaps(autumn2024, { to: '2024-10-27' })).toBe(false);
  });

  it('keeps undated nodes and everything when the range is open', () => {
    expect(overlaps(undefined, { from: '2030-01-01' })).toBe(true);
    expect(overlaps(autumn2024, {})).toBe(true);
  });
});
