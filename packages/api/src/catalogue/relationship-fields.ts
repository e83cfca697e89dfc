import {
  type ActorLabel,
  derivationRecord,
  type EntityLabel,
  heldRecord,
  participationRecord,
  partyRecord,
  RELATIONSHIPS,
  type RelationshipType,
  relationshipRecord,
} from '@diplograph/schema';
import type { z } from 'zod';
import { dateRangeCondition } from '../compiler/date-condition.js';
import type {
  ActorShape,
  AxisShape,
  CommitmentShape,
  CountryShape,
  EntityShape,
  EventShape,
  EvidenceShape,
  InstrumentShape,
  OrganizationShape,
  PersonShape,
  PlaceShape,
  PostShape,
  ThemeShape,
} from '../shapes.js';

/**
 * The model's relationship fields, each declared once: the relationship type, the direction from
 * the parent, the labels at the far end, the order of the list, the filters it accepts and the
 * zod record of the relationship's properties. Types and labels are checked against
 * `packages/schema`'s vocabulary by the compiler: a relationship type the model lacks, or a label it
 * does not join, does not type-check. The Pothos fields, the loaders' statements and the rows the
 * resolvers read all come from these declarations.
 */

type Direction = 'out' | 'in';

/** The labels a relationship of type `T` may reach from its parent in direction `D`. */
type FarEnd<T extends RelationshipType, D extends Direction> = (typeof RELATIONSHIPS)[T][D extends 'out'
  ? 'to'
  : 'from'][number];

/**
 * A far-end label, or `Actor` (the label the ingest gives every person, organization and country)
 * where the relationship reaches all three.
 */
type Target<T extends RelationshipType, D extends Direction> =
  | FarEnd<T, D>
  | (ActorLabel extends FarEnd<T, D> ? 'Actor' : never);

/**
 * A relationship field as the loaders run it: the Cypher pattern from the parent `p` through `r`
 * to the related node `n`, the order of the list, and its filters. Labels and types in patterns
 * come from the model's fixed lists; values only ever arrive as parameters.
 */
// biome-ignore lint/correctness/noUnusedVariables: Node names the type of the related nodes, for the resolvers.
export interface EdgeSpec<Node = EntityShape> {
  type: RelationshipType;
  direction: Direction;
  targets: readonly (EntityLabel | 'Actor')[];
  pattern: string;
  /** A non-null Cypher expression over n and r (string or number) that orders the list. */
  sortKey: string;
  descending?: boolean;
  /** Filter name → condition over n, r and `$filter.<name>`; applied when the argument is given. */
  filters?: Record<string, string>;
  /** Its nodes are passages, projected with their sources as the request asks (records.ts `passageProjection`). */
  passages?: boolean;
  /** The properties of the relationship, as the ingest writes them. */
  record: z.ZodObject<z.ZodRawShape>;
}

interface Declaration<T extends RelationshipType, D extends Direction> {
  type: T;
  direction: D;
  /** The labels it reaches; by default every label the vocabulary joins at the far end. */
  targets?: readonly Target<T, D>[];
  sortKey: string;
  descending?: boolean;
  filters?: Record<string, string>;
  passages?: boolean;
  record?: z.ZodObject<z.ZodRawShape>;
}

/**
 * Declares a relationship field of nodes `Node`; its pattern is built from the checked declaration.
 * A type file may declare its own fields with it (see schema/programme.ts).
 */
export const field =
  <Node>() =>
  <T extends RelationshipType, D extends Direction>(declaration: Declaration<T, D>): EdgeSpec<Node> => {
    const [left, right] = declaration.direction === 'out' ? ['-', '->'] : ['<-', '-'];
    const targets =
      declaration.targets ?? RELATIONSHIPS[declaration.type][declaration.direction === 'out' ? 'to' : 'from'];
    return {
      ...declaration,
      targets,
      pattern: `(p)${left}[r:${declaration.type}]${right}(n:${targets.join('|')})`,
      record: declaration.record ?? relationshipRecord,
    };
  };

