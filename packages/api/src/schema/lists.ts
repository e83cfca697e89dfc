import { type EntityLabel, RELATIONSHIPS } from '@diplograph/schema';
import { builder } from '../builder.js';
import { dateRangeCondition } from '../compiler/date-condition.js';
import { inRange } from '../pagination.js';
import { BY_NAME, DATED_ORDERS, type ListSpec, resolveList } from '../queries/list-query.js';
import type {
  CommitmentShape,
  CountryShape,
  EventShape,
  InstrumentShape,
  OrganizationShape,
  PersonShape,
  PlaceShape,
  PostShape,
  SourceShape,
  ThemeShape,
} from '../shapes.js';
import type { Types } from '../types.js';
import { DateRange } from './dates.js';
import {
  CommitmentRef,
  CountryRef,
  EventRef,
  InstrumentRef,
  OrganizationRef,
  PersonRef,
  PlaceRef,
  PostRef,
  SourceRef,
  ThemeRef,
} from './refs.js';
import {
  CommitmentKind,
  CommitmentStatus,
  EventKind,
  EventStatus,
  InstrumentKind,
  InstrumentStatus,
  OrganizationKind,
  Origin,
  PlaceKind,
} from './vocabulary.js';

// The root lists. Filters that name a related node start the query from that node (an index
// lookup by id), so they stay fast on a large graph.

const DatedOrder = builder.enumType('DatedOrder', {
  description: 'Order of a dated list.',
  values: {
    DATE_DESC: { description: 'Latest first; undated last.' },
    DATE_ASC: { description: 'Earliest first; undated first.' },
    NAME: { description: 'By name.' },
  },
});

/** Curated rows carry no origin: only machine-read ones say `machine`. */
const ORIGIN = { where: "coalesce(n.origin, 'curated') = $filter.origin" };
const originField = (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) =>
  t.field({ type: Origin, required: false, description: 'Only curated, or only machine-read, facts.' });

/**
 * A filter that keeps the nodes a pattern reaches from the node whose id the filter gives, a node
 * of the types `idOf` (any type when empty).
 */
const anchored = (pattern: string, idOf: readonly EntityLabel[]) => ({ anchor: pattern, idOf });

/** The types a filter's id may name: a country, an organization... */
const COUNTRY = ['Country'] as const;
const ORGANIZATION = ['Organization'] as const;
const THEME = RELATIONSHIPS.ON_THEME.to;

/** The most actors `attendedByAll` takes: each is one more existence check per event. */
const MAX_ATTENDED_BY_ALL = 10;

/**
 * Events every actor of the list took part in: the list starts from the first one's events and
 * keeps those the others took part in too.
 */
const ATTENDED_BY_ALL = {
  idOf: RELATIONSHIPS.PARTICIPATED_IN.from,
  anchor: '(:Entity {id: $filter.attendedByAll[0]})-[:PARTICIPATED_IN]->(n)',
  where:
    'ALL(actor IN $filter.attendedByAll WHERE EXISTS { MATCH (:Entity {id: actor})-[:PARTICIPATED_IN]->(n) })',
};

const COUNTRY_OF_EVENT =
  'EXISTS { MATCH (n)<-[:PARTICIPATED_IN]-(:Country {id: $filter.country}) } OR ' +
  'EXISTS { MATCH (n)<-[:PARTICIPATED_IN]-()-[:OF_COUNTRY]->(:Country {id: $filter.country}) } OR ' +
  'EXISTS { MATCH (n)-[:TOOK_PLACE_IN]->()-[:LOCATED_IN]->{0,2}(:Country {id: $filter.country}) }';

const EVENTS: ListSpec<keyof typeof DATED_ORDERS, EventShape> = {
  label: 'Event',
  orders: DATED_ORDERS,
  filters: {
    origin: ORIGIN,
    kind: { where: 'n.kind = $filter.kind' },
    status: { where: 'n.status = $filter.status' },
    number: { where: 'n.number = $filter.number' },
    date: { where: dateRangeCondition('n', 'date', '$filter.date') },
    country: { where: COUNTRY_OF_EVENT, idOf: COUNTRY },
    participant: anchored(
      '(:Entity {id: $filter.participant})-[:PARTICIPATED_IN]->(n)',
      RELATIONSHIPS.PARTICIPATED_IN.from,
    ),
    attendedByAll: ATTENDED_BY_ALL,
    organization: anchored(
      '(:Organization {id: $filter.organization})-[:PARTICIPATED_IN|CONVENED_BY]-(n)',
      ORGANIZATION,
    ),
    place: anchored('(:Entity {id: $filter.place})<-[:TOOK_PLACE_IN]-(n)', RELATIONSHIPS.TOOK_PLACE_IN.to),
    theme: anchored('(:Theme {id: $filter.theme})<-[:ON_THEME]-(n)', THEME),
  },
  filterArgument: 'filter',
};

