import { builder } from '../builder.js';
import type { EdgeSpec } from '../loaders/edge-loader.js';
import { evidencedConnection, LATEST_FIRST } from './connections.js';
import {
  CommitmentRef,
  type CommitmentShape,
  EntityRef,
  EventRef,
  type EventShape,
  InstrumentRef,
  type InstrumentShape,
  ThemeRef,
} from './refs.js';

const EVENTS: EdgeSpec<EventShape> = { pattern: '(p)<-[r:ON_THEME]-(n:Event)', ...LATEST_FIRST };
const COMMITMENTS: EdgeSpec<CommitmentShape> = {
  pattern: '(p)<-[r:ON_THEME]-(n:Commitment)',
  ...LATEST_FIRST,
};
const INSTRUMENTS: EdgeSpec<InstrumentShape> = {
  pattern: '(p)<-[r:ON_THEME]-(n:Instrument)',
  ...LATEST_FIRST,
};

builder.node(ThemeRef, {
  description:
    'A subject of cooperation (readmission, legal mobility...) that events and commitments are filed under.',
  interfaces: [EntityRef],
  id: { resolve: (theme) => theme.id },
  isTypeOf: (value) => (value as { __typename?: string }).__typename === 'Theme',
  fields: (t) => ({
    aliases: t.exposeStringList('aliases'),
    events: evidencedConnection(t, {
      type: EventRef,
      spec: EVENTS,
      name: 'ThemeEvents',
      description: 'Events on this theme, latest first.',
    }),
    commitments: evidencedConnection(t, {
      type: CommitmentRef,
      spec: COMMITMENTS,
      name: 'ThemeCommitments',
      description: 'Commitments on this theme, latest first.',
    }),
    instruments: evidencedConnection(t, {
      type: InstrumentRef,
      spec: INSTRUMENTS,
      name: 'ThemeInstruments',
      description: 'Instruments on this theme, latest first.',
    }),
  }),
});
