import { builder } from '../builder.js';
import type { EdgeSpec } from '../loaders/edge-loader.js';
import type { Types } from '../types.js';
import {
  evidencedConnection,
  LATEST_FIRST,
  resolveEdgeNodes,
  resolveEdges,
  resolveSingleEdge,
} from './connections.js';
import { FuzzyDateRef } from './dates.js';
import { relOf, supportFields } from './evidence.js';
import { lineageField } from './lineage.js';
import { EventLink, InstrumentLink } from './links.js';
import {
  ActorRef,
  type ActorShape,
  AxisRef,
  type AxisShape,
  CommitmentRef,
  type CommitmentShape,
  EntityRef,
  type EntityShape,
  type EventShape,
  InstrumentRef,
  type InstrumentShape,
  PlaceRef,
  type PlaceShape,
  ThemeRef,
  type ThemeShape,
} from './refs.js';
import { Derivation, InstrumentKind, InstrumentStatus, PartyRole } from './vocabulary.js';

const PARTIES: EdgeSpec<ActorShape> = {
  pattern: '(p)<-[r:PARTY_TO]-(n:Actor)',
  sortKey: 'r.role + n.name',
  filters: { role: 'r.role = $filter.role' },
};
const PLACES: EdgeSpec<PlaceShape> = { pattern: '(p)-[r:ADOPTED_IN]->(n:Place|Country)', sortKey: 'n.name' };
const ADOPTED_AT: EdgeSpec<EventShape> = { pattern: '(p)-[r:ADOPTED_AT]->(n:Event)', sortKey: 'n.id' };
const AXES: EdgeSpec<AxisShape> = { pattern: '(p)-[r:HAS_AXIS]->(n:Axis)', sortKey: 'n.order' };
const THEMES: EdgeSpec<ThemeShape> = { pattern: '(p)-[r:ON_THEME]->(n:Theme)', sortKey: 'n.name' };
/** What a commitment or instrument derives from, and what derives from it, with how. */
export const DERIVES_FROM: EdgeSpec<EntityShape> = {
  pattern: '(p)-[r:DERIVES_FROM]->(n:Commitment|Instrument)',
  ...LATEST_FIRST,
  filters: { how: 'r.how = $filter.how' },
};
export const DERIVED: EdgeSpec<EntityShape> = {
  pattern: '(p)<-[r:DERIVES_FROM]-(n:Commitment|Instrument|Event)',
  ...LATEST_FIRST,
  filters: { how: 'r.how = $filter.how' },
};
const AXIS_INSTRUMENT: EdgeSpec<InstrumentShape> = {
  pattern: '(p)<-[r:HAS_AXIS]-(n:Instrument)',
  sortKey: 'n.id',
};
const AXIS_MEASURES: EdgeSpec<CommitmentShape> = {
  pattern: '(p)<-[r:UNDER_AXIS]-(n:Commitment)',
  sortKey: 'n.id',
};

/** `derivesFrom` or `derived`: direct lineage links with how each derives. */
export function derivationField<Parent extends { id: string }>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, Parent>,
  spec: EdgeSpec<EntityShape>,
  name: string,
  description: string,
) {
  return t.connection(
    {
      type: EntityRef,
      description,
      args: { how: t.arg({ type: Derivation, required: false }) },
      resolve: (parent, args, ctx, info) => resolveEdges(ctx, info, spec, parent.id, args, { how: args.how }),
    },
    { name: `${name}Connection` },
    {
      name: `${name}Edge`,
      fields: (e) => ({
        how: e.field({ type: Derivation, resolve: (edge) => relOf(edge).how as never }),
        ...supportFields(e),
      }),
    },
  );
}

builder.node(InstrumentRef, {
  description:
    'A declaration, agreement, roadmap, strategy or framework: adopted or signed when, where, by whom.',
  interfaces: [EntityRef],
  id: { resolve: (i) => i.id },
  isTypeOf: (value) => (value as { __typename?: string }).__typename === 'Instrument',
  fields: (t) => ({
    aliases: t.exposeStringList('aliases'),
    kind: t.field({ type: InstrumentKind, resolve: (i) => i.kind }),
    status: t.field({ type: InstrumentStatus, resolve: (i) => i.status }),
    date: t.field({
      type: FuzzyDateRef,
      nullable: true,
      description: 'When it was signed or adopted.',
      resolve: (i) => i.date ?? null,
    }),
    places: evidencedConnection(t, {
      type: PlaceRef,
      spec: PLACES,
      name: 'InstrumentPlaces',
      description: 'Where it was signed or adopted.',
    }),
    adoptedAt: t.field({
      type: EventLink,
      nullable: true,
      description: 'The event at which it was signed or adopted.',
      resolve: (i, _args, ctx) => resolveSingleEdge(ctx, ADOPTED_AT, i.id),
    }),
    parties: t.connection(
      {
        type: ActorRef,
        description: 'Who signed, adopted or proposed it.',
        args: { role: t.arg({ type: PartyRole, required: false }) },
        resolve: (i, args, ctx, info) => resolveEdges(ctx, info, PARTIES, i.id, args, { role: args.role }),
      },
      { name: 'InstrumentPartiesConnection' },
      {
        name: 'InstrumentParty',
        fields: (e) => ({
          role: e.field({ type: PartyRole, resolve: (edge) => relOf(edge).role as never }),
          ...supportFields(e),
        }),
      },
    ),
    axes: t.field({
      type: [AxisRef],
      description: 'Its axes, in order.',
      resolve: (i, _args, ctx) => resolveEdgeNodes(ctx, AXES, i.id),
    }),
    themes: evidencedConnection(t, {
      type: ThemeRef,
      spec: THEMES,
      name: 'InstrumentThemes',
      description: 'Its subjects.',
    }),
    derivesFrom: derivationField(
      t,
      DERIVES_FROM,
      'InstrumentDerivesFrom',
      'Instruments or commitments it implements or follows.',
    ),
    derived: derivationField(
      t,
      DERIVED,
      'InstrumentDerived',
      'Commitments, instruments and events that derive from it directly.',
    ),
    lineage: lineageField(
      t,
      'descendants',
      'Everything that traces back to it at any depth, each with its path.',
    ),
  }),
});

builder.node(AxisRef, {
  description: 'An axis of an instrument, such as one of the 5+5 roadmap’s axes.',
  interfaces: [EntityRef],
  id: { resolve: (a) => a.id },
  isTypeOf: (value) => (value as { __typename?: string }).__typename === 'Axis',
  fields: (t) => ({
    order: t.exposeInt('order', { description: 'Position in the instrument, from 1.' }),
    instrument: t.field({
      type: InstrumentLink,
      nullable: true,
      resolve: (a, _args, ctx) => resolveSingleEdge(ctx, AXIS_INSTRUMENT, a.id),
    }),
    measures: evidencedConnection(t, {
      type: CommitmentRef,
      spec: AXIS_MEASURES,
      name: 'AxisMeasures',
      description: 'Commitments and measures filed under the axis.',
    }),
  }),
});
