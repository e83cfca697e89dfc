import { builder } from '../builder.js';
import {
  COMMITMENT_AXIS,
  COMMITMENT_MADE_AT,
  COMMITMENT_MADE_BY,
  DERIVED,
  DERIVES_FROM,
  THEMES_OF,
} from '../catalogue/relationship-fields.js';
import { evidencedConnection, linkField } from './connections.js';
import { FuzzyDateRef } from './dates.js';
import { derivationField } from './instrument.js';
import { lineageField } from './lineage.js';
import { AxisLink, EventLink } from './links.js';
import { nodeIdentity } from './node-identity.js';
import { ActorRef, CommitmentRef, EntityRef, ThemeRef } from './refs.js';
import { CommitmentKind, CommitmentStatus } from './vocabulary.js';

builder.node(CommitmentRef, {
  description: 'What was promised, decided or agreed: by whom, at which event, and what it derives from.',
  interfaces: [EntityRef],
  ...nodeIdentity('Commitment'),
  fields: (t) => ({
    summary: t.exposeString('name', { description: 'One line in the curators’ own words.' }),
    kind: t.field({ type: CommitmentKind, resolve: (c) => c.kind }),
    status: t.field({ type: CommitmentStatus, resolve: (c) => c.status }),
    date: t.field({ type: FuzzyDateRef, nullable: true, resolve: (c) => c.date ?? null }),
    madeBy: evidencedConnection(t, {
      type: ActorRef,
      spec: COMMITMENT_MADE_BY,
      name: 'CommitmentMadeBy',
      description: 'Who made the commitment.',
    }),
    madeAt: linkField(t, {
      type: EventLink,
      spec: COMMITMENT_MADE_AT,
      description: 'The event where it was made.',
    }),
    axis: linkField(t, {
      type: AxisLink,
      spec: COMMITMENT_AXIS,
      description: 'The instrument axis it belongs to, for a measure.',
    }),
    themes: evidencedConnection(t, {
      type: ThemeRef,
      spec: THEMES_OF,
      name: 'CommitmentThemes',
      description: 'Its subjects.',
    }),
    derivesFrom: derivationField(
      t,
      DERIVES_FROM,
      'CommitmentDerivesFrom',
      'The instruments or earlier commitments it implements, follows or is framed by.',
    ),
    derived: derivationField(t, DERIVED, 'CommitmentDerived', 'What derives from it directly.'),
    lineage: lineageField(
      t,
      'descendants',
      'Commitments that trace back to this one at any depth, each with its path.',
    ),
    ancestry: lineageField(
      t,
      'ancestors',
      'What this commitment traces back to at any depth (use kinds: [INSTRUMENT, COMMITMENT]), each with its path.',
    ),
  }),
});
