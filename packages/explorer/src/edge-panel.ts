import { h } from './dom.js';
import { formatWord } from './format.js';
import { nodeButton, type Open, provenanceLine, quotes, reviewLine, section } from './panel-parts.js';
import { PROVENANCE_KEYS } from './provenance.js';
import type { Evidence, GraphEdge, GraphNode } from './types.js';

/** The side panel for a relationship: its two ends, where it comes from, its properties and the passages behind it. */
export function edgePanel(
  edge: GraphEdge,
  ends: { source?: GraphNode; target?: GraphNode },
  evidence: Evidence[] | null,
  open: Open,
): HTMLElement[] {
  const end = (id: string, node?: GraphNode) => nodeButton({ id, name: node?.label ?? id }, open);
  const rows = Object.entries(edge.properties)
    .filter(([name]) => name !== 'evidence' && !PROVENANCE_KEYS.has(name))
    .map(([name, value]) => [
      h('dt', {}, name),
      h('dd', {}, Array.isArray(value) ? value.join(', ') : String(value)),
    ]);
  return [
    h(
      'header',
      { class: 'title' },
      h('span', { class: 'badge' }, 'Relationship'),
      h('h2', { id: 'details-title', tabindex: '-1' }, formatWord(edge.type)),
    ),
    h('p', { class: 'ends' }, end(edge.source, ends.source), ' → ', end(edge.target, ends.target)),
    provenanceLine(edge.properties),
    reviewLine(edge.properties),
    h('dl', { class: 'properties' }, rows.flat()),
    evidence
      ? section('Evidence', quotes(evidence), 'evidence-list')
      : h('p', { class: 'loading' }, 'Loading…'),
  ].filter((p): p is HTMLElement => p !== null);
}
