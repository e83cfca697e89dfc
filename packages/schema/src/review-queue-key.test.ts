import { describe, expect, it } from 'vitest';
import { reviewQueueKey } from './review-queue-key.js';

interface Fact {
  confidence: number | null;
  dependents: number;
  id: string;
}

/** The queue's order as the statement before the keys sorted it: confidence (nulls last), dependents DESC, id. */
function queueOrder(a: Fact, b: Fact): number {
  if (a.confidence !== b.confidence) {
    if (a.confidence === null) return 1;
    if (b.confidence === null) return -1;
    return a.confidence - b.confidence;
  }
  return b.dependents - a.dependents || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const key = (f: Fact) => reviewQueueKey(f.confidence, f.dependents, f.id);
const byKey = (a: Fact, b: Fact) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

describe('the review queue key', () => {
  it('sorts as confidence ascending, dependents descending, then id', () => {
    const facts: Fact[] = [];
    const confidences = [0, 0.05, 0.1, 0.1000000001, 0.5, 0.55, 0.9, 0.99, 1, null];
    const dependents = [0, 1, 2, 9, 10, 99, 100, 12_345, 40_000, 9_999_999_999];
    for (const confidence of confidences) {
      for (const d of dependents)
        for (const id of ['a', 'a-1', 'b', 'event-10', 'event-9']) {
          facts.push({ confidence, dependents: d, id });
        }
    }
    const reversed = [...facts].reverse();
    expect([...reversed].sort(byKey)).toEqual([...reversed].sort(queueOrder));
  });

  it('puts confidence 1.0 after every lower one and before a missing one', () => {
    expect(
      key({ confidence: 0.9999999, dependents: 0, id: 'z' }) <
        key({ confidence: 1, dependents: 99, id: 'a' }),
    ).toBe(true);
    expect(
      key({ confidence: 1, dependents: 0, id: 'z' }) < key({ confidence: null, dependents: 99, id: 'a' }),
    ).toBe(true);
    expect(
      key({ confidence: 0, dependents: 0, id: 'z' }) <
        key({ confidence: Number.MIN_VALUE, dependents: 99, id: 'a' }),
    ).toBe(true);
  });

  it('keeps its numeric parts at a fixed width', () => {
    const lengths = [0, 1, 0.5, null].flatMap((c) =>
      [0, 7, 1e12].map((d) => reviewQueueKey(c, d, '').length),
    );
    expect(new Set(lengths)).toEqual(new Set([26]));
  });

  it('sorts counts beyond its width with the largest', () => {
    expect(reviewQueueKey(0.5, 1e12, 'x')).toBe(reviewQueueKey(0.5, 9_999_999_999, 'x'));
  });
});
