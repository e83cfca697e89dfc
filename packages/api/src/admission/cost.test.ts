import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../schema/index.js';
import { estimateCost } from './cost.js';

const estimate = (query: string, variables: Record<string, unknown> = {}) =>
  estimateCost(schema, parse(query), undefined, variables);

describe('the estimated cost', () => {
  it('names the costliest field: the path where the lists multiply', () => {
    const { costliest } = estimate(`{
      search(query: "x") { type }
      people(first: 100) { nodes { name events(first: 100) { nodes { participants(first: 100) { nodes { name } } } } } }
    }`);
    expect(costliest).toBe('people.nodes.events.nodes.participants.nodes');
  });

  it('names an alias as the client wrote it', () => {
    expect(
      estimate('{ a: people(first: 5) { nodes { name } } b: people(first: 50) { nodes { name } } }')
        .costliest,
    ).toBe('b.nodes');
  });

  it('counts a page at most as large as any field serves, so its figure stays meaningful', () => {
    const huge = estimate('query($n: Int) { people(first: $n) { nodes { name } } }', { n: 2_000_000_000 });
    const largest = estimate('{ people(first: 100) { nodes { name } } }');
    expect(huge.cost).toBe(largest.cost);
    expect(Number.isInteger(huge.cost)).toBe(true);
  });
});
