import { h } from './dom.js';
import { dateOf, formatDate, formatWord } from './format.js';
import {
  list,
  nodeButton,
  type Open,
  provenanceLine,
  quotes,
  reviewLine,
  section,
  typeBadge,
} from './panel-parts.js';
import { PROVENANCE_KEYS } from './provenance.js';
import type { GraphNode, NodeDetails, NodeRef } from './types.js';

/** Properties shown elsewhere in the panel, or internal. */
const SHOWN_APART = new Set(['name', 'description', 'date', 'summary', ...PROVENANCE_KEYS]);

/** The side panel for a node: where it comes from, its properties, then what its type relates it to, then its evidence. */
export function nodePanel(node: GraphNode, details: NodeDetails | null, open: Open): HTMLElement[] {
  const date = details?.date ?? dateOf(node.properties);
  const parts: (HTMLElement | null)[] = [
    h(
      'header',
      { class: 'title' },
      typeBadge(node.type),
      h('h2', { id: 'details-title', tabindex: '-1' }, node.label),
      date ? h('p', { class: 'date' }, formatDate(date)) : null,
    ),
    details?.description ? h('p', { class: 'description' }, details.description) : null,
    provenanceLine(node.properties),
    reviewLine(node.properties),
    properties(node),
  ];
  if (details)
    parts.push(...related(details, open), section('Evidence', quotes(details.evidence), 'evidence-list'));
  else parts.push(h('p', { class: 'loading' }, 'Loading…'));
  return parts.filter((p): p is HTMLElement => p !== null);
}

function properties(node: GraphNode): HTMLElement {
  const rows = Object.entries(node.properties)
    .filter(([name, value]) => !SHOWN_APART.has(name) && !isEmpty(value))
    .map(([name, value]) => [h('dt', {}, name), h('dd', {}, show(value))]);
  rows.push([h('dt', {}, 'relationships'), h('dd', {}, String(node.degree))]);
  return h('dl', { class: 'properties' }, rows.flat());
}

/** Nothing to show: machine-read people, for one, store an empty list of aliases. */
function isEmpty(value: unknown): boolean {
  return value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function show(value: unknown): string {
  if (Array.isArray(value)) return value.map(show).join(', ');
  if (value && typeof value === 'object' && 'text' in value) return formatDate(value as { text: string });
  if (value && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function related(d: NodeDetails, open: Open): (HTMLElement | null)[] {
  const item = (node: NodeRef, ...after: (string | Node)[]) => h('li', {}, nodeButton(node, open), ...after);
  const note = (text: string) => h('span', { class: 'note' }, ` ${text}`);
  return [
    section(
      'Posts',
      d.posts?.length
        ? [
            list(
              [...d.posts]
                .sort((a, b) => a.knownFrom.localeCompare(b.knownFrom))
                .map((p) =>
                  h(
                    'li',
                    {},
                    h('span', { class: 'when' }, span(p.knownFrom, p.knownTo)),
                    ' ',
                    nodeButton({ id: p.post.id, name: p.title }, open),
                  ),
                ),
            ),
          ]
        : [],
    ),
    section(
      `Participations${d.events && d.events.totalCount > d.events.edges.length ? ` (${d.events.edges.length} of ${d.events.totalCount})` : ''}`,
      d.events?.edges.length
        ? [
            list(
              d.events.edges.map((e) =>
                h(
                  'li',
                  {},
                  h('span', { class: 'when' }, formatDate(e.node.date)),
                  ' ',
                  nodeButton(e.node, open),
                  note(formatWord(e.role)),
                  quotes(e.evidence.slice(0, 1)),
                ),
              ),
            ),
          ]
        : [],
    ),
    section(
      'Participants',
      d.participants?.edges.length
        ? [list(d.participants.edges.map((e) => item(e.node, note(formatWord(e.role)))))]
        : [],
    ),
    section(
      'Commitments made there',
      d.commitments?.nodes.length ? [list(d.commitments.nodes.map((n) => item(n)))] : [],
    ),
    section('Made by', d.madeBy?.nodes.length ? [list(d.madeBy.nodes.map((n) => item(n)))] : []),
    section('Made at', d.madeAt ? [list([item(d.madeAt.node)])] : []),
    section(
      'Derives from',
      d.derivesFrom?.edges.length
        ? [list(d.derivesFrom.edges.map((e) => item(e.node, note(formatWord(e.how)))))]
        : [],
    ),
    section(
      'Parties',
      d.parties?.edges.length
        ? [list(d.parties.edges.map((e) => item(e.node, note(formatWord(e.role)))))]
        : [],
    ),
    section(
      'Derived from it',
      d.derived?.edges.length
        ? [list(d.derived.edges.map((e) => item(e.node, note(formatWord(e.how)))))]
        : [],
    ),
  ];
}

function span(from: string, to: string): string {
  const day = (text: string) => formatDate({ text });
  return from === to ? day(from) : `${day(from)} – ${day(to)}`;
}
