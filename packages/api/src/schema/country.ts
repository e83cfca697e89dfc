import { builder } from '../builder.js';
import { COUNTRY_ORGANIZATIONS, COUNTRY_PEOPLE, COUNTRY_PLACES } from '../catalogue/relationship-fields.js';
import { evidencedConnection } from './connections.js';
import { nodeIdentity } from './node-identity.js';
import { ActorRef, CountryRef, EntityRef, OrganizationRef, PersonRef, PlaceRef } from './refs.js';

builder.node(CountryRef, {
  description: 'A country, as an actor of cooperation.',
  interfaces: [EntityRef, ActorRef],
  ...nodeIdentity('Country'),
  fields: (t) => ({
    people: evidencedConnection(t, {
      type: PersonRef,
      spec: COUNTRY_PEOPLE,
      name: 'CountryPeople',
      description: 'People serving or representing the country.',
    }),
    organizations: evidencedConnection(t, {
      type: OrganizationRef,
      spec: COUNTRY_ORGANIZATIONS,
      name: 'CountryOrganizations',
      description: 'Bodies of the country.',
    }),
    places: evidencedConnection(t, {
      type: PlaceRef,
      spec: COUNTRY_PLACES,
      name: 'CountryPlaces',
      description: 'Places in the country.',
    }),
  }),
});
