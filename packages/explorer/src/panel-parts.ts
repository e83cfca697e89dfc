import { h } from './dom.js';
import { formatDate } from './format.js';
import { NODE_TYPES } from './node-types.js';
import { describeProvenance, describeReview, provenanceOf } from './provenance.js';
import type { Evidence, NodeRef } from './types.js';

/** What a click on a related node does: select it, bringing it into the view if needed. */
export type Open = (id: string) => void;

export function nodeButton(node: NodeRef, open: Open): HTMLButtonElement {
  return h(
    'button',
    { type: 'button', class: 'link', 'data-node': node.id, onclick: () => open(node.id) },
    node.name,
  );
}

export function typeBadge(type: string): HTMLElement {
  return h('span', { class: 'badge', style: `--type-color:${NODE_TYPES[type]?.color ?? '#94a3b8'}` }, type);
}

/** Whether the fact was curated or machine-read, and how sure the reading is: said before the facts. */
export function provenanceLine(properties: Record<string, unknown>): HTMLElement {
  const found = provenanceOf(properties);
  return h('p', { class: `provenance ${found.machine ? 'machine' : 'curated'}` }, describeProvenance(found));
}

/** Where a curator's review of a machine-read fact stands; nothing for a curated fact. */
export function reviewLine(properties: Record<string, unknown>): HTMLElement | null {
  const review = describeReview(properties);
  return review
    ? h('p', { class: 'review-state', 'data-review': String(properties.review ?? 'none') }, review)
    : null;
}

/** A titled part of the panel; nothing when there is nothing to list. */
export function section(title: string, items: (Node | string)[], className = ''): HTMLElement | null {
  if (items.length === 0) return null;
  return h('section', { class: `part ${className}`.trim() }, h('h3', {}, title), ...items);
}

export function list(items: HTMLElement[], ordered = false): HTMLElement {
  return h(ordered ? 'ol' : 'ul', {}, items);
}

/** Quoted passages, each with the article it is quoted from and when that was published. */
export function quotes(evidence: Evidence[]): HTMLElement[] {
  return evidence.map((e) =>
    h(
      'figure',
      { class: 'evidence' },
      h('blockquote', {}, `« ${e.quote} »`),
      h(
        'figcaption',
        {},
        e.source.url
          ? h('a', { href: e.source.url, target: '_blank', rel: 'noopener noreferrer' }, e.source.title)
          : h('cite', {}, e.source.title),
        e.source.published
          ? ` — ${formatDate(e.source.published)}`
          : h('span', { class: 'undated', title: 'The article gives no publication date' }, ' — undated'),
      ),
    ),
  );
}
