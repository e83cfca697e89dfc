import { describe, expect, it } from 'vitest';
import { relatedSections } from './related-lists.js';

const node = (id: string) => ({ id, name: id.toUpperCase() });

describe("a node's lists", () => {
  it("takes an interface's lists for each of its types, and the type's own, in the table's order", () => {
    const sections = relatedSections('Organization', {
      events: { totalCount: 1, edges: [{ role: 'CONVENED', node: node('e1') }] },
      convened: { totalCount: 36, edges: [{ node: node('e2') }, { node: node('e3') }] },
      country: { node: node('fr') },
    });
    expect(sections.map((s) => [s.list.title, s.totalCount, s.edges.length])).toEqual([
      ['Participations', 1, 1],
      ['Country', 1, 1],
      ['Meetings convened', 36, 2],
    ]);
  });

  it('leaves out empty pages, absent links and the lists of other types', () => {
    const sections = relatedSections('Theme', {
      events: { totalCount: 0, edges: [] },
      commitments: { totalCount: 1, edges: [{ node: node('c1') }] },
      axis: null,
      convened: { totalCount: 1, edges: [{ node: node('e1') }] },
    });
    expect(sections.map((s) => s.list.title)).toEqual(['Commitments on it']);
  });
});
