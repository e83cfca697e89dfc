import { builder } from '../builder.js';
import { COUNTRY_OF } from '../catalogue/relationship-fields.js';
import { linkField } from './connections.js';
import { CountryLink } from './links.js';
import { nodeIdentity } from './node-identity.js';
import { holdingsOf } from './post.js';
import { ActorRef, EntityRef, HoldingRef, PersonRef } from './refs.js';

builder.node(PersonRef, {
  description: 'A person named in the sources: a minister, an official, a head of state.',
  interfaces: [EntityRef, ActorRef],
  ...nodeIdentity('Person'),
  fields: (t) => ({
    country: linkField(t, {
      type: CountryLink,
      spec: COUNTRY_OF,
      description: 'The country the person serves or represents.',
    }),
    posts: t.field({
      type: [HoldingRef],
      description:
        'Posts the person held, as the sources date them. With `at`, only those held on that day: ' +
        'stated or attested, and with `includePossible` also those the sources leave possible.',
      args: {
        at: t.arg({ type: 'Date', required: false }),
        includePossible: t.arg.boolean({ required: false, defaultValue: false }),
      },
      resolve: (person, args, ctx) => holdingsOf(ctx, { person }, args.at, args.includePossible ?? false),
    }),
  }),
});
