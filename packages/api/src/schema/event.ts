import { builder } from '../builder.js';
import type { EdgeSpec } from '../loaders/edge-loader.js';
import { participationFields } from './actor.js';
import { evidencedConnection, LATEST_FIRST, resolveEdges, resolveSingleEdge } from './connections.js';
import { FuzzyDateRef } from './dates.js';
import { EventLink } from './links.js';
import {
  ActorRef,
  type ActorShape,
  CommitmentRef,
  type CommitmentShape,
  EntityRef,
  EventRef,
  type EventShape,
  InstrumentRef,
  type InstrumentShape,
  OrganizationRef,
  type OrganizationShape,
  PlaceRef,
  type PlaceShape,
  ThemeRef,
  type ThemeShape,
} from './refs.js';
import { EventKind, EventStatus, ParticipationRole } from './vocabulary.js';

const PARTICIPANTS: EdgeSpec<ActorShape> = {
  pattern: '(p)<-[r:PARTICIPATED_IN]-(n:Actor)',
  sortKey: 'r.role + n.name',
  filters: { role: 'r.role = $filter.role' },
};
const PLACES: EdgeSpec<PlaceShape> = { pattern: '(p)-[r:TOOK_PLACE_IN]->(n:Place)', sortKey: 'n.name' };
const CONVENED_BY: EdgeSpec<OrganizationShape> = {
  pattern: '(p)-[r:CONVENED_BY]->(n:Organization)',
  sortKey: 'n.name',
};
const CONTINUES: EdgeSpec<EventShape> = { pattern: '(p)-[r:CONTINUES]->(n:Event)', ...LATEST_FIRST };
const CONTINUED_BY: EdgeSpec<EventShape> = { pattern: '(p)<-[r:CONTINUES]-(n:Event)', ...LATEST_FIRST };
const ALONGSIDE: EdgeSpec<EventShape> = { pattern: '(p)-[r:HELD_ALONGSIDE]->(n:Event)', ...LATEST_FIRST };
const SIDE_EVENTS: EdgeSpec<EventShape> = { pattern: '(p)<-[r:HELD_ALONGSIDE]-(n:Event)', ...LATEST_FIRST };
const PART_OF: EdgeSpec<EventShape> = { pattern: '(p)-[r:PART_OF]->(n:Event)', sortKey: 'n.id' };
const PARTS: EdgeSpec<EventShape> = { pattern: '(p)<-[r:PART_OF]-(n:Event)', ...LATEST_FIRST };
const FRAMED_BY: EdgeSpec<InstrumentShape> = {
  pattern: '(p)-[r:DERIVES_FROM]->(n:Instrument)',
  ...LATEST_FIRST,
};
const COMMITMENTS: EdgeSpec<CommitmentShape> = {
  pattern: '(p)<-[r:MADE_AT]-(n:Commitment)',
  sortKey: 'n.name',
};
const INSTRUMENTS: EdgeSpec<InstrumentShape> = {
  pattern: '(p)<-[r:ADOPTED_AT]-(n:Instrument)',
  sortKey: 'n.name',
};
const THEMES: EdgeSpec<ThemeShape> = { pattern: '(p)-[r:ON_THEME]->(n:Theme)', sortKey: 'n.name' };

builder.node(EventRef, {
  description:
    'A meeting, visit, conference, mission or seminar: held or planned, with its date as precise as the sources give it.',
  interfaces: [EntityRef],
  id: { resolve: (e) => e.id },
  isTypeOf: (value) => (value as { __typename?: string }).__typename === 'Event',
  fields: (t) => ({
    kind: t.field({ type: EventKind, resolve: (e) => e.kind }),
    status: t.field({ type: EventStatus, resolve: (e) => e.status }),
    date: t.field({ type: FuzzyDateRef, nullable: true, resolve: (e) => e.date ?? null }),
    number: t.exposeInt('number', {
      nullable: true,
      description: 'Ordinal in its series: 7 for the 7th GMMP meeting.',
    }),
    participants: t.connection(
      {
        type: ActorRef,
        description: 'Who took part, with the part each played.',
        args: { role: t.arg({ type: ParticipationRole, required: false }) },
        resolve: (event, args, ctx, info) =>
          resolveEdges(ctx, info, PARTICIPANTS, event.id, args, { role: args.role }),
      },
      { name: 'EventParticipantsConnection' },
      {
        name: 'EventParticipant',
        description: 'An actor taking part in the event.',
        fields: (e) => participationFields(e),
      },
    ),
    places: evidencedConnection(t, {
      type: PlaceRef,
      spec: PLACES,
      name: 'EventPlaces',
      description: 'Where it was held.',
    }),
    convenedBy: evidencedConnection(t, {
      type: OrganizationRef,
      spec: CONVENED_BY,
      name: 'EventConvenedBy',
      description: 'The bodies that convened it, such as the GMMP.',
    }),
    continues: evidencedConnection(t, {
      type: EventRef,
      spec: CONTINUES,
      name: 'EventContinues',
      description: 'Earlier events this one continues.',
    }),
    continuedBy: evidencedConnection(t, {
      type: EventRef,
      spec: CONTINUED_BY,
      name: 'EventContinuedBy',
      description: 'Later events that continue this one.',
    }),
    alongside: evidencedConnection(t, {
      type: EventRef,
      spec: ALONGSIDE,
      name: 'EventAlongside',
      description: 'Events this one was held alongside ("en marge de").',
    }),
    sideEvents: evidencedConnection(t, {
      type: EventRef,
      spec: SIDE_EVENTS,
      name: 'EventSideEvents',
      description: 'Events held alongside this one.',
    }),
    partOf: t.field({
      type: EventLink,
      nullable: true,
      description: 'The larger event this one was part of.',
      resolve: (event, _args, ctx) => resolveSingleEdge(ctx, PART_OF, event.id),
    }),
    parts: evidencedConnection(t, {
      type: EventRef,
      spec: PARTS,
      name: 'EventParts',
      description: 'Events within this one.',
    }),
    framedBy: evidencedConnection(t, {
      type: InstrumentRef,
      spec: FRAMED_BY,
      name: 'EventFramedBy',
      description: 'Instruments the event is held under ("dans le cadre de").',
    }),
    commitments: evidencedConnection(t, {
      type: CommitmentRef,
      spec: COMMITMENTS,
      name: 'EventCommitments',
      description: 'Commitments made at the event.',
    }),
    instruments: evidencedConnection(t, {
      type: InstrumentRef,
      spec: INSTRUMENTS,
      name: 'EventInstruments',
      description: 'Instruments adopted or signed at the event.',
    }),
    themes: evidencedConnection(t, {
      type: ThemeRef,
      spec: THEMES,
      name: 'EventThemes',
      description: 'What was discussed.',
    }),
  }),
});
