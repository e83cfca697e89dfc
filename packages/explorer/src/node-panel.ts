import { h } from './dom.js';
import { counted, dateOf, formatDate, formatWord } from './format.js';
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
import type { GraphNode, HoldingSpan, Mention, NodeDetails, NodeRef, RelatedSection } from './types.js';

/** Properties shown elsewhere in the panel, or internal. */
const SHOWN_APART = new Set(['name', 'description', 'date', 'summary', ...PROVENANCE_KEYS]);

/** The side panel for a node: where it comes from, its properties, then what its type relates it to, then its evidence. */
/** The panel of a node, of which the view draws `inView` relationships. */
export function nodePanel(
  node: GraphNode,
  inView: number,
  details: NodeDetails | null,
  open: Open,
): HTMLElement[] {
  const date = details?.date ?? dateOf(node.properties);
  const parts: (HTMLElement | null)[] = [
    h(
      'header',
      { class: 'title' },
      typeBadge(node.type),
      h('h2', { id: 'details-title', tabindex: '-1' }, node.label),
      date ? h('p', { class: 'date' }, formatDate(date)) : null,
    ),
    // The description is what the curators wrote about the fact, not the source's words: say so.
    details?.description
      ? h(
          'p',
          { class: 'description' },
          h('span', { class: 'label' }, 'Curators’ note: '),
          details.description,
        )
      : null,
    provenanceLine(node.properties),
    reviewLine(node.properties),
    properties(node, inView),
  ];
  if (details)
    parts.push(...related(details, open), section('Evidence', quotes(details.evidence), 'evidence-list'));
  else parts.push(h('p', { class: 'loading' }, 'Loading…'));
  return parts.filter((p): p is HTMLElement => p !== null);
}

function properties(node: GraphNode, inView: number): HTMLElement {
  const rows = Object.entries(node.properties)
    .filter(([name, value]) => !SHOWN_APART.has(name) && !isEmpty(value))
    .map(([name, value]) => [h('dt', {}, name), h('dd', {}, show(value))]);
  // The graph may hold more than the view draws: say both, so that the two never seem to disagree.
  rows.push([h('dt', {}, 'relationships'), h('dd', {}, `${node.degree} in the graph, ${inView} in view`)]);
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
  return [
    section(
      'Posts',
      d.posts?.length
        ? [list(byStart(d.posts).map((p) => held(p, { id: p.post.id, name: p.title }, open)))]
        : [],
      'posts',
    ),
    section(
      'Holders',
      d.holders?.length ? [list(byStart(d.holders).map((p) => held(p, p.person, open)))] : [],
      'holders',
    ),
    ...d.related.map((found) => relatedSection(found, open)),
    section(
      `Articles${d.mentionedIn ? more(d.mentionedIn.edges.length, d.mentionedIn.totalCount) : ''}`,
      d.mentionedIn?.edges.length ? [list(d.mentionedIn.edges.map(article))] : [],
      'articles',
    ),
  ];
}

/** " (20 of 36)" when a list shows only part of what there is. */
function more(shown: number, total: number): string {
  return total > shown ? ` (${shown} of ${total})` : '';
}

function relatedSection({ list: kind, totalCount, edges }: RelatedSection, open: Open): HTMLElement | null {
  return section(
    `${kind.title}${more(edges.length, totalCount)}`,
    [
      list(
        edges.map((edge) =>
          h(
            'li',
            {},
            edge.node.date ? h('span', { class: 'when' }, formatDate(edge.node.date), ' ') : '',
            nodeButton(edge.node, open),
            kind.note && edge[kind.note]
              ? h('span', { class: 'note' }, ` ${formatWord(edge[kind.note] ?? '')}`)
              : '',
            ...(kind.quoted ? quotes(edge.evidence?.slice(0, 1) ?? []) : []),
          ),
        ),
      ),
    ],
    `related-${kind.field}`,
  );
}

function byStart<T extends HoldingSpan>(holdings: T[]): T[] {
  return [...holdings].sort((a, b) => a.knownFrom.localeCompare(b.knownFrom));
}

/** A holding with its span: of a person, the post by the title held; of a post, its holder. */
function held(holding: HoldingSpan, other: NodeRef, open: Open): HTMLElement {
  return h(
    'li',
    {},
    h('span', { class: 'when' }, span(holding.knownFrom, holding.knownTo)),
    ' ',
    nodeButton(other, open),
  );
}

/** An article naming the node: a link to it when it has an address, its date, how often it names it. */
function article({ mentions, node }: Mention): HTMLElement {
  return h(
    'li',
    {},
    node.url
      ? h('a', { href: node.url, target: '_blank', rel: 'noopener noreferrer' }, node.title)
      : h('cite', {}, node.title),
    node.published ? ` — ${formatDate(node.published)}` : h('span', { class: 'undated' }, ' — undated'),
    mentions > 0 ? h('span', { class: 'note' }, ` ${counted(mentions, 'mention')}`) : '',
  );
}

function span(from: string, to: string): string {
  const day = (text: string) => formatDate({ text });
  return from === to ? day(from) : `${day(from)} – ${day(to)}`;
}
