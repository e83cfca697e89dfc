import type { EntityLabel, NODE_RECORDS } from '@diplograph/schema';
import type { z } from 'zod';
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

/** What the resolvers of a node of the label receive: its stored record (records.ts NODE_RECORDS). */
export type ShapeOf<L extends EntityLabel> = Stored<z.infer<(typeof NODE_RECORDS)[L]>>;

// Names for the shapes many files use; a type that few files name uses ShapeOf where it does.

export type SourceShape = ShapeOf<'Source'>;
/** A passage, with the projected node of its source when it was loaded with it (EVIDENCE_PROJECTION). */
export type EvidenceShape = ShapeOf<'Evidence'> & { source?: Record<string, unknown> };
export type PersonShape = ShapeOf<'Person'>;
export type OrganizationShape = ShapeOf<'Organization'>;
export type CountryShape = ShapeOf<'Country'>;
export type PlaceShape = ShapeOf<'Place'>;
export type PostShape = ShapeOf<'Post'>;
export type EventShape = ShapeOf<'Event'>;
export type InstrumentShape = ShapeOf<'Instrument'>;
export type AxisShape = ShapeOf<'Axis'>;
export type CommitmentShape = ShapeOf<'Commitment'>;
export type ThemeShape = ShapeOf<'Theme'>;
export type EntityShape = GraphRecord;
export type ActorShape = ShapeOf<'Person'> | ShapeOf<'Organization'> | ShapeOf<'Country'>;
