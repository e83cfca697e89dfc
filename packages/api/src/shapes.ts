import type {
  AxisRecord,
  CommitmentRecord,
  CountryRecord,
  EventRecord,
  EvidenceRecord,
  InstrumentRecord,
  OrganizationRecord,
  PersonRecord,
  PlaceRecord,
  PostRecord,
  SourceRecord,
  ThemeRecord,
} from '@diplograph/schema';
import type { GraphRecord, Stored } from './records.js';

// What the resolvers of each graph type receive: the stored record of its node. Apart from the
// Pothos refs (schema/refs.ts), so that the loaders and the catalogue type their rows without
// importing the schema builder.

/** A holding of a post: who, which post, the title written and the dates the sources give. */
export interface HoldingShape {
  person: PersonShape;
  post: PostShape;
  rel: Record<string, unknown> & { id: string; evidence?: string[] };
  /** How the holding relates to the date asked, when one was. */
  basis?: 'STATED' | 'ATTESTED' | 'POSSIBLE';
}

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
