import { builder } from '../builder.js';
import { THEME_COMMITMENTS, THEME_EVENTS, THEME_INSTRUMENTS } from '../catalogue/relationship-fields.js';
import { evidencedConnection } from './connections.js';
import { nodeIdentity } from './node-identity.js';
import { CommitmentRef, EntityRef, EventRef, InstrumentRef, ThemeRef } from './refs.js';

builder.node(ThemeRef, {
  description:
    'A subject of cooperation (readmission, legal mobility...) that events and commitments are filed under.',
  interfaces: [EntityRef],
  ...nodeIdentity('Theme'),
  fields: (t) => ({
    aliases: t.exposeStringList('aliases'),
    events: evidencedConnection(t, {
      type: EventRef,
      spec: THEME_EVENTS,
      name: 'ThemeEvents',
      description: 'Events on this theme, latest first.',
    }),
    commitments: evidencedConnection(t, {
      type: CommitmentRef,
      spec: THEME_COMMITMENTS,
      name: 'ThemeCommitments',
      description: 'Commitments on this theme, latest first.',
    }),
    instruments: evidencedConnection(t, {
      type: InstrumentRef,
      spec: THEME_INSTRUMENTS,
      name: 'ThemeInstruments',
      description: 'Instruments on this theme, latest first.',
    }),
  }),
});
