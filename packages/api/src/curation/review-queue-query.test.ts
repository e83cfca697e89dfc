import { FACT_LABELS, FACT_RELATIONSHIP_TYPES } from '@diplograph/schema';
import { describe, expect, it } from 'vitest';
import { reviewQueueStatement } from './review-queue-query.js';

const walks = (statement: string | null) =>
  statement?.match(/ORDER BY [nr]\.reviewQueueKey LIMIT \$reach/g)?.length;

describe('the review queue statement', () => {
  it('walks the key index of every fact label and fact relationship type', () => {
    const statement = reviewQueueStatement(null);
    expect(walks(statement)).toBe(FACT_LABELS.length + FACT_RELATIONSHIP_TYPES.length);
    for (const label of FACT_LABELS)
      expect(statement).toContain(`MATCH (n:${label}) WHERE n.reviewQueueKey > $after`);
    for (const type of FACT_RELATIONSHIP_TYPES) {
      expect(statement).toContain(`MATCH ()-[r:${type}]->() WHERE r.reviewQueueKey > $after`);
    }
  });

  it('walks only the types asked for, and none that the model lacks', () => {
    const statement = reviewQueueStatement(['Event', 'PARTICIPATED_IN', 'DROP']);
    expect(walks(statement)).toBe(2);
    expect(statement).not.toContain('DROP');
    expect(reviewQueueStatement(['Evidence', 'MENTIONS', 'Nothing'])).toBeNull();
  });
});