/** Orders a relationship list by the related node's date, latest first, undated last. */
export const LATEST_FIRST = { sortKey: 'coalesce(toString(n.dateEarliest), "")', descending: true } as const;

export const BY_NAME = { sortKey: 'n.name' } as const;
const BY_ID = { sortKey: 'n.id' } as const;
const BY_ROLE = { sortKey: 'r.role + n.name', filters: { role: 'r.role = $filter.role' } } as const;
const DATED = { date: dateRangeCondition('n', 'date', '$filter.date') } as const;
const BY_HOW = {
  ...LATEST_FIRST,
  filters: { how: 'r.how = $filter.how' },
  record: derivationRecord,
} as const;
const BY_TENURE = {
  sortKey: 'toString(r.knownFrom)',
  record: heldRecord,
  filters: {
    /** Held on the day by what the sources state or attest. */
    at: 'r.knownFrom <= date($filter.at) AND r.knownTo >= date($filter.at)',
    /** Held on every day from `from` to `to` by what the sources state or attest. */
    throughout: 'r.knownFrom <= date($filter.throughout.from) AND r.knownTo >= date($filter.throughout.to)',
    /** Possibly held on the day: within the span other holders leave open. */
    possibleAt:
      "coalesce(r.possibleFrom, date('0001-01-01')) <= date($filter.possibleAt) AND " +
      "coalesce(r.possibleTo, date('9999-12-31')) >= date($filter.possibleAt)",
  },
} as const;

// ---- Any entity ----

/** The passages that support a node: the relationship list behind `Entity.evidence` and `sources`. */
export const EVIDENCE_OF_NODE = field<EvidenceShape>()({
  type: 'SUPPORTED_BY',
  direction: 'out',
  targets: ['Evidence'],
  ...BY_ID,
  passages: true,
});

// ---- Source ----

export const SOURCE_PASSAGES = field<EvidenceShape>()({
  type: 'QUOTED_FROM',
  direction: 'in',
  targets: ['Evidence'],
  sortKey: 'n.start',
});

// ---- Actor, Person ----

export const ACTOR_EVENTS = field<EventShape>()({
  type: 'PARTICIPATED_IN',
  direction: 'out',
  targets: ['Event'],
  ...LATEST_FIRST,
  record: participationRecord,
  filters: {
    role: 'r.role = $filter.role',
    kind: 'n.kind = $filter.kind',
    status: 'n.status = $filter.status',
    ...DATED,
  },
});
export const ACTOR_COMMITMENTS = field<CommitmentShape>()({
  type: 'MADE_BY',
  direction: 'in',
  targets: ['Commitment'],
  ...LATEST_FIRST,
  filters: { status: 'n.status = $filter.status', ...DATED },
});
export const ACTOR_INSTRUMENTS = field<InstrumentShape>()({
  type: 'PARTY_TO',
  direction: 'out',
  targets: ['Instrument'],
  ...LATEST_FIRST,
  record: partyRecord,
  filters: { role: 'r.role = $filter.role' },
});
export const MEMBER_OF = field<OrganizationShape>()({
  type: 'MEMBER_OF',
  direction: 'out',
  targets: ['Organization'],
  ...BY_NAME,
});
/** The country of a person, an organization or a post. */
export const COUNTRY_OF = field<CountryShape>()({
  type: 'OF_COUNTRY',
  direction: 'out',
  targets: ['Country'],
  ...BY_ID,
});
export const POSTS_OF_PERSON = field<PostShape>()({
  type: 'HELD',
  direction: 'out',
  targets: ['Post'],
  ...BY_TENURE,
});

// ---- Post ----

export const HOLDERS_OF_POST = field<PersonShape>()({
  type: 'HELD',
  direction: 'in',
  targets: ['Person'],
  ...BY_TENURE,
});
export const POST_ORGANIZATION = field<OrganizationShape>()({
  type: 'POST_IN',
  direction: 'out',
  targets: ['Organization'],
  ...BY_ID,
});

