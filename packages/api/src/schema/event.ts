import { builder } from '../builder.js';
import {
  EVENT_ALONGSIDE,
  EVENT_COMMITMENTS,
  EVENT_CONTINUED_BY,
  EVENT_CONTINUES,
  EVENT_CONVENED_BY,
  EVENT_FRAMED_BY,
  EVENT_INSTRUMENTS,
  EVENT_PART_OF,
  EVENT_PARTICIPANTS,
  EVENT_PARTS,
  EVENT_PLACES,
  EVENT_SIDE_EVENTS,
  THEMES_OF,
} from '../catalogue/relationship-fields.js';
import { nestable } from '../compiler/page-plan.js';
import type { EventShape } from '../shapes.js';
import { participationFields } from './actor.js';
import { evidencedConnection, linkField, parentOf, resolveEdges, withParent } from './connections.js';
import { FuzzyDateRef } from './dates.js';
import { EventLink } from './links.js';
import { nodeIdentity } from './node-identity.js';
import {
  ActorRef,
  CommitmentRef,
  EntityRef,
  EventRef,
  InstrumentRef,
  OrganizationRef,
  PlaceRef,
  ThemeRef,
} from './refs.js';
import { EventKind, EventStatus, ParticipationRole } from './vocabulary.js';

nestable('EventParticipantsConnection', EVENT_PARTICIPANTS);

builder.node(EventRef, {
  description:
    'A meeting, visit, conference, mission or seminar: held or planned, with its date as precise as the sources give it.',
  interfaces: [EntityRef],
  ...nodeIdentity('Event'),
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
          withParent(event, resolveEdges(ctx, info, EVENT_PARTICIPANTS, event.id, args, { role: args.role })),
      },
      { name: 'EventParticipantsConnection' },
      {
        name: 'EventParticipant',
        description: 'An actor taking part in the event.',
        fields: (e) =>
          participationFields(e, (edge) => ({ actor: edge.node, event: parentOf<EventShape>(edge) })),
      },
    ),
    places: evidencedConnection(t, {
      type: PlaceRef,
      spec: EVENT_PLACES,
      name: 'EventPlaces',
      description: 'Where it was held.',
    }),
    convenedBy: evidencedConnection(t, {
      type: OrganizationRef,
      spec: EVENT_CONVENED_BY,
      name: 'EventConvenedBy',
      description: 'The bodies that convened it, such as the GMMP.',
    }),
    continues: evidencedConnection(t, {
      type: EventRef,
      spec: EVENT_CONTINUES,
      name: 'EventContinues',
      description: 'Earlier events this one continues.',
    }),
    continuedBy: evidencedConnection(t, {
      type: EventRef,
      spec: EVENT_CONTINUED_BY,
      name: 'EventContinuedBy',
      description: 'Later events that continue this one.',
    }),
    alongside: evidencedConnection(t, {
      type: EventRef,
      spec: EVENT_ALONGSIDE,
      name: 'EventAlongside',
      description: 'Events this one was held alongside ("en marge de").',
    }),
    sideEvents: evidencedConnection(t, {
      type: EventRef,
      spec: EVENT_SIDE_EVENTS,
      name: 'EventSideEvents',
      description: 'Events held alongside this one.',
    }),
    partOf: linkField(t, {
      type: EventLink,
      spec: EVENT_PART_OF,
      description: 'The larger event this one was part of.',
    }),
    parts: evidencedConnection(t, {
      type: EventRef,
      spec: EVENT_PARTS,
      name: 'EventParts',
      description: 'Events within this one.',
    }),
    framedBy: evidencedConnection(t, {
      type: InstrumentRef,
      spec: EVENT_FRAMED_BY,
      name: 'EventFramedBy',
      description: 'Instruments the event is held under ("dans le cadre de").',
    }),
    commitments: evidencedConnection(t, {
      type: CommitmentRef,
      spec: EVENT_COMMITMENTS,
      name: 'EventCommitments',
      description: 'Commitments made at the event.',
    }),
    instruments: evidencedConnection(t, {
      type: InstrumentRef,
      spec: EVENT_INSTRUMENTS,
      name: 'EventInstruments',
      description: 'Instruments adopted or signed at the event.',
    }),
    themes: evidencedConnection(t, {
      type: ThemeRef,
      spec: THEMES_OF,
      name: 'EventThemes',
      description: 'What was discussed.',
    }),
  }),
});
