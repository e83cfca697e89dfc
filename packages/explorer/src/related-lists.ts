import { RELATED_LISTS } from './node-types.js';
import type { RelatedEdge, RelatedSection } from './types.js';

/** How many neighbours each list shows; its title says how many there are in all. */
export const LISTED = 20;

/** The types an interface of the API stands for: a list on Actor is a list of each of them. */
const INTERFACES: Record<string, readonly string[]> = { Actor: ['Person', 'Organization', 'Country'] };

/** Each type's lists as fragments of the panel's query, with the selections of a passage and of a date. */
export function relatedSelection(evidence: string, date: string): string {
  return RELATED_LISTS.map((list) => {
    const dated = list.dated ? ` ... on ${list.dated} { ${date} }` : '';
    const node = `node { id ... on Entity { name }${dated} }`;
    const fields =
      list.kind === 'link'
        ? node
        : `totalCount edges { ${list.note ?? ''} ${list.quoted ? evidence : ''} ${node} }`;
    const args = list.kind === 'page' ? `(first: ${LISTED})` : '';
    return `... on ${list.on} { ${list.field}${args} { ${fields} } }`;
  }).join('\n');
}

interface PageAnswer {
  totalCount: number;
  edges: RelatedEdge[];
}

function isPage(value: unknown): value is PageAnswer {
  return typeof value === 'object' && value !== null && 'totalCount' in value && 'edges' in value;
}

function isLink(value: unknown): value is RelatedEdge {
  return typeof value === 'object' && value !== null && 'node' in value;
}

/** The lists of a node of this type found in its answer, empty ones left out. */
export function relatedSections(type: string, answer: Record<string, unknown>): RelatedSection[] {
  return RELATED_LISTS.filter((list) => list.on === type || INTERFACES[list.on]?.includes(type)).flatMap(
    (list): RelatedSection[] => {
      const value = answer[list.field];
      if (list.kind === 'link') return isLink(value) ? [{ list, totalCount: 1, edges: [value] }] : [];
      return isPage(value) && value.edges.length > 0
        ? [{ list, totalCount: value.totalCount, edges: value.edges }]
        : [];
    },
  );
}
