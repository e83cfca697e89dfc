import { derivationRecord, partyRecord } from '@diplograph/schema';
import { builder } from '../builder.js';
import {
  AXIS_INSTRUMENT,
  AXIS_MEASURES,
  DERIVED,
  DERIVES_FROM,
  type EdgeSpec,
  INSTRUMENT_ADOPTED_AT,
  INSTRUMENT_AXES,
  INSTRUMENT_PARTIES,
  INSTRUMENT_PLACES,
  THEMES_OF,
} from '../catalogue/relationship-fields.js';
import { nestable } from '../compiler/page-plan.js';
import type { EntityShape } from '../shapes.js';
import type { Types } from '../types.js';
import { evidencedConnection, linkField, resolveEdgeNodes, resolveEdges } from './connections.js';
import { FuzzyDateRef } from './dates.js';
import { relOf, supportFields } from './evidence.js';
import { lineageField } from './lineage.js';
import { EventLink, InstrumentLink } from './links.js';
import { nodeIdentity } from './node-identity.js';
import { ActorRef, AxisRef, CommitmentRef, EntityRef, InstrumentRef, PlaceRef, ThemeRef } from './refs.js';
import { Derivation, InstrumentKind, InstrumentStatus, PartyRole } from './vocabulary.js';

/** `derivesFrom` or `derived`: direct lineage links with how each derives. */
export function derivationField<Parent extends { id: string }>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, Parent>,
  spec: EdgeSpec<EntityShape>,
  name: string,
  description: string,
) {
  nestable(`${name}Connection`, spec);
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
        how: e.field({
          type: Derivation,
          resolve: (edge) => derivationRecord.shape.how.parse(relOf(edge).how),
        }),
        ...supportFields(e),
      }),
    },
  );
}

nestable('InstrumentPartiesConnection', INSTRUMENT_PARTIES);

builder.node(InstrumentRef, {
  description:
    'A declaration, agreement, roadmap, strategy or framework: adopted or signed when, where, by whom.',
  interfaces: [EntityRef],
  ...nodeIdentity('Instrument'),
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
      spec: INSTRUMENT_PLACES,
      name: 'InstrumentPlaces',
      description: 'Where it was signed or adopted.',
    }),
    adoptedAt: linkField(t, {
      type: EventLink,
      spec: INSTRUMENT_ADOPTED_AT,
      description: 'The event at which it was signed or adopted.',
    }),
    parties: t.connection(
      {
        type: ActorRef,
        description: 'Who signed, adopted or proposed it.',
        args: { role: t.arg({ type: PartyRole, required: false }) },
        resolve: (i, args, ctx, info) =>
          resolveEdges(ctx, info, INSTRUMENT_PARTIES, i.id, args, { role: args.role }),
      },
      { name: 'InstrumentPartiesConnection' },
      {
        name: 'InstrumentParty',
        fields: (e) => ({
          role: e.field({
            type: PartyRole,
            resolve: (edge) => partyRecord.shape.role.parse(relOf(edge).role),
          }),
          ...supportFields(e),
        }),
      },
    ),
    axes: t.field({
      type: [AxisRef],
      description: 'Its axes, in order.',
      resolve: (i, _args, ctx) => resolveEdgeNodes(ctx, INSTRUMENT_AXES, i.id),
    }),
    themes: evidencedConnection(t, {
      type: ThemeRef,
      spec: THEMES_OF,
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
  ...nodeIdentity('Axis'),
  fields: (t) => ({
    order: t.exposeInt('order', { description: 'Position in the instrument, from 1.' }),
    instrument: linkField(t, { type: InstrumentLink, spec: AXIS_INSTRUMENT }),
    measures: evidencedConnection(t, {
      type: CommitmentRef,
      spec: AXIS_MEASURES,
      name: 'AxisMeasures',
      description: 'Commitments and measures filed under the axis.',
    }),
  }),
});
