import { h } from './dom.js';
import { HUB_DEGREE, NODE_TYPES } from './style.js';

/** The key to the colours and shapes of the graph. */
export function legend(): HTMLElement[] {
  return [
    ...Object.entries(NODE_TYPES).map(([type, { color, shape }]) =>
      h(
        'li',
        {},
        h('span', { class: `swatch shape-${shape}`, style: `background:${color}`, 'aria-hidden': 'true' }),
        type,
      ),
    ),
    h(
      'li',
      {},
      h('span', { class: 'swatch hub', 'aria-hidden': 'true' }),
      `hub: over ${HUB_DEGREE} relationships`,
    ),
    h('li', {}, h('span', { class: 'swatch derives', 'aria-hidden': 'true' }), 'derives from'),
    h(
      'li',
      {},
      h('span', { class: 'swatch machine', 'aria-hidden': 'true' }),
      'machine-read from an article, not curated',
    ),
    h(
      'li',
      {},
      h('span', { class: 'swatch machine-link', 'aria-hidden': 'true' }),
      'machine-read relationship',
    ),
  ];
}
