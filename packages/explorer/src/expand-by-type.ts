import { h } from './dom.js';
import { formatWord } from './format.js';
import { typeBadge } from './panel-parts.js';
import type { NeighbourCount } from './types.js';

/**
 * The node's neighbours by relationship type, each with how many of which node type: a button
 * per relationship type expands through it alone, a page at a time, so that a hub can be opened
 * one kind at a time. Apart from the panel's parts, which list facts: these are actions.
 */
export function expandByType(counts: NeighbourCount[], expand: (relationship: string) => void): HTMLElement {
  const byRelationship = new Map<string, NeighbourCount[]>();
  for (const count of counts) {
    byRelationship.set(count.relationship, [...(byRelationship.get(count.relationship) ?? []), count]);
  }
  const items = [...byRelationship].map(([relationship, kinds]) =>
    h(
      'li',
      {},
      h(
        'button',
        {
          type: 'button',
          class: 'link expand-type',
          'data-relationship': relationship,
          onclick: () => expand(relationship),
        },
        `Expand ${formatWord(relationship)}`,
      ),
      ' ',
      kinds.map((kind) => h('span', { class: 'kind' }, `${kind.count} `, typeBadge(kind.nodeType), ' ')),
    ),
  );
  return h(
    'section',
    { class: 'neighbour-types' },
    h('h3', {}, 'Neighbours by type'),
    h('ul', { class: 'expand-by-type' }, items),
  );
}
