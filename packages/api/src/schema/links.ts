import type { InterfaceRef, ObjectRef } from '@pothos/core';
import { builder } from '../builder.js';
import type { Edge } from '../loaders/edge-loader.js';
import type { Types } from '../types.js';
import { supportFields } from './evidence.js';
import {
  AxisRef,
  CountryRef,
  EntityRef,
  EventRef,
  InstrumentRef,
  OrganizationRef,
  PlaceRef,
} from './refs.js';

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many items the whole list holds, across all pages.',
    resolve: (connection) => connection.totalCount(),
  }),
);

/** A single-valued relationship: the related node and the evidence for the relationship. */
function linkType<T extends object>(
  name: string,
  node: ObjectRef<Types, T> | InterfaceRef<Types, T>,
  description: string,
) {
  return builder.objectRef<Edge<T>>(name).implement({
    description,
    fields: (t) => ({
      node: t.field({ type: node as ObjectRef<Types, object>, resolve: (edge) => edge.node }),
      ...supportFields(t),
    }),
  });
}

export const CountryLink = linkType('CountryLink', CountryRef, 'A country, with the evidence that links it.');
export const OrganizationLink = linkType(
  'OrganizationLink',
  OrganizationRef,
  'An organization, with the evidence that links it.',
);
export const EventLink = linkType('EventLink', EventRef, 'An event, with the evidence that links it.');
export const AxisLink = linkType(
  'AxisLink',
  AxisRef,
  'An axis of an instrument, with the evidence that links it.',
);
export const InstrumentLink = linkType(
  'InstrumentLink',
  InstrumentRef,
  'An instrument, with the evidence that links it.',
);
export const PlaceLink = linkType('PlaceLink', PlaceRef, 'A place, with the evidence that links it.');
export const EntityLink = linkType('EntityLink', EntityRef, 'A node, with the evidence that links it.');
