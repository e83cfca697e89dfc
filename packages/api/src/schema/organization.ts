import { builder } from '../builder.js';
import {
  COUNTRY_OF,
  ORGANIZATION_CONVENED,
  ORGANIZATION_MEMBERS,
  ORGANIZATION_PARENT,
  ORGANIZATION_PARTS,
  ORGANIZATION_POSTS,
} from '../catalogue/relationship-fields.js';
import { evidencedConnection, linkField } from './connections.js';
import { FuzzyDateRef } from './dates.js';
import { CountryLink, OrganizationLink } from './links.js';
import { nodeIdentity } from './node-identity.js';
import { ActorRef, EntityRef, EventRef, OrganizationRef, PostRef } from './refs.js';
import { OrganizationKind } from './vocabulary.js';

builder.node(OrganizationRef, {
  description:
    'A body: a ministry, directorate, embassy, bilateral group such as the GMMP, forum such as the 5+5 Dialogue.',
  interfaces: [EntityRef, ActorRef],
  ...nodeIdentity('Organization'),
  fields: (t) => ({
    kind: t.field({ type: OrganizationKind, resolve: (o) => o.kind }),
    acronym: t.exposeString('acronym', { nullable: true }),
    founded: t.field({
      type: FuzzyDateRef,
      nullable: true,
      description: 'When the body was created, as precisely as the sources say.',
      resolve: (o) => o.founded ?? null,
    }),
    country: linkField(t, { type: CountryLink, spec: COUNTRY_OF }),
    partOf: linkField(t, {
      type: OrganizationLink,
      spec: ORGANIZATION_PARENT,
      description: 'The larger body this one belongs to.',
    }),
    parts: evidencedConnection(t, {
      type: OrganizationRef,
      spec: ORGANIZATION_PARTS,
      name: 'OrganizationParts',
      description: 'Bodies that belong to this one.',
    }),
    members: evidencedConnection(t, {
      type: ActorRef,
      spec: ORGANIZATION_MEMBERS,
      name: 'OrganizationMembers',
      description: 'Countries, bodies or people that are members.',
    }),
    posts: evidencedConnection(t, {
      type: PostRef,
      spec: ORGANIZATION_POSTS,
      name: 'OrganizationPosts',
      description: 'Posts within this body.',
    }),
    convened: evidencedConnection(t, {
      type: EventRef,
      spec: ORGANIZATION_CONVENED,
      name: 'OrganizationConvened',
      description: 'Events this body convened, latest first.',
    }),
  }),
});
