import { describe, expect, it } from 'vitest';
import { entityType } from './entity-type.js';

describe('entityType', () => {
  it('gives each language its CoNLL class', () => {
    expect(['PER', 'PERSON', 'I-PER'].map((ner) => entityType({ ner }))).toEqual(['PER', 'PER', 'PER']);
    expect(['LOCATION', 'ORGANIZATION', 'MISC'].map((ner) => entityType({ ner }))).toEqual([
      'LOC',
      'ORG',
      'MISC',
    ]);
  });

  it('leaves other labels out', () => {
    expect(entityType({ ner: 'DATE' })).toBeUndefined();
    expect(entityType({ ner: 'O' })).toBeUndefined();
  });
});
