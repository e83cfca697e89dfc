import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageRequest, toConnection } from './pagination.js';

describe('cursors', () => {
  it('round-trip a sort key and an id', () => {
    const cursor = { k: '2025-06-25|Réunion', id: 'gmmp-7th-meeting-2025-06-25' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it('refuse text that is not one of ours', () => {
    expect(() => decodeCursor('not-a-cursor')).toThrow('invalid cursor');
    expect(() => decodeCursor(Buffer.from('[1, 2]').toString('base64url'))).toThrow('invalid cursor');
  });
});

describe('page requests', () => {
  it('default to 20 forward and cap the size', () => {
    expect(pageRequest({})).toEqual({ size: 20, cursor: null, inverted: false });
    expect(() => pageRequest({ first: 101 })).toThrow('limited to 100');
    expect(() => pageRequest({ first: 1, last: 1 })).toThrow('not both');
  });

  it('page backwards with last/before', () => {
    const before = encodeCursor({ k: 'b', id: 'b' });
    expect(pageRequest({ last: 5, before })).toEqual({
      size: 5,
      cursor: { k: 'b', id: 'b' },
      inverted: true,
    });
  });
});

describe('connections', () => {
  const items = ['a', 'b', 'c'].map((id) => ({ k: id, id, value: { node: id } }));

  it('tell when another page follows from the extra item fetched', () => {
    const page = toConnection(items, { size: 2, cursor: null, inverted: false });
    expect(page.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('restore reading order when paging backwards', () => {
    const page = toConnection([...items].reverse(), { size: 2, cursor: { k: 'd', id: 'd' }, inverted: true });
    expect(page.edges.map((e) => e.node)).toEqual(['b', 'c']);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });
});