// ---- Organization ----

export const ORGANIZATION_PARENT = field<OrganizationShape>()({
  type: 'PART_OF',
  direction: 'out',
  targets: ['Organization'],
  ...BY_ID,
});
export const ORGANIZATION_PARTS = field<OrganizationShape>()({
  type: 'PART_OF',
  direction: 'in',
  targets: ['Organization'],
  ...BY_NAME,
});
export const ORGANIZATION_MEMBERS = field<ActorShape>()({
  type: 'MEMBER_OF',
  direction: 'in',
  targets: ['Actor'],
  ...BY_NAME,
});
export const ORGANIZATION_POSTS = field<PostShape>()({
  type: 'POST_IN',
  direction: 'in',
  targets: ['Post'],
  ...BY_NAME,
});
export const ORGANIZATION_CONVENED = field<EventShape>()({
  type: 'CONVENED_BY',
  direction: 'in',
  targets: ['Event'],
  ...LATEST_FIRST,
});

// ---- Country ----

export const COUNTRY_PEOPLE = field<PersonShape>()({
  type: 'OF_COUNTRY',
  direction: 'in',
  targets: ['Person'],
  ...BY_NAME,
});
export const COUNTRY_ORGANIZATIONS = field<OrganizationShape>()({
  type: 'OF_COUNTRY',
  direction: 'in',
  targets: ['Organization'],
  ...BY_NAME,
});
export const COUNTRY_PLACES = field<PlaceShape>()({
  type: 'LOCATED_IN',
  direction: 'in',
  targets: ['Place'],
  ...BY_NAME,
});

// ---- Place ----

export const PLACE_LOCATED_IN = field<EntityShape>()({
  type: 'LOCATED_IN',
  direction: 'out',
  targets: ['Place', 'Country'],
  ...BY_ID,
});
export const PLACE_EVENTS = field<EventShape>()({
  type: 'TOOK_PLACE_IN',
  direction: 'in',
  targets: ['Event'],
  ...LATEST_FIRST,
});
export const PLACE_INSTRUMENTS = field<InstrumentShape>()({
  type: 'ADOPTED_IN',
  direction: 'in',
  targets: ['Instrument'],
  ...LATEST_FIRST,
});

// ---- Event ----

export const EVENT_PARTICIPANTS = field<ActorShape>()({
  type: 'PARTICIPATED_IN',
  direction: 'in',
  targets: ['Actor'],
  ...BY_ROLE,
  record: participationRecord,
});
export const EVENT_PLACES = field<PlaceShape>()({
  type: 'TOOK_PLACE_IN',
  direction: 'out',
  targets: ['Place'],
  ...BY_NAME,
});
export const EVENT_CONVENED_BY = field<OrganizationShape>()({
  type: 'CONVENED_BY',
  direction: 'out',
  targets: ['Organization'],
  ...BY_NAME,
});
export const EVENT_CONTINUES = field<EventShape>()({
  type: 'CONTINUES',
  direction: 'out',
  targets: ['Event'],
  ...LATEST_FIRST,
});
export const EVENT_CONTINUED_BY = field<EventShape>()({
  type: 'CONTINUES',
  direction: 'in',
  targets: ['Event'],
  ...LATEST_FIRST,
});
export const EVENT_ALONGSIDE = field<EventShape>()({
  type: 'HELD_ALONGSIDE',
  direction: 'out',
  targets: ['Event'],
  ...LATEST_FIRST,
});
export const EVENT_SIDE_EVENTS = field<EventShape>()({
  type: 'HELD_ALONGSIDE',
  direction: 'in',
  targets: ['Event'],
  ...LATEST_FIRST,
});
export const EVENT_PART_OF = field<EventShape>()({
  type: 'PART_OF',
  direction: 'out',
  targets: ['Event'],
  ...BY_ID,
});
export const EVENT_PARTS = field<EventShape>()({
  type: 'PART_OF',
  direction: 'in',
  targets: ['Event'],
  ...LATEST_FIRST,
});
export const EVENT_FRAMED_BY = field<InstrumentShape>()({
  type: 'DERIVES_FROM',
  direction: 'out',
  targets: ['Instrument'],
  ...LATEST_FIRST,
  record: derivationRecord,
});
export const EVENT_COMMITMENTS = field<CommitmentShape>()({
  type: 'MADE_AT',
  direction: 'in',
  targets: ['Commitment'],
  ...BY_NAME,
});
export const EVENT_INSTRUMENTS = field<InstrumentShape>()({
  type: 'ADOPTED_AT',
  direction: 'in',
  targets: ['Instrument'],
  ...BY_NAME,
});
/** The themes of an event, a commitment or an instrument. */
export const THEMES_OF = field<ThemeShape>()({
  type: 'ON_THEME',
  direction: 'out',
  targets: ['Theme'],
  ...BY_NAME,
});

