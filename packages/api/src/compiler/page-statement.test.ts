import { describe, expect, it } from 'vitest';
import {
  ACTOR_EVENTS,
  EVENT_COMMITMENTS,
  THEME_EVENTS,
  THEMES_OF,
} from '../catalogue/relationship-fields.js';
import { keysetClause } from './keyset.js';
import { type Filter, pageBody, plainPage, shapeKey } from './page-statement.js';

// TCK-style: the Cypher and parameters compiled for a selection, without a database.

const first = (size: number) => ({ size, cursor: null, inverted: false });

describe('the page compiler', () => {
  it('compiles a filtered relationship page with a cursor into one keyset page', () => {
    const params: Filter = {};
    const cypher = pageBody(
      ACTOR_EVENTS,
      { role: 'chair' },
      plainPage({ size: 10, cursor: { k: '2024-10-01', id: 'rel-1' }, inverted: false }),
      '',
      params,
    );
    expect(cypher).toMatchSnapshot();
    expect(params).toMatchSnapshot();
  });

  it('compiles actor → events → commitments → themes → events, evidence at the end, into one statement body', () => {
    const params: Filter = {};
    const events = { ...plainPage(first(10)), withEvidence: true };
    const themes = { ...plainPage(first(5)), nested: [{ spec: THEME_EVENTS, filter: {}, shape: events }] };
    const commitments = { ...plainPage(first(10)), nested: [{ spec: THEMES_OF, filter: {}, shape: themes }] };
    const shape = {
      ...plainPage(first(3)),
      nested: [{ spec: EVENT_COMMITMENTS, filter: {}, shape: commitments }],
    };
    const cypher = pageBody(ACTOR_EVENTS, { kind: 'meeting' }, shape, '', params);
    expect(cypher).toMatchSnapshot();
    expect(Object.keys(params).sort()).toEqual([
      'cursor',
      'cursor_0',
      'cursor_0_0',
      'cursor_0_0_0',
      'filter',
      'filter_0',
      'filter_0_0',
      'filter_0_0_0',
      'limit',
      'limit_0',
      'limit_0_0',
      'limit_0_0_0',
    ]);
    expect(params.filter).toEqual({ kind: 'meeting' });
  });

  it('projects only the properties asked of the nodes, the relationships and the passages', () => {
    const shape = {
      ...plainPage(first(5)),
      withEvidence: true,
      properties: ['id', 'name', 'date'],
      relationshipProperties: ['id', 'role'],
      passages: { passage: ['id', 'quote', 'source'], source: ['id', 'name'] },
    };
    const cypher = pageBody(ACTOR_EVENTS, {}, shape, '', {});
    expect(cypher).toMatchSnapshot();
    expect(cypher).not.toContain('.*');
    expect(cypher).not.toContain('properties(r)');
  });

  it('tells page shapes apart by what they bring, to any depth', () => {
    const plain = plainPage(first(10));
    const deeper = { ...plain, nested: [{ spec: THEMES_OF, filter: {}, shape: plainPage(first(5)) }] };
    expect(shapeKey(plain, {})).not.toEqual(shapeKey(deeper, {}));
    expect(shapeKey(deeper, {})).toEqual(shapeKey({ ...deeper }, {}));
    expect(shapeKey({ ...plain, properties: ['id'] }, {})).not.toEqual(shapeKey(plain, {}));
  });

  it('pages backwards by flipping the order and the comparison', () => {
    expect(
      keysetClause(
        { key: 'k', tiebreak: 'n.id', descending: true },
        { size: 5, cursor: { k: 'b', id: 'x' }, inverted: true },
      ),
    ).toMatchSnapshot();
  });
});

describe('the relationship catalogue', () => {
  it('builds each pattern from the declared type, direction and labels', () => {
    expect(ACTOR_EVENTS.pattern).toBe('(p)-[r:PARTICIPATED_IN]->(n:Event)');
    expect(EVENT_COMMITMENTS.pattern).toBe('(p)<-[r:MADE_AT]-(n:Commitment)');
  });
});
