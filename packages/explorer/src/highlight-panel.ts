import { h } from './dom.js';
import { formatDate, formatWord } from './format.js';
import { list, nodeButton, type Open, quotes, section } from './panel-parts.js';
import type { Lineage, LineageEntry, NodeRef } from './types.js';

/** The lineage of a commitment or instrument: each node it traces back to or that traces back to it, with the path and its evidence. */
export function lineagePanel(root: NodeRef, lineage: Lineage, open: Open, clear: () => void): HTMLElement[] {
  const entries = (items: LineageEntry[]) =>
    list(
      [...items]
        .sort((a, b) => a.depth - b.depth)
        .map((entry) =>
          h(
            'li',
            { class: 'lineage-entry' },
            nodeButton(entry.node, open),
            entry.node.date ? h('span', { class: 'when' }, ` ${formatDate(entry.node.date)}`) : null,
            h('span', { class: 'note' }, ` ${entry.depth} step${entry.depth === 1 ? '' : 's'} away`),
            h(
              'ol',
              { class: 'steps' },
              entry.path.map((step) =>
                h(
                  'li',
                  {},
                  h('span', { class: 'how' }, formatWord(step.how)),
                  ' ',
                  step.to.name,
                  quotes(step.evidence),
                ),
              ),
            ),
          ),
        ),
    );
  const none = lineage.ancestry.length + lineage.descendants.length === 0;
  return [
    heading(`Lineage of ${root.name}`, clear),
    none ? h('p', {}, 'Nothing derives from it and it derives from nothing in the graph.') : null,
    section('Traces back to', lineage.ancestry.length ? [entries(lineage.ancestry)] : []),
    section('Traces back to it', lineage.descendants.length ? [entries(lineage.descendants)] : []),
  ].filter((p): p is HTMLElement => p !== null);
}

/** How one node of a path is linked to the next: the relationship, and whether it points forward. */
export interface PathLink {
  type: string;
  forward: boolean;
}

/** A shortest path: its nodes in order, with the relationship between each and the next. */
export function pathPanel(nodes: NodeRef[], links: PathLink[], open: Open, clear: () => void): HTMLElement[] {
  if (nodes.length === 0) {
    return [heading('Shortest path', clear), h('p', {}, 'No path of 6 steps or fewer joins them.')];
  }
  const link = (l: PathLink | undefined) =>
    l
      ? h(
          'div',
          { class: 'how', title: l.forward ? 'this node → the next' : 'the next node → this one' },
          `${l.forward ? '↓' : '↑'} ${formatWord(l.type)}`,
        )
      : null;
  return [
    heading(`Shortest path: ${nodes.length - 1} step${nodes.length === 2 ? '' : 's'}`, clear),
    list(
      nodes.map((node, i) => h('li', {}, nodeButton(node, open), link(links[i]))),
      true,
    ),
  ];
}

function heading(title: string, clear: () => void): HTMLElement {
  return h(
    'header',
    { class: 'title' },
    h('h2', {}, title),
    h(
      'button',
      { type: 'button', class: 'clear', onclick: clear, 'aria-keyshortcuts': 'Escape' },
      'Clear highlight',
    ),
  );
}
