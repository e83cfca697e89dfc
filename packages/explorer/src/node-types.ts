import type { RelatedList } from './types.js';

// What the explorer declares of each node type, in one place: how it is drawn (the graph's
// stylesheet and the legend both come from NODE_TYPES and SWATCHES) and what its panel lists.

export type Shape =
  | 'ellipse'
  | 'round-rectangle'
  | 'hexagon'
  | 'diamond'
  | 'round-tag'
  | 'star'
  | 'triangle'
  | 'barrel'
  | 'round-octagon'
  | 'pentagon'
  | 'vee';

/** How each type of node is drawn; the legend shows the same. */
export const NODE_TYPES: Record<string, { color: string; shape: Shape }> = {
  Person: { color: '#2563eb', shape: 'ellipse' },
  Organization: { color: '#0f766e', shape: 'round-rectangle' },
  Country: { color: '#4d7c0f', shape: 'hexagon' },
  Event: { color: '#d97706', shape: 'diamond' },
  Commitment: { color: '#7c3aed', shape: 'round-tag' },
  Instrument: { color: '#dc2626', shape: 'star' },
  Place: { color: '#92400e', shape: 'triangle' },
  Post: { color: '#64748b', shape: 'barrel' },
  Theme: { color: '#db2777', shape: 'round-octagon' },
  Axis: { color: '#0891b2', shape: 'pentagon' },
  Programme: { color: '#ca8a04', shape: 'vee' },
};

/**
 * How the legend draws each shape: the CSS of its swatch, beside the shape so that a new shape
 * cannot come without one.
 */
export const SWATCHES: Record<Shape, string> = {
  ellipse: 'border-radius: 50%',
  'round-rectangle': 'border-radius: 3px',
  barrel: 'border-radius: 3px',
  diamond: 'border-radius: 0; transform: rotate(45deg) scale(0.8)',
  triangle: 'border-radius: 0; clip-path: polygon(50% 0, 100% 100%, 0 100%)',
  star: 'border-radius: 0; clip-path: polygon(50% 0, 61% 35%, 98% 35%, 68% 57%, 79% 91%, 50% 70%, 21% 91%, 32% 57%, 2% 35%, 39% 35%)',
  vee: 'border-radius: 0; clip-path: polygon(0 0, 50% 40%, 100% 0, 50% 100%)',
  hexagon: 'border-radius: 2px',
  'round-octagon': 'border-radius: 2px',
  pentagon: 'border-radius: 2px',
  'round-tag': 'border-radius: 2px',
};

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
