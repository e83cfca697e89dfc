import { describe, expect, it } from 'vitest';
import { dateBuckets, inside, pickedRange } from './timeline-strip.js';
import type { GraphView } from './types.js';

/** A view of meetings dated from `earliest` to `latest` each, and a person with no date. */
function view(...dates: [string, string][]): GraphView {
  const meetings = dates.map(([earliest, latest], i) => ({
    id: `e${i}`,
    type: 'Event',
    label: `meeting ${i}`,
    degree: 1,
    properties: { date: { text: earliest, precision: 'DAY', earliest, latest } },
  }));
  const person = { id: 'p', type: 'Person', label: 'someone', degree: 1, properties: {} };
  return { nodes: [...meetings, person], edges: [], truncated: false };
}

describe('the timeline strip', () => {
  it('counts by year when the dates span more than two years, and leaves undated nodes out', () => {
    const buckets = dateBuckets(
      view(['2003-05-10', '2003-05-10'], ['2005-01-01', '2005-12-31'], ['2005-06-02', '2005-06-02']),
    );
    expect(buckets.map((b) => [b.label, b.from, b.to, b.count])).toEqual([
      ['2003', '2003-01-01', '2003-12-31', 1],
      ['2004', '2004-01-01', '2004-12-31', 0],
      ['2005', '2005-01-01', '2005-12-31', 2],
    ]);
  });

  it('counts by month within two years, a fuzzy date in every month it may fall in', () => {
    const buckets = dateBuckets(view(['2024-10-29', '2024-10-29'], ['2024-01-01', '2024-12-31']));
    expect(buckets).toHaveLength(12);
    expect(buckets.map((b) => b.count)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1]);
    expect(buckets[1]).toMatchObject({ label: '2024-02', from: '2024-02-01', to: '2024-02-29' });
  });

  it('groups years so that a long span keeps to forty bars', () => {
    const buckets = dateBuckets(view(['1900-01-01', '1900-01-01'], ['2025-03-01', '2025-03-01']));
    expect(buckets.length).toBeLessThanOrEqual(40);
    expect(buckets[0]).toMatchObject({ label: '1900–1903', from: '1900-01-01', to: '1903-12-31', count: 1 });
    expect(buckets.at(-1)).toMatchObject({ to: '2025-12-31', count: 1 });
  });

  it('draws nothing for a view without dates', () => {
    expect(dateBuckets(view())).toEqual([]);
  });

  it('narrows to a bar, widens to a second with Shift, and marks the bars inside the range', () => {
    const [y2003, , y2005] = dateBuckets(view(['2003-05-10', '2003-05-10'], ['2005-06-02', '2005-06-02']));
    if (!y2003 || !y2005) throw new Error('three years expected');
    const one = pickedRange(y2005, {}, true);
    expect(one).toEqual({ from: '2005-01-01', to: '2005-12-31' });
    const both = pickedRange(y2003, one, true);
    expect(both).toEqual({ from: '2003-01-01', to: '2005-12-31' });
    expect(pickedRange(y2003, both, false)).toEqual({ from: '2003-01-01', to: '2003-12-31' });
    expect([inside(y2003, one), inside(y2005, one), inside(y2003, both)]).toEqual([false, true, true]);
    expect(inside(y2003, { to: '2004-06-30' })).toBe(true);
  });
});
