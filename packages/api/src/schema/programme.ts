import { builder } from '../builder.js';
import { BY_NAME, field, LATEST_FIRST } from '../catalogue/relationship-fields.js';
import { resolveList } from '../queries/list-query.js';
import type { EntityShape, OrganizationShape, ShapeOf } from '../shapes.js';
import { evidencedConnection } from './connections.js';
import { named } from './lists.js';
import { nodeIdentity } from './node-identity.js';
import { CommitmentRef, EntityRef, InstrumentRef, OrganizationRef } from './refs.js';

// No other type file names Programme (its fields on the types at the other end are declared here),
// so its ref is declared with it rather than in refs.ts.
const ProgrammeRef = builder.objectRef<ShapeOf<'Programme'>>('Programme');

// Its relationship fields, from both ends: the labels at the far end are the vocabulary's.
const PROGRAMME_RUN_BY = field<OrganizationShape>()({ type: 'RUN_BY', direction: 'out', ...BY_NAME });
/** The instruments and commitments that set a programme up, latest first. */
const PROGRAMME_ESTABLISHED_BY = field<EntityShape>()({
  type: 'ESTABLISHES',
  direction: 'in',
  ...LATEST_FIRST,
});
const ORGANIZATION_PROGRAMMES = field<ShapeOf<'Programme'>>()({
  type: 'RUN_BY',
  direction: 'in',
  ...BY_NAME,
});
/** The programmes an instrument or a commitment sets up. */
const PROGRAMMES_ESTABLISHED = field<ShapeOf<'Programme'>>()({
  type: 'ESTABLISHES',
  direction: 'out',
  ...BY_NAME,
});

builder.node(ProgrammeRef, {
  description:
    'A standing scheme of cooperation, such as a seasonal-workers or labour-mobility programme: who runs it and what set it up.',
  interfaces: [EntityRef],
  ...nodeIdentity('Programme'),
  fields: (t) => ({
    aliases: t.exposeStringList('aliases'),
    acronym: t.exposeString('acronym', { nullable: true }),
    runBy: evidencedConnection(t, {
      type: OrganizationRef,
      spec: PROGRAMME_RUN_BY,
      name: 'ProgrammeRunBy',
      description: 'The bodies that run the programme.',
    }),
    establishedBy: evidencedConnection(t, {
      type: EntityRef,
      spec: PROGRAMME_ESTABLISHED_BY,
      name: 'ProgrammeEstablishedBy',
      description: 'Instruments and commitments that set the programme up or extend it, latest first.',
    }),
  }),
});

// ---- The programmes' side of their relationships, on the types at the other end ----

builder.objectFields(OrganizationRef, (t) => ({
  programmes: evidencedConnection(t, {
    type: ProgrammeRef,
    spec: ORGANIZATION_PROGRAMMES,
    name: 'OrganizationProgrammes',
    description: 'Programmes this body runs.',
  }),
}));

builder.objectFields(InstrumentRef, (t) => ({
  programmes: evidencedConnection(t, {
    type: ProgrammeRef,
    spec: PROGRAMMES_ESTABLISHED,
    name: 'InstrumentProgrammes',
    description: 'Programmes this instrument sets up or extends.',
  }),
}));

builder.objectFields(CommitmentRef, (t) => ({
  programmes: evidencedConnection(t, {
    type: ProgrammeRef,
    spec: PROGRAMMES_ESTABLISHED,
    name: 'CommitmentProgrammes',
    description: 'Programmes this commitment sets up or extends.',
  }),
}));

// ---- Root list ----

const PROGRAMMES = named<ShapeOf<'Programme'>>('Programme');

builder.queryFields((t) => ({
  programmes: t.connection({
    type: ProgrammeRef,
    description: 'Programmes (seasonal-workers and other schemes), by name.',
    resolve: (_root, args, ctx, info) => resolveList(ctx, info, PROGRAMMES, 'NAME', args, {}),
  }),
}));
