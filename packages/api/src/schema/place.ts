import { builder } from '../builder.js';
import type { EdgeSpec } from '../loaders/edge-loader.js';
import { evidencedConnection, LATEST_FIRST, resolveSingleEdge } from './connections.js';
import { EntityLink } from './links.js';
import {
  EntityRef,
  type EntityShape,
  EventRef,
  type EventShape,
  InstrumentRef,
  type InstrumentShape,
  PlaceRef,
} from './refs.js';
import { PlaceKind } from './vocabulary.js';

const LOCATED_IN: EdgeSpec<EntityShape> = {
  pattern: '(p)-[r:LOCATED_IN]->(n:Place|Country)',
  sortKey: 'n.id',
};
const EVENTS: EdgeSpec<EventShape> = { pattern: '(p)<-[r:TOOK_PLACE_IN]-(n:Event)', ...LATEST_FIRST };
const INSTRUMENTS: EdgeSpec<InstrumentShape> = {
  pattern: '(p)<-[r:ADOPTED_IN]-(n:Instrument)',
  ...LATEST_FIRST,
};

builder.node(PlaceRef, {
  description: 'A city or a building where events took place or instruments were signed.',
  interfaces: [EntityRef],
  id: { resolve: (p) => p.id },
  isTypeOf: (value) => (value as { __typename?: string }).__typename === 'Place',
  fields: (t) => ({
    aliases: t.exposeStringList('aliases'),
    kind: t.field({ type: PlaceKind, resolve: (p) => p.kind }),
    locatedIn: t.field({
      type: EntityLink,
      nullable: true,
      description: 'The city or country the place lies in.',
      resolve: (p, _args, ctx) => resolveSingleEdge(ctx, LOCATED_IN, p.id),
    }),
    events: evidencedConnection(t, {
      type: EventRef,
      spec: EVENTS,
      name: 'PlaceEvents',
      description: 'Events held here, latest first.',
    }),
    instruments: evidencedConnection(t, {
      type: InstrumentRef,
      spec: INSTRUMENTS,
      name: 'PlaceInstruments',
      description: 'Instruments signed or adopted here.',
    }),
  }),
});
