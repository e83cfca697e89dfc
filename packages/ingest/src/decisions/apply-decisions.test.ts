import type { Decision } from '@diplograph/schema';
import { describe, expect, it } from 'vitest';
import type { GraphData } from '../graph/graph-data.js';
import { applyDecisions } from './apply-decisions.js';
import { rejectedByDecisions } from './gather-decisions.js';

const MACHINE = { origin: 'machine', confidence: 0.8 };
const graph: GraphData = {
  nodes: [
    { label: 'Person', id: 'person-a', props: { id: 'person-a', ...MACHINE } },
    { label: 'Person', id: 'person-b', props: { id: 'person-b', ...MACHINE } },
    { label: 'Person', id: 'curated', props: { id: 'curated' } },
    { label: 'Event', id: 'event-1', props: { id: 'event-1', ...MACHINE } },
  ],
  relationships: [
    {
      type: 'PARTICIPATED_IN',
      id: 'PARTICIPATED_IN:person-a->event-1:attended',
      from: 'person-a',
      to: 'event-1',
      props: { id: 'PARTICIPATED_IN:person-a->event-1:attended', role: 'attended', ...MACHINE },
    },
  ],
};

let n = 0;
const decided = (d: Partial<Decision> & Pick<Decision, 'kind' | 'fact'>): Decision => ({
  id: `d${++n}`,
  at: `2026-12-02T10:00:0${n}.000Z`,
  curator: 'amina',
  field: null,
  before: null,
  after: null,
  reason: 'why',
  passages: [],
  digest: '0'.repeat(64),
  previous: null,
  ...d,
});

describe('applying decisions to the rows of a run', () => {
  it('merges an entity into another, moving its relationships, and later decisions follow the merge', () => {
    const merge = decided({ kind: 'merge', fact: 'person-a', after: 'person-b' });
    const role = decided({
      kind: 'correct',
      fact: 'PARTICIPATED_IN:person-a->event-1:attended',
      field: 'role',
      after: 'hosted',
    });
    const accept = decided({ kind: 'accept', fact: 'person-a' });
    const result = applyDecisions(graph, [merge, role, accept]);
    expect(result.stale).toEqual([]);
    expect(result.graph.nodes.map((x) => x.id)).toEqual(['person-b', 'curated', 'event-1']);
    expect(result.graph.nodes[0]?.props).toMatchObject({ mergedIds: ['person-a'], decision: accept.id });
    expect(result.graph.relationships[0]).toMatchObject({
      from: 'person-b',
      props: { role: 'hosted', review: 'corrected', decision: role.id },
    });
  });

  it('reports, and does not apply, a decision about a fact not read or a curated one', () => {
    const missing = decided({ kind: 'accept', fact: 'person-z' });
    const curated = decided({ kind: 'correct', fact: 'curated', field: 'date', after: '2025' });
    const result = applyDecisions(graph, [missing, curated]);
    expect(result.stale.map((s) => s.why)).toEqual([
      'this run did not read the fact person-z',
      'curated is a curated fact: correct it in its fact file',
    ]);
    expect(result.graph.nodes.find((x) => x.id === 'curated')?.props).toEqual({ id: 'curated' });
  });

  it('leaves the input rows as they were', () => {
    applyDecisions(graph, [decided({ kind: 'correct', fact: 'event-1', field: 'date', after: '2025-06' })]);
    expect(graph.nodes[3]?.props).toEqual({ id: 'event-1', ...MACHINE });
  });
});

describe('rejections', () => {
  it('count by the last accept or reject of each fact', () => {
    const rejected = rejectedByDecisions([
      decided({ kind: 'reject', fact: 'x' }),
      decided({ kind: 'reject', fact: 'y' }),
      decided({ kind: 'accept', fact: 'y' }),
    ]);
    expect([...rejected]).toEqual(['x']);
  });
});
