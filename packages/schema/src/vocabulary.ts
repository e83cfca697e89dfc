/**
 * The closed vocabularies of the model. Cypher labels and relationship types are only ever taken
 * from these lists, never from input.
 */

/** Node labels that carry facts. Every such node also has the label `Entity` and a unique `id`. */
export const ENTITY_LABELS = [
  'Source',
  'Evidence',
  'Person',
  'Organization',
  'Country',
  'Place',
  'Post',
  'Event',
  'Instrument',
  'Axis',
  'Commitment',
  'Theme',
  'Programme',
] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** The labels of what the sources state (people, meetings…), not of the articles and passages stating it. */
export const FACT_LABELS = ENTITY_LABELS.filter(
  (label): label is Exclude<EntityLabel, 'Source' | 'Evidence'> => label !== 'Source' && label !== 'Evidence',
);

/** Labels that can act: take part in events, make commitments, be party to instruments. */
export const ACTOR_LABELS = ['Person', 'Organization', 'Country'] as const;
export type ActorLabel = (typeof ACTOR_LABELS)[number];

/** Relationship types and the labels they may join. */
export const RELATIONSHIPS = {
  /** Evidence passage → the source article it is quoted from. */
  QUOTED_FROM: { from: ['Evidence'], to: ['Source'] },
  /** Any fact node → a passage that supports it. Relationships keep their evidence ids instead. */
  SUPPORTED_BY: { from: ENTITY_LABELS, to: ['Evidence'] },
  /** Source → an entity it names, found by mention linking, with offsets. */
  MENTIONS: { from: ['Source'], to: ENTITY_LABELS },
  OF_COUNTRY: { from: ['Person', 'Organization', 'Post'], to: ['Country'] },
  PART_OF: { from: ['Organization', 'Event'], to: ['Organization', 'Event'] },
  MEMBER_OF: { from: ACTOR_LABELS, to: ['Organization'] },
  LOCATED_IN: { from: ['Place'], to: ['Place', 'Country'] },
  POST_IN: { from: ['Post'], to: ['Organization'] },
  HELD: { from: ['Person'], to: ['Post'] },
  PARTICIPATED_IN: { from: ACTOR_LABELS, to: ['Event'] },
  TOOK_PLACE_IN: { from: ['Event'], to: ['Place', 'Country'] },
  CONVENED_BY: { from: ['Event'], to: ['Organization'] },
  CONTINUES: { from: ['Event'], to: ['Event'] },
  HELD_ALONGSIDE: { from: ['Event'], to: ['Event'] },
  ADOPTED_AT: { from: ['Instrument'], to: ['Event'] },
  ADOPTED_IN: { from: ['Instrument'], to: ['Place', 'Country'] },
  PARTY_TO: { from: ACTOR_LABELS, to: ['Instrument'] },
  HAS_AXIS: { from: ['Instrument'], to: ['Axis'] },
  UNDER_AXIS: { from: ['Commitment'], to: ['Axis'] },
  MADE_BY: { from: ['Commitment'], to: ACTOR_LABELS },
  MADE_AT: { from: ['Commitment'], to: ['Event'] },
  DERIVES_FROM: { from: ['Commitment', 'Instrument', 'Event'], to: ['Commitment', 'Instrument'] },
  ON_THEME: { from: ['Event', 'Commitment', 'Instrument'], to: ['Theme'] },
  /** A programme (a seasonal-workers scheme...) → a body that runs it. */
  RUN_BY: { from: ['Programme'], to: ['Organization'] },
  /** An instrument or commitment → a programme it sets up or extends. */
  ESTABLISHES: { from: ['Instrument', 'Commitment'], to: ['Programme'] },
} as const satisfies Record<string, { from: readonly EntityLabel[]; to: readonly EntityLabel[] }>;
export type RelationshipType = keyof typeof RELATIONSHIPS;
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIPS) as RelationshipType[];

/** Relationships to passages and sources: what facts are read from, not facts themselves. */
export const EVIDENCE_RELATIONSHIP_TYPES: RelationshipType[] = ['SUPPORTED_BY', 'QUOTED_FROM', 'MENTIONS'];
/** The relationships that state facts: every type but the evidence ones. */
export const FACT_RELATIONSHIP_TYPES = RELATIONSHIP_TYPES.filter(
  (type) => !EVIDENCE_RELATIONSHIP_TYPES.includes(type),
);

export const ORGANIZATION_KINDS = [
  'government',
  'ministry',
  'directorate',
  'embassy',
  'consular-network',
  'bilateral-group',
  'multilateral-forum',
  'international-organization',
  'programme',
  'committee',
  'collective',
] as const;

export const PLACE_KINDS = ['city', 'building', 'region'] as const;

export const EVENT_KINDS = [
  'bilateral-meeting',
  'group-session',
  'ministerial-conference',
  'state-visit',
  'official-visit',
  'joint-mission',
  'seminar',
  'working-session',
] as const;

/** Whether an event happened or was announced for later. */
export const EVENT_STATUSES = ['held', 'planned'] as const;

/** The part an actor played in an event. */
export const PARTICIPATION_ROLES = [
  'led-delegation',
  'co-chaired',
  'chaired',
  'attended',
  'hosted',
  'received',
  'visited',
  'organized',
  'conducted',
] as const;

export const INSTRUMENT_KINDS = [
  'declaration',
  'agreement',
  'memorandum',
  'protocol',
  'convention',
  'roadmap',
  'action-plan',
  'compact',
  'strategy',
  'framework',
] as const;
export const INSTRUMENT_STATUSES = ['signed', 'adopted', 'announced', 'planned'] as const;
/** The part an actor played in an instrument. */
export const PARTY_ROLES = ['signatory', 'adopter', 'proponent'] as const;

export const COMMITMENT_KINDS = ['commitment', 'decision', 'measure', 'intention'] as const;
/** How far the sources say a commitment has gone. */
export const COMMITMENT_STATUSES = [
  'announced',
  'agreed',
  'reaffirmed',
  'planned',
  'in-progress',
  'achieved',
] as const;

/** Where a fact comes from: a curator's fact file, or machine reading of an article. */
export const ORIGINS = ['curated', 'machine'] as const;

/** How a commitment or instrument derives from the one it points to. */
export const DERIVATIONS = ['implements', 'framed-by', 'measure-of', 'follows-up'] as const;
