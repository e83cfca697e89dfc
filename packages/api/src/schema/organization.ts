import { builder } from '../builder.js';
import type { EdgeSpec } from '../loaders/edge-loader.js';
import { evidencedConnection, LATEST_FIRST, resolveSingleEdge } from './connections.js';
import { FuzzyDateRef } from './dates.js';
import { CountryLink, OrganizationLink } from './links.js';
import { COUNTRY_OF } from './person.js';
import {
  ActorRef,
  type ActorShape,
  EntityRef,
  EventRef,
  type EventShape,
  OrganizationRef,
  type OrganizationShape,
  PostRef,
  type PostShape,
} from './refs.js';
import { OrganizationKind } from './vocabulary.js';

const PARENT: EdgeSpec<OrganizationShape> = { pattern: '(p)-[r:PART_OF]->(n:Organization)', sortKey: 'n.id' };
const PARTS: EdgeSpec<OrganizationShape> = {
  pattern: '(p)<-[r:PART_OF]-(n:Organization)',
  sortKey: 'n.name',
};
const MEMBERS: EdgeSpec<ActorShape> = { pattern: '(p)<-[r:MEMBER_OF]-(n:Actor)', sortKey: 'n.name' };
const POSTS: EdgeSpec<PostShape> = { pattern: '(p)<-[r:POST_IN]-(n:Post)', sortKey: 'n.name' };
const CONVENED: EdgeSpec<EventShape> = {
  pattern: '(p)<-[r:CONVENED_BY]-(n:Event)',
  ...LATEST_FIRST,
};

builder.node(OrganizationRef, {
  description:
    'A body: a ministry, directorate, embassy, bilateral group such as the GMMP, forum such as the 5+5 Dialogue.',
  interfaces: [EntityRef, ActorRef],
  id: { resolve: (o) => o.id },
  isTypeOf: (value) => (value as { __typename?: string }).__typename === 'Organization',
  fields: (t) => ({
    kind: t.field({ type: OrganizationKind, resolve: (o) => o.kind }),
    acronym: t.exposeString('acronym', { nullable: true }),
    founded: t.field({
      type: FuzzyDateRef,
      nullable: true,
      description: 'When the body was created, as precisely as the sources say.',
      resolve: (o) => o.founded ?? null,
    }),
    country: t.field({
      type: CountryLink,
      nullable: true,
      resolve: (o, _args, ctx) => resolveSingleEdge(ctx, COUNTRY_OF, o.id),
    }),
    partOf: t.field({
      type: OrganizationLink,
      nullable: true,
      description: 'The larger body this one belongs to.',
      resolve: (o, _args, ctx) => resolveSingleEdge(ctx, PARENT, o.id),
    }),
    parts: evidencedConnection(t, {
      type: OrganizationRef,
      spec: PARTS,
      name: 'OrganizationParts',
      description: 'Bodies that belong to this one.',
    }),
    members: evidencedConnection(t, {
      type: ActorRef,
      spec: MEMBERS,
      name: 'OrganizationMembers',
      description: 'Countries, bodies or people that are members.',
    }),
    posts: evidencedConnection(t, {
      type: PostRef,
      spec: POSTS,
      name: 'OrganizationPosts',
      description: 'Posts within this body.',
    }),
    convened: evidencedConnection(t, {
      type: EventRef,
      spec: CONVENED,
      name: 'OrganizationConvened',
      description: 'Events this body convened, latest first.',
    }),
  }),
});
