import { z } from 'zod';
import { ENTITY_RECORDS } from './curated/entity-sections.js';
import { DATE_PRECISIONS } from './fuzzy-date.js';
import { aliases, node } from './record-fields.js';
import {
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  DERIVATIONS,
  type EntityLabel,
  EVENT_KINDS,
  EVENT_STATUSES,
  INSTRUMENT_KINDS,
  INSTRUMENT_STATUSES,
  ORGANIZATION_KINDS,
  PARTICIPATION_ROLES,
  PARTY_ROLES,
  PLACE_KINDS,
} from './vocabulary.js';

/**
 * What the graph stores: the properties of each node label and relationship type, after ingest
 * resolved references, dates and quote offsets. The ingest writes these and the API reads them.
 */

export const fuzzyDateRecord = z.object({
  text: z.string(),
  precision: z.enum(DATE_PRECISIONS),
  earliest: z.string(),
  latest: z.string(),
});

/** Sections of an article page a passage can come from. */
export const PAGE_SECTIONS = ['title', 'byline', 'dateline', 'body', 'caption'] as const;

const date = fuzzyDateRecord.nullable();

export const sourceRecord = z.object({
  ...node,
  file: z.string(),
  publisher: z.string().nullable(),
  author: z.string().nullable(),
  published: date,
  /** True when the publication date was read off the page rather than given by metadata. */
  publishedInferred: z.boolean(),
  language: z.string(),
  url: z.string().nullable(),
  sha256: z.string(),
  length: z.number().int(),
});

export const evidenceRecord = z.object({
  id: z.string(),
  sourceId: z.string(),
  /** Exact text of the passage. */
  quote: z.string(),
  /** Offsets of the passage in the source file's text (JavaScript string indices, end exclusive). */
  start: z.number().int(),
  end: z.number().int(),
  section: z.enum(PAGE_SECTIONS),
});

export const personRecord = z.object({ ...node, aliases });
export const countryRecord = z.object({ ...node, aliases });
export const organizationRecord = z.object({
  ...node,
  aliases,
  kind: z.enum(ORGANIZATION_KINDS),
  acronym: z.string().nullable(),
  founded: date,
});
export const placeRecord = z.object({ ...node, aliases, kind: z.enum(PLACE_KINDS) });
export const themeRecord = z.object({ ...node, aliases });
export const postRecord = z.object({ ...node, aliases });
export const eventRecord = z.object({
  ...node,
  kind: z.enum(EVENT_KINDS),
  status: z.enum(EVENT_STATUSES),
  date,
  number: z.number().int().nullable(),
});
export const instrumentRecord = z.object({
  ...node,
  aliases,
  kind: z.enum(INSTRUMENT_KINDS),
  status: z.enum(INSTRUMENT_STATUSES),
  date,
});
export const axisRecord = z.object({ ...node, order: z.number().int() });
export const commitmentRecord = z.object({
  ...node,
  kind: z.enum(COMMITMENT_KINDS),
  status: z.enum(COMMITMENT_STATUSES),
  date,
});

/** What a node of each label stores: the compiler wants a record for every label of the model. */
export const NODE_RECORDS = {
  Source: sourceRecord,
  Evidence: evidenceRecord,
  Person: personRecord,
  Organization: organizationRecord,
  Country: countryRecord,
  Place: placeRecord,
  Post: postRecord,
  Event: eventRecord,
  Instrument: instrumentRecord,
  Axis: axisRecord,
  Commitment: commitmentRecord,
  Theme: themeRecord,
  ...ENTITY_RECORDS,
} as const satisfies Record<EntityLabel, z.ZodObject>;

/** Every relationship has a stable id and the ids of the evidence passages that support it. */
const relationship = { id: z.string(), evidence: z.array(z.string()) };

export const relationshipRecord = z.object(relationship);

export const heldRecord = z.object({
  ...relationship,
  /** The title as the source writes it. */
  title: z.string(),
  start: date,
  end: date,
  attested: z.array(fuzzyDateRecord),
  /** Days on which the sources establish the holding: stated start/end, else first/last attestation. */
  knownFrom: z.string(),
  knownTo: z.string(),
  /**
   * Widest span the holding may cover: bounded by the known dates of the post's other holders
   * before and after. Null means unbounded on that side.
   */
  possibleFrom: z.string().nullable(),
  possibleTo: z.string().nullable(),
});

export const participationRecord = z.object({
  ...relationship,
  role: z.enum(PARTICIPATION_ROLES),
  onBehalfOf: z.string().nullable(),
});

export const partyRecord = z.object({ ...relationship, role: z.enum(PARTY_ROLES) });

export const derivationRecord = z.object({ ...relationship, how: z.enum(DERIVATIONS) });

export const mentionRecord = z.object({
  id: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  /** The words as written in the source. */
  surface: z.string(),
  section: z.enum(PAGE_SECTIONS),
  /** The sentence around the mention. */
  sentence: z.string(),
});

export type FuzzyDateRecord = z.infer<typeof fuzzyDateRecord>;
export type PageSection = (typeof PAGE_SECTIONS)[number];
export type SourceRecord = z.infer<typeof sourceRecord>;
export type EvidenceRecord = z.infer<typeof evidenceRecord>;
export type PersonRecord = z.infer<typeof personRecord>;
export type CountryRecord = z.infer<typeof countryRecord>;
export type OrganizationRecord = z.infer<typeof organizationRecord>;
export type PlaceRecord = z.infer<typeof placeRecord>;
export type ThemeRecord = z.infer<typeof themeRecord>;
export type PostRecord = z.infer<typeof postRecord>;
export type EventRecord = z.infer<typeof eventRecord>;
export type InstrumentRecord = z.infer<typeof instrumentRecord>;
export type AxisRecord = z.infer<typeof axisRecord>;
export type CommitmentRecord = z.infer<typeof commitmentRecord>;
export type RelationshipRecord = z.infer<typeof relationshipRecord>;
export type HeldRecord = z.infer<typeof heldRecord>;
export type ParticipationRecord = z.infer<typeof participationRecord>;
export type PartyRecord = z.infer<typeof partyRecord>;
export type DerivationRecord = z.infer<typeof derivationRecord>;
export type MentionRecord = z.infer<typeof mentionRecord>;
