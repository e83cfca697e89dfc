import { describe, expect, it } from 'vitest';
import { describeProvenance, describeReview, provenanceOf } from './provenance.js';

describe('provenance of a fact', () => {
  it('reads a machine-read fact with its confidence', () => {
    const found = provenanceOf({ name: 'Fernando Grande-Marlaska', origin: 'machine', confidence: 0.9 });
    expect(found).toEqual({ machine: true, confidence: 0.9 });
    expect(describeProvenance(found)).toBe('machine-read, confidence 0.90');
  });

  it('takes a fact without an origin for curated, whatever else it stores', () => {
    const found = provenanceOf({ name: 'Khalid Zerouali', confidence: 0.5 });
    expect(found).toEqual({ machine: false, confidence: null });
    expect(describeProvenance(found)).toBe('curated');
  });

  it('says machine-read without a number when none is stored', () => {
    expect(describeProvenance(provenanceOf({ origin: 'machine' }))).toBe('machine-read');
  });

  it("tells a machine-read fact's review state, and none for a curated fact", () => {
    expect(describeReview({ origin: 'machine', confidence: 0.6 })).toBe('not reviewed yet');
    expect(describeReview({ origin: 'machine', review: 'accepted', decision: 'd-1' })).toBe(
      'accepted by a curator',
    );
    expect(describeReview({ origin: 'machine', review: 'corrected' })).toBe('corrected by a curator');
    expect(describeReview({ name: 'Khalid Zerouali' })).toBeNull();
  });
});
