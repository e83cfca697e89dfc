import type {
  AxisRecord,
  CommitmentRecord,
  CountryRecord,
  EventRecord,
  EvidenceRecord,
  FuzzyDate,
  InstrumentRecord,
  OrganizationRecord,
  PersonRecord,
  PlaceRecord,
  PostRecord,
  SourceRecord,
  ThemeRecord,
} from '@diplograph/schema';
import { builder } from '../builder.js';
import type { GraphRecord, Stored } from '../records.js';

// Refs of the graph's types, declared apart from their fields so that type files can refer to each
// other (an actor's events, an event's participants) without import cycles.

export const EntityRef = builder.interfaceRef<GraphRecord>('Entity');
export const ActorRef = builder.interfaceRef<GraphRecord>('Actor');

export const SourceRef = builder.objectRef<Stored<SourceRecord>>('Source');
export const EvidenceRef = builder.objectRef<EvidenceShape>('Evidence');
export const PersonRef = builder.objectRef<Stored<PersonRecord>>('Person');
export const OrganizationRef = builder.objectRef<Stored<OrganizationRecord>>('Organization');
export const CountryRef = builder.objectRef<Stored<CountryRecord>>('Country');
export const PlaceRef = builder.objectRef<Stored<PlaceRecord>>('Place');
export const PostRef = builder.objectRef<Stored<PostRecord>>('Post');
export const EventRef = builder.objectRef<Stored<EventRecord>>('Event');
export const InstrumentRef = builder.objectRef<Stored<InstrumentRecord>>('Instrument');
export const AxisRef = builder.objectRef<Stored<AxisRecord>>('Axis');
export const CommitmentRef = builder.objectRef<Stored<CommitmentRecord>>('Commitment');
export const ThemeRef = builder.objectRef<Stored<ThemeRecord>>('Theme');

/** A holding of a post: who, which post, the title written and the dates the sources give. */
export interface HoldingShape {
  person: PersonShape;
  post: PostShape;
  rel: Record<string, unknown> & { id: string; evidence?: string[] };
  /** How the holding relates to the date asked, when one was. */
  basis?: 'STATED' | 'ATTESTED' | 'POSSIBLE';
}
export const HoldingRef = builder.objectRef<HoldingShape>('Holding');

export type { FuzzyDate };

export type SourceShape = Stored<SourceRecord>;
/** A passage, with the projected node of its source when it was loaded with it (EVIDENCE_PROJECTION). */
export type EvidenceShape = Stored<EvidenceRecord> & { source?: Record<string, unknown> };
export type PersonShape = Stored<PersonRecord>;
export type OrganizationShape = Stored<OrganizationRecord>;
export type CountryShape = Stored<CountryRecord>;
export type PlaceShape = Stored<PlaceRecord>;
export type PostShape = Stored<PostRecord>;
export type EventShape = Stored<EventRecord>;
export type InstrumentShape = Stored<InstrumentRecord>;
export type AxisShape = Stored<AxisRecord>;
export type CommitmentShape = Stored<CommitmentRecord>;
export type ThemeShape = Stored<ThemeRecord>;
export type EntityShape = GraphRecord;
export type ActorShape = Stored<PersonRecord> | Stored<OrganizationRecord> | Stored<CountryRecord>;
