import { describe, expect, it } from 'vitest';
import { nodeProjection, relationshipProjection, toRecord } from './records.js';

describe('records of projected properties', () => {
  it('project the fields read, each fuzzy date with its precision, and leave unread properties out', () => {
    expect(nodeProjection('n', ['id', 'date', 'digest'])).toBe(
      'n {.`id`, .`date`, .`datePrecision`, __labels: labels(n)}',
    );
    expect(relationshipProjection('r', ['id', 'role'])).toBe('r {.`id`, .`role`}');
    expect(relationshipProjection('r', null)).toBe('properties(r)');
  });

  it('under test, throw when a resolver reads a property the statement did not project', () => {
    const record = toRecord({ id: 'e1', name: null, __labels: ['Entity', 'Event'] }, ['id', 'name']);
    expect(record.name).toBeNull();
    expect(record.__typename).toBe('Event');
    expect(() => record.kind).toThrow(/did not project 'kind'/);
  });

  it('of every property read as they are', () => {
    const record = toRecord({ id: 'e1', __labels: ['Entity', 'Event'] });
    expect(record.kind).toBeUndefined();
  });
});
