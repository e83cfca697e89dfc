import { h } from './dom.js';
import { NODE_TYPES, SWATCHES } from './node-types.js';
import { HUB_DEGREE } from './style.js';

/**
 * The key to the colours and shapes of the graph. Each node type is a toggle: pressing it hides
 * the nodes of that type (and their relationships) and shows them again.
 */
export function legend(hidden: ReadonlySet<string>, toggle: (hidden: Set<string>) => void): HTMLElement[] {
  const now = new Set(hidden);
  return [
    ...Object.entries(NODE_TYPES).map(([type, { color, shape }]) =>
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'legend-type',
            'data-type': type,
            'aria-pressed': String(!now.has(type)),
            title: `Show or hide the ${type} nodes`,
            onclick: (event) => {
              if (now.has(type)) now.delete(type);
              else now.add(type);
              if (event.currentTarget instanceof HTMLElement)
                event.currentTarget.setAttribute('aria-pressed', String(!now.has(type)));
              toggle(new Set(now));
            },
          },
          h('span', {
            class: 'swatch',
            style: `background:${color}; ${SWATCHES[shape]}`,
            'aria-hidden': 'true',
          }),
          type,
        ),
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
