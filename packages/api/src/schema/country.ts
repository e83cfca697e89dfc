import { builder } from '../builder.js';
import type { EdgeSpec } from '../loaders/edge-loader.js';
import { evidencedConnection } from './connections.js';
import {
  ActorRef,
  CountryRef,
  EntityRef,
  OrganizationRef,
  type OrganizationShape,
  PersonRef,
  type PersonShape,
  PlaceRef,
  type PlaceShape,
} from './refs.js';

const PEOPLE: EdgeSpec<PersonShape> = { pattern: '(p)<-[r:OF_COUNTRY]-(n:Person)', sortKey: 'n.name' };
const ORGANIZATIONS: EdgeSpec<OrganizationShape> = {
  pattern: '(p)<-[r:OF_COUNTRY]-(n:Organization)',
  sortKey: 'n.name',
};
const PLACES: EdgeSpec<PlaceShape> = { pattern: '(p)<-[r:LOCATED_IN]-(n:Place)', sortKey: 'n.name' };

builder.node(CountryRef, {
  description: 'A country, as an actor of cooperation.',
  interfaces: [EntityRef, ActorRef],
  id: { resolve: (c) => c.id },
  isTypeOf: (value) => (value as { __typename?: string }).__typename === 'Country',
  fields: (t) => ({
    people: evidencedConnection(t, {
      type: PersonRef,
      spec: PEOPLE,
      name: 'CountryPeople',
      description: 'People serving or representing the country.',
    }),
    organizations: evidencedConnection(t, {
      type: OrganizationRef,
      spec: ORGANIZATIONS,
      name: 'CountryOrganizations',
      description: 'Bodies of the country.',
    }),
    places: evidencedConnection(t, {
      type: PlaceRef,
      spec: PLACES,
      name: 'CountryPlaces',
      description: 'Places in the country.',
    }),
  }),
});
