import { participationRecord, partyRecord } from '@diplograph/schema';
import { builder } from '../builder.js';
import {
  ACTOR_COMMITMENTS,
  ACTOR_EVENTS,
  ACTOR_INSTRUMENTS,
  MEMBER_OF,
} from '../catalogue/relationship-fields.js';
import { nestable } from '../compiler/page-plan.js';
import { readsEnds } from '../compiler/projection.js';
import type { ActorShape, EventShape } from '../shapes.js';
import type { Types } from '../types.js';
import { parentOf, resolveEdges, withParent } from './connections.js';
import { DateRange } from './dates.js';
import { relOf, supportFields } from './evidence.js';
import { heldThroughout } from './post.js';
import {
  ActorRef,
  CommitmentRef,
  EntityRef,
  EventRef,
  HoldingRef,
  InstrumentRef,
  OrganizationRef,
} from './refs.js';
import { CommitmentStatus, EventKind, EventStatus, ParticipationRole, PartyRole } from './vocabulary.js';

/** The two ends of a participation: who took part and in what. */
export interface ParticipationEnds {
  actor: ActorShape;
  event: EventShape;
}

/**
 * The fields of a participation edge, seen from the actor or from the event; `ends` finds both
 * ends from the edge (its node, and the parent its connection was listed from).
 */
export function participationFields<Parent extends object>(
  e: PothosSchemaTypes.ObjectFieldBuilder<Types, Parent>,
  ends: (edge: Parent) => ParticipationEnds,
) {
  return {
    heldPost: e.field({
      type: HoldingRef,
      nullable: true,
      description:
        'The post the person held on the event’s date: a holding the sources state or attest over the whole ' +
        'of that date. Null for a country or a body, for an undated event, or when the sources establish none.',
      extensions: readsEnds('date'),
      resolve: (edge, _args, ctx) => {
        const { actor, event } = ends(edge);
        return actor.__typename === 'Person' && event.date ? heldThroughout(ctx, actor, event.date) : null;
      },
    }),
    role: e.field({
      type: ParticipationRole,
      resolve: (edge) => participationRecord.shape.role.parse(relOf(edge).role),
    }),
    onBehalfOf: e.field({
      type: ActorRef,
      nullable: true,
      description: 'The country or body whose delegation the actor belonged to.',
      resolve: (edge, _args, ctx) => {
        const id = relOf(edge).onBehalfOf;
        return typeof id === 'string' ? ctx.loaders.entities.load(id) : null;
      },
    }),
    ...supportFields(e),
  };
}

nestable('ActorEventsConnection', ACTOR_EVENTS);
nestable('ActorCommitmentsConnection', ACTOR_COMMITMENTS);
nestable('ActorInstrumentsConnection', ACTOR_INSTRUMENTS);
nestable('MemberOfConnection', MEMBER_OF);

ActorRef.implement({
  description: 'Someone or something that acts: a person, an organization or a country.',
  interfaces: [builder.nodeInterfaceRef(), EntityRef],
  resolveType: (record) => record.__typename,
  fields: (t) => ({
    aliases: t.stringList({
      description: 'Other names the sources use: spellings, short forms, acronyms.',
      resolve: (r) => (r.aliases as string[] | undefined) ?? [],
    }),
    events: t.connection(
      {
        type: EventRef,
        description: 'Events the actor took part in, latest first, with the part played.',
        args: {
          role: t.arg({ type: ParticipationRole, required: false }),
          kind: t.arg({ type: EventKind, required: false }),
          status: t.arg({ type: EventStatus, required: false }),
          date: t.arg({ type: DateRange, required: false }),
        },
        resolve: (actor, args, ctx, info) =>
          withParent(
            actor,
            resolveEdges(ctx, info, ACTOR_EVENTS, actor.id, args, {
              role: args.role,
              kind: args.kind,
              status: args.status,
              date: args.date,
            }),
          ),
      },
      { name: 'ActorEventsConnection' },
      {
        name: 'Participation',
        description: 'An actor taking part in an event.',
        fields: (e) =>
          participationFields(e, (edge) => ({ actor: parentOf<ActorShape>(edge), event: edge.node })),
      },
    ),
    commitments: t.connection(
      {
        type: CommitmentRef,
        description: 'Commitments the actor made, latest first.',
        args: {
          status: t.arg({ type: CommitmentStatus, required: false }),
          date: t.arg({ type: DateRange, required: false }),
        },
        resolve: (actor, args, ctx, info) =>
          resolveEdges(ctx, info, ACTOR_COMMITMENTS, actor.id, args, {
            status: args.status,
            date: args.date,
          }),
      },
      { name: 'ActorCommitmentsConnection' },
      { name: 'ActorCommitmentEdge', fields: (e) => supportFields(e) },
    ),
    instruments: t.connection(
      {
        type: InstrumentRef,
        description: 'Instruments the actor signed, adopted or proposed.',
        args: { role: t.arg({ type: PartyRole, required: false }) },
        resolve: (actor, args, ctx, info) =>
          resolveEdges(ctx, info, ACTOR_INSTRUMENTS, actor.id, args, { role: args.role }),
      },
      { name: 'ActorInstrumentsConnection' },
      {
        name: 'Party',
        description: 'An actor party to an instrument.',
        fields: (e) => ({
          role: e.field({
            type: PartyRole,
            resolve: (edge) => partyRecord.shape.role.parse(relOf(edge).role),
          }),
          ...supportFields(e),
        }),
      },
    ),
    memberOf: t.connection(
      {
        type: OrganizationRef,
        description: 'Organizations the actor belongs to.',
        resolve: (actor, args, ctx, info) => resolveEdges(ctx, info, MEMBER_OF, actor.id, args),
      },
      { name: 'MemberOfConnection' },
      { name: 'MembershipEdge', fields: (e) => supportFields(e) },
    ),
  }),
});
