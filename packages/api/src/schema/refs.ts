import { builder } from '../builder.js';
import type { GraphRecord } from '../records.js';
import type {
  AxisShape,
  CommitmentShape,
  CountryShape,
  EventShape,
  EvidenceShape,
  HoldingShape,
  InstrumentShape,
  OrganizationShape,
  PersonShape,
  PlaceShape,
  PostShape,
  SourceShape,
  ThemeShape,
} from '../shapes.js';

// Refs of the graph's types, declared apart from their fields so that type files can refer to each
// other (an actor's events, an event's participants) without import cycles. What each type's
// resolvers receive is in shapes.ts.

export const EntityRef = builder.interfaceRef<GraphRecord>('Entity');
export const ActorRef = builder.interfaceRef<GraphRecord>('Actor');

export const SourceRef = builder.objectRef<SourceShape>('Source');
export const EvidenceRef = builder.objectRef<EvidenceShape>('Evidence');
export const PersonRef = builder.objectRef<PersonShape>('Person');
export const OrganizationRef = builder.objectRef<OrganizationShape>('Organization');
export const CountryRef = builder.objectRef<CountryShape>('Country');
export const PlaceRef = builder.objectRef<PlaceShape>('Place');
export const PostRef = builder.objectRef<PostShape>('Post');
export const EventRef = builder.objectRef<EventShape>('Event');
export const InstrumentRef = builder.objectRef<InstrumentShape>('Instrument');
export const AxisRef = builder.objectRef<AxisShape>('Axis');
export const CommitmentRef = builder.objectRef<CommitmentShape>('Commitment');
export const ThemeRef = builder.objectRef<ThemeShape>('Theme');
export const HoldingRef = builder.objectRef<HoldingShape>('Holding');
