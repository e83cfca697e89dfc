import type { RelatedEdge, RelatedList, RelatedSection } from './types.js';

const page = (on: string, field: string, title: string, more: Partial<RelatedList> = {}): RelatedList => ({
  on,
  field,
  title,
  kind: 'page',
  ...more,
});
const link = (on: string, field: string, title: string, more: Partial<RelatedList> = {}): RelatedList => ({
  on,
  field,
  title,
  kind: 'link',
  ...more,
});

/**
 * What a node's panel lists of its relationships: for each type, every connection and link the
 * API has for it, in the order the panel shows them. This table is the one place they are named:
 * the panel's query and its sections both come from it.
 */
export const RELATED_LISTS: readonly RelatedList[] = [
  page('Actor', 'events', 'Participations', { note: 'role', quoted: true, dated: 'Event' }),
  page('Actor', 'commitments', 'Commitments made', { dated: 'Commitment' }),
  page('Actor', 'instruments', 'Party to', { note: 'role', dated: 'Instrument' }),
  page('Actor', 'memberOf', 'Member of'),
  link('Person', 'country', 'Country'),
  link('Organization', 'country', 'Country'),
  page('Organization', 'convened', 'Meetings convened', { dated: 'Event' }),
  page('Organization', 'members', 'Members'),
  page('Organization', 'programmes', 'Programmes run'),
  page('Country', 'organizations', 'Organizations'),
  page('Event', 'participants', 'Participants', { note: 'role' }),
  page('Event', 'convenedBy', 'Convened by'),
  page('Event', 'commitments', 'Commitments made there', { dated: 'Commitment' }),
  page('Event', 'instruments', 'Documents', { dated: 'Instrument' }),
  page('Event', 'places', 'Places'),
  link('Event', 'partOf', 'Part of', { dated: 'Event' }),
  page('Event', 'parts', 'Parts', { dated: 'Event' }),
  page('Event', 'sideEvents', 'Side events', { dated: 'Event' }),
  page('Event', 'alongside', 'Held alongside', { dated: 'Event' }),
  page('Event', 'continues', 'Continues', { dated: 'Event' }),
  page('Event', 'continuedBy', 'Continued by', { dated: 'Event' }),
  page('Event', 'framedBy', 'Framed by', { dated: 'Instrument' }),
  page('Event', 'themes', 'Themes'),
  page('Commitment', 'madeBy', 'Made by'),
  link('Commitment', 'madeAt', 'Made at', { dated: 'Event' }),
  page('Commitment', 'derivesFrom', 'Derives from', { note: 'how' }),
  page('Commitment', 'derived', 'Derived from it', { note: 'how' }),
  link('Commitment', 'axis', 'Axis'),
  page('Commitment', 'themes', 'Themes'),
  page('Commitment', 'programmes', 'Programmes set up'),
  page('Instrument', 'parties', 'Parties', { note: 'role' }),
  link('Instrument', 'adoptedAt', 'Adopted at', { dated: 'Event' }),
  page('Instrument', 'places', 'Places'),
  page('Instrument', 'derivesFrom', 'Derives from', { note: 'how' }),
  page('Instrument', 'derived', 'Derived from it', { note: 'how' }),
  page('Instrument', 'themes', 'Themes'),
  page('Instrument', 'programmes', 'Programmes set up'),
  link('Post', 'organization', 'Organization'),
  link('Post', 'country', 'Country'),
  page('Theme', 'events', 'Meetings on it', { dated: 'Event' }),
  page('Theme', 'commitments', 'Commitments on it', { dated: 'Commitment' }),
  page('Theme', 'instruments', 'Documents on it', { dated: 'Instrument' }),
  page('Place', 'events', 'Meetings held there', { dated: 'Event' }),
  page('Place', 'instruments', 'Documents signed there', { dated: 'Instrument' }),
  link('Place', 'locatedIn', 'In'),
  page('Axis', 'measures', 'Measures', { dated: 'Commitment' }),
  link('Axis', 'instrument', 'Of', { dated: 'Instrument' }),
  page('Programme', 'runBy', 'Run by'),
  page('Programme', 'establishedBy', 'Set up by'),
];

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