const COMMITMENTS: ListSpec<keyof typeof DATED_ORDERS, CommitmentShape> = {
  label: 'Commitment',
  orders: DATED_ORDERS,
  filters: {
    origin: ORIGIN,
    kind: { where: 'n.kind = $filter.kind' },
    status: { where: 'n.status = $filter.status' },
    date: { where: dateRangeCondition('n', 'date', '$filter.date') },
    country: {
      where:
        'EXISTS { MATCH (n)-[:MADE_BY]->(:Country {id: $filter.country}) } OR ' +
        'EXISTS { MATCH (n)-[:MADE_BY]->()-[:OF_COUNTRY]->(:Country {id: $filter.country}) }',
      idOf: COUNTRY,
    },
    madeBy: anchored('(:Entity {id: $filter.madeBy})<-[:MADE_BY]-(n)', RELATIONSHIPS.MADE_BY.to),
    madeAt: anchored('(:Event {id: $filter.madeAt})<-[:MADE_AT]-(n)', RELATIONSHIPS.MADE_AT.to),
    theme: anchored('(:Theme {id: $filter.theme})<-[:ON_THEME]-(n)', THEME),
    axis: anchored('(:Axis {id: $filter.axis})<-[:UNDER_AXIS]-(n)', RELATIONSHIPS.UNDER_AXIS.to),
  },
  filterArgument: 'filter',
};

const INSTRUMENTS: ListSpec<keyof typeof DATED_ORDERS, InstrumentShape> = {
  label: 'Instrument',
  orders: DATED_ORDERS,
  filters: {
    origin: ORIGIN,
    kind: { where: 'n.kind = $filter.kind' },
    status: { where: 'n.status = $filter.status' },
    date: { where: dateRangeCondition('n', 'date', '$filter.date') },
    party: anchored('(:Entity {id: $filter.party})-[:PARTY_TO]->(n)', RELATIONSHIPS.PARTY_TO.from),
    theme: anchored('(:Theme {id: $filter.theme})<-[:ON_THEME]-(n)', THEME),
  },
  filterArgument: 'filter',
};

/** A list by name with the origin filter every list has: what a type's own file may declare its root list with. */
export const named = <T>(
  label: string,
  filters: ListSpec<'NAME'>['filters'] = {},
  filterArgument?: string,
): ListSpec<'NAME', T> => ({
  label,
  orders: BY_NAME,
  filters: { origin: ORIGIN, ...filters },
  filterArgument,
});
const OF_COUNTRY = anchored('(:Country {id: $filter.country})<-[:OF_COUNTRY]-(n)', COUNTRY);
const PEOPLE = named<PersonShape>('Person', { country: OF_COUNTRY });
const ORGANIZATIONS = named<OrganizationShape>(
  'Organization',
  { kind: { where: 'n.kind = $filter.kind' }, country: OF_COUNTRY },
  'filter',
);
const COUNTRIES = named<CountryShape>('Country');
const PLACES = named<PlaceShape>('Place', { kind: { where: 'n.kind = $filter.kind' } });
const POSTS = named<PostShape>('Post', {
  organization: anchored('(:Organization {id: $filter.organization})<-[:POST_IN]-(n)', ORGANIZATION),
  country: OF_COUNTRY,
});
const THEMES = named<ThemeShape>('Theme');
const SOURCES: ListSpec<'PUBLISHED_DESC', SourceShape> = {
  label: 'Source',
  orders: { PUBLISHED_DESC: { key: "coalesce(toString(n.publishedEarliest), '')", descending: true } },
  filters: {},
};

const EventFilter = builder.inputType('EventFilter', {
  fields: (t) => ({
    origin: originField(t),
    kind: t.field({ type: EventKind, required: false }),
    status: t.field({ type: EventStatus, required: false }),
    number: t.int({
      required: false,
      description: 'The event of this number in its series: 7 for the 7th meeting of a group.',
    }),
    date: t.field({ type: DateRange, required: false }),
    country: t.id({
      required: false,
      description: 'Events the country took part in, through its people, or hosted.',
    }),
    participant: t.id({ required: false, description: 'Events this actor took part in.' }),
    attendedByAll: t.idList({
      required: false,
      description: `Events every one of these actors (1 to ${MAX_ATTENDED_BY_ALL}) took part in, in any role.`,
    }),
    organization: t.id({
      required: false,
      description: 'Events this organization convened or took part in.',
    }),
    place: t.id({ required: false }),
    theme: t.id({ required: false }),
  }),
});

