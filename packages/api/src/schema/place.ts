import { builder } from '../builder.js';
import { PLACE_EVENTS, PLACE_INSTRUMENTS, PLACE_LOCATED_IN } from '../catalogue/relationship-fields.js';
import { evidencedConnection, linkField } from './connections.js';
import { EntityLink } from './links.js';
import { nodeIdentity } from './node-identity.js';
import { EntityRef, EventRef, InstrumentRef, PlaceRef } from './refs.js';
import { PlaceKind } from './vocabulary.js';

builder.node(PlaceRef, {
  description: 'A city or a building where events took place or instruments were signed.',
  interfaces: [EntityRef],
  ...nodeIdentity('Place'),
  fields: (t) => ({
    aliases: t.exposeStringList('aliases'),
    kind: t.field({ type: PlaceKind, resolve: (p) => p.kind }),
    locatedIn: linkField(t, {
      type: EntityLink,
      spec: PLACE_LOCATED_IN,
      description: 'The city or country the place lies in.',
    }),
    events: evidencedConnection(t, {
      type: EventRef,
      spec: PLACE_EVENTS,
      name: 'PlaceEvents',
      description: 'Events held here, latest first.',
    }),
    instruments: evidencedConnection(t, {
      type: InstrumentRef,
      spec: PLACE_INSTRUMENTS,
      name: 'PlaceInstruments',
      description: 'Instruments signed or adopted here.',
    }),
  }),
});