// ---- Commitment ----

export const COMMITMENT_MADE_BY = field<ActorShape>()({
  type: 'MADE_BY',
  direction: 'out',
  targets: ['Actor'],
  ...BY_NAME,
});
export const COMMITMENT_MADE_AT = field<EventShape>()({
  type: 'MADE_AT',
  direction: 'out',
  targets: ['Event'],
  ...BY_ID,
});
export const COMMITMENT_AXIS = field<AxisShape>()({
  type: 'UNDER_AXIS',
  direction: 'out',
  targets: ['Axis'],
  ...BY_ID,
});

// ---- Instrument, Axis ----

export const INSTRUMENT_PARTIES = field<ActorShape>()({
  type: 'PARTY_TO',
  direction: 'in',
  targets: ['Actor'],
  ...BY_ROLE,
  record: partyRecord,
});
export const INSTRUMENT_PLACES = field<PlaceShape>()({
  type: 'ADOPTED_IN',
  direction: 'out',
  targets: ['Place', 'Country'],
  ...BY_NAME,
});
export const INSTRUMENT_ADOPTED_AT = field<EventShape>()({
  type: 'ADOPTED_AT',
  direction: 'out',
  targets: ['Event'],
  ...BY_ID,
});
export const INSTRUMENT_AXES = field<AxisShape>()({
  type: 'HAS_AXIS',
  direction: 'out',
  targets: ['Axis'],
  sortKey: 'n.order',
});
/** What a commitment or instrument derives from, with how. */
export const DERIVES_FROM = field<EntityShape>()({
  type: 'DERIVES_FROM',
  direction: 'out',
  targets: ['Commitment', 'Instrument'],
  ...BY_HOW,
});
/** What derives from a commitment or instrument, with how. */
export const DERIVED = field<EntityShape>()({
  type: 'DERIVES_FROM',
  direction: 'in',
  targets: ['Commitment', 'Instrument', 'Event'],
  ...BY_HOW,
});
export const THEME_EVENTS = field<EventShape>()({
  type: 'ON_THEME',
  direction: 'in',
  targets: ['Event'],
  ...LATEST_FIRST,
});
export const THEME_COMMITMENTS = field<CommitmentShape>()({
  type: 'ON_THEME',
  direction: 'in',
  targets: ['Commitment'],
  ...LATEST_FIRST,
});
export const THEME_INSTRUMENTS = field<InstrumentShape>()({
  type: 'ON_THEME',
  direction: 'in',
  targets: ['Instrument'],
  ...LATEST_FIRST,
});
export const AXIS_INSTRUMENT = field<InstrumentShape>()({
  type: 'HAS_AXIS',
  direction: 'in',
  targets: ['Instrument'],
  ...BY_ID,
});
export const AXIS_MEASURES = field<CommitmentShape>()({
  type: 'UNDER_AXIS',
  direction: 'in',
  targets: ['Commitment'],
  ...BY_ID,
});