const CommitmentFilter = builder.inputType('CommitmentFilter', {
  fields: (t) => ({
    origin: originField(t),
    kind: t.field({ type: CommitmentKind, required: false }),
    status: t.field({ type: CommitmentStatus, required: false }),
    date: t.field({ type: DateRange, required: false }),
    country: t.id({
      required: false,
      description: 'Commitments made by the country or by its people and bodies.',
    }),
    madeBy: t.id({ required: false }),
    madeAt: t.id({ required: false, description: 'Commitments made at this event.' }),
    theme: t.id({ required: false }),
    axis: t.id({ required: false }),
  }),
});

const InstrumentFilter = builder.inputType('InstrumentFilter', {
  fields: (t) => ({
    origin: originField(t),
    kind: t.field({ type: InstrumentKind, required: false }),
    status: t.field({ type: InstrumentStatus, required: false }),
    date: t.field({ type: DateRange, required: false }),
    party: t.id({ required: false }),
    theme: t.id({ required: false }),
  }),
});

const OrganizationFilter = builder.inputType('OrganizationFilter', {
  fields: (t) => ({
    origin: originField(t),
    kind: t.field({ type: OrganizationKind, required: false }),
    country: t.id({ required: false }),
  }),
});

builder.queryFields((t) => ({
  events: t.connection({
    type: EventRef,
    description: 'Events, filtered and ordered.',
    args: {
      filter: t.arg({ type: EventFilter, required: false }),
      orderBy: t.arg({ type: DatedOrder, required: false, defaultValue: 'DATE_DESC' }),
    },
    resolve: (_root, args, ctx, info) => {
      const actors = args.filter?.attendedByAll;
      if (actors) inRange('attendedByAll: the number of actors', actors.length, 1, MAX_ATTENDED_BY_ALL);
      return resolveList(ctx, info, EVENTS, args.orderBy ?? 'DATE_DESC', args, { ...args.filter });
    },
  }),
  commitments: t.connection({
    type: CommitmentRef,
    description: 'Commitments, filtered and ordered.',
    args: {
      filter: t.arg({ type: CommitmentFilter, required: false }),
      orderBy: t.arg({ type: DatedOrder, required: false, defaultValue: 'DATE_DESC' }),
    },
    resolve: (_root, args, ctx, info) =>
      resolveList(ctx, info, COMMITMENTS, args.orderBy ?? 'DATE_DESC', args, { ...args.filter }),
  }),
  instruments: t.connection({
    type: InstrumentRef,
    description: 'Declarations, agreements, roadmaps, strategies, frameworks.',
    args: {
      filter: t.arg({ type: InstrumentFilter, required: false }),
      orderBy: t.arg({ type: DatedOrder, required: false, defaultValue: 'DATE_DESC' }),
    },
    resolve: (_root, args, ctx, info) =>
      resolveList(ctx, info, INSTRUMENTS, args.orderBy ?? 'DATE_DESC', args, { ...args.filter }),
  }),
  people: t.connection({
    type: PersonRef,
    description: 'People, by name.',
    args: { country: t.arg.id({ required: false }), origin: t.arg({ type: Origin, required: false }) },
    resolve: (_root, args, ctx, info) =>
      resolveList(ctx, info, PEOPLE, 'NAME', args, { country: args.country, origin: args.origin }),
  }),
  organizations: t.connection({
    type: OrganizationRef,
    description: 'Organizations, by name.',
    args: { filter: t.arg({ type: OrganizationFilter, required: false }) },
    resolve: (_root, args, ctx, info) =>
      resolveList(ctx, info, ORGANIZATIONS, 'NAME', args, { ...args.filter }),
  }),
  countries: t.connection({
    type: CountryRef,
    resolve: (_root, args, ctx, info) => resolveList(ctx, info, COUNTRIES, 'NAME', args, {}),
  }),
  places: t.connection({
    type: PlaceRef,
    args: {
      kind: t.arg({ type: PlaceKind, required: false }),
      origin: t.arg({ type: Origin, required: false }),
    },
    resolve: (_root, args, ctx, info) =>
      resolveList(ctx, info, PLACES, 'NAME', args, { kind: args.kind, origin: args.origin }),
  }),
  posts: t.connection({
    type: PostRef,
    description: 'Posts, by title.',
    args: { organization: t.arg.id({ required: false }), country: t.arg.id({ required: false }) },
    resolve: (_root, args, ctx, info) =>
      resolveList(ctx, info, POSTS, 'NAME', args, { organization: args.organization, country: args.country }),
  }),
  themes: t.connection({
    type: ThemeRef,
    resolve: (_root, args, ctx, info) => resolveList(ctx, info, THEMES, 'NAME', args, {}),
  }),
  sources: t.connection({
    type: SourceRef,
    description: 'Source articles, latest first.',
    resolve: (_root, args, ctx, info) => resolveList(ctx, info, SOURCES, 'PUBLISHED_DESC', args, {}),
  }),
}));
