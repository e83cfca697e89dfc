import type { FuzzyDate } from '@diplograph/schema';
import { builder } from '../builder.js';
import {
  COUNTRY_OF,
  HOLDERS_OF_POST,
  POST_ORGANIZATION,
  POSTS_OF_PERSON,
} from '../catalogue/relationship-fields.js';
import type { Context } from '../context.js';
import { HOLDINGS_PAGE, holdingsFilter, postsByTitle } from '../queries/post-holders-query.js';
import { fuzzy, rebuildDates } from '../records.js';
import type { HoldingShape, PersonShape, PostShape } from '../shapes.js';
import { given, hintUnknownIds } from '../unknown-id-hints.js';
import { linkField } from './connections.js';
import { FuzzyDateRef } from './dates.js';
import { supportFields } from './evidence.js';
import { CountryLink, OrganizationLink } from './links.js';
import { nodeIdentity } from './node-identity.js';
import { EntityRef, HoldingRef, PersonRef, PostRef } from './refs.js';

export const HoldingBasis = builder.enumType('HoldingBasis', {
  description: 'Why a holding is returned for the day asked.',
  values: {
    STATED: { description: 'The day lies between a start and an end the sources state.' },
    ATTESTED: { description: 'A source shows the person in the post on or around that day.' },
    POSSIBLE: {
      description:
        'No source shows it, but the day lies in the gap the other holders of the post leave open.',
    },
  },
});

/**
 * Holdings of a person or of a post (up to 100), oldest first. With a day, only those held then;
 * each says whether the sources establish it or only leave it possible. Both ends are records at
 * hand, the given one and the one the page returns, so that no field reloads them.
 */
export async function holdingsOf(
  ctx: Context,
  of: { person: PersonShape } | { post: PostShape },
  at: string | null | undefined,
  includePossible: boolean,
): Promise<HoldingShape[]> {
  const [spec, id] = 'person' in of ? [POSTS_OF_PERSON, of.person.id] : [HOLDERS_OF_POST, of.post.id];
  const items = await ctx.loaders.edges.page(spec, id, HOLDINGS_PAGE, holdingsFilter(at, includePossible));
  return items.map(({ value: { node, rel } }) => {
    const known = at !== null && at !== undefined && String(rel.knownFrom) <= at && at <= String(rel.knownTo);
    return {
      person: 'person' in of ? of.person : (node as PersonShape),
      post: 'post' in of ? of.post : (node as PostShape),
      rel,
      basis: at ? (known ? establishedBasis(rel) : 'POSSIBLE') : undefined,
    };
  });
}

/** How the sources establish a holding they do: a stated start or end, else attestations. */
const establishedBasis = (rel: HoldingShape['rel']) =>
  rel.start !== undefined || rel.end !== undefined ? 'STATED' : 'ATTESTED';

/**
 * The post a person held over the whole of a date (every day an event's fuzzy date may cover), as
 * the sources state or attest it; when they establish several, the one taken up last. Null when
 * they establish none. Holdings over one date are fetched for all the people asked in one statement.
 */
export async function heldThroughout(
  ctx: Context,
  person: PersonShape,
  date: FuzzyDate,
): Promise<HoldingShape | null> {
  const items = await ctx.loaders.edges.page(POSTS_OF_PERSON, person.id, HOLDINGS_PAGE, {
    throughout: { from: date.earliest, to: date.latest },
  });
  const last = items.at(-1)?.value;
  return last
    ? { person, post: last.node as PostShape, rel: last.rel, basis: establishedBasis(last.rel) }
    : null;
}

HoldingRef.implement({
  description: "A person's tenure of a post, with the title the source writes and the dates it gives.",
  fields: (t) => ({
    id: t.id({ description: 'Stable id of the holding.', resolve: (h) => h.rel.id }),
    person: t.field({ type: PersonRef, resolve: (h) => h.person }),
    post: t.field({ type: PostRef, resolve: (h) => h.post }),
    title: t.string({
      description: 'The title as the source writes it.',
      resolve: (h) => String(h.rel.title),
    }),
    start: t.field({
      type: FuzzyDateRef,
      nullable: true,
      description: 'Start date, when a source states it.',
      resolve: (h) => (rebuildDates(h.rel).start as FuzzyDate | undefined) ?? null,
    }),
    end: t.field({
      type: FuzzyDateRef,
      nullable: true,
      description: 'End date, when a source states it.',
      resolve: (h) => (rebuildDates(h.rel).end as FuzzyDate | undefined) ?? null,
    }),
    attested: t.field({
      type: [FuzzyDateRef],
      description: 'Dates on which a source shows the person in the post.',
      resolve: (h) => ((h.rel.attested as string[] | undefined) ?? []).map(fuzzy).filter((d) => d !== null),
    }),
    knownFrom: t.field({
      type: 'Date',
      description: 'First day the sources establish.',
      resolve: (h) => String(h.rel.knownFrom),
    }),
    knownTo: t.field({
      type: 'Date',
      description: 'Last day the sources establish.',
      resolve: (h) => String(h.rel.knownTo),
    }),
    possibleFrom: t.field({
      type: 'Date',
      nullable: true,
      description:
        'Earliest day the holding may have started: after the previous holder was last shown. Null: unbounded.',
      resolve: (h) => (h.rel.possibleFrom as string | undefined) ?? null,
    }),
    possibleTo: t.field({
      type: 'Date',
      nullable: true,
      description:
        'Latest day the holding may have lasted: before the next holder was first shown. Null: unbounded.',
      resolve: (h) => (h.rel.possibleTo as string | undefined) ?? null,
    }),
    basis: t.field({
      type: HoldingBasis,
      nullable: true,
      description: 'When a day was asked: how the sources support the holding on that day.',
      resolve: (h) => h.basis ?? null,
    }),
    ...supportFields(t),
  }),
});

builder.node(PostRef, {
  description: 'A position that exists apart from its holders, such as France’s directeur de l’immigration.',
  interfaces: [EntityRef],
  ...nodeIdentity('Post'),
  fields: (t) => ({
    title: t.exposeString('name', { description: 'The title of the post.' }),
    aliases: t.exposeStringList('aliases', { description: 'Other wordings of the title.' }),
    organization: linkField(t, { type: OrganizationLink, spec: POST_ORGANIZATION }),
    country: linkField(t, { type: CountryLink, spec: COUNTRY_OF }),
    holders: t.field({
      type: [HoldingRef],
      description:
        'Who held the post, oldest first. With `at`, who held it on that day: stated or attested, ' +
        'and with `includePossible` also who may have held it.',
      args: {
        at: t.arg({ type: 'Date', required: false }),
        includePossible: t.arg.boolean({ required: false, defaultValue: false }),
      },
      resolve: (post, args, ctx) => holdingsOf(ctx, { post }, args.at, args.includePossible ?? false),
    }),
  }),
});

builder.queryField('postHolders', (t) =>
  t.field({
    type: [HoldingRef],
    description:
      'Who held a post on a day, finding the post by its title ("directeur de l’immigration"), insensitive ' +
      'to accents and case; optionally only posts of one country. Possible holders only with `includePossible`.',
    args: {
      title: t.arg.string({ required: true }),
      at: t.arg({ type: 'Date', required: true }),
      country: t.arg.id({ required: false }),
      includePossible: t.arg.boolean({ required: false, defaultValue: false }),
    },
    resolve: async (_root, args, ctx, info) => {
      const includePossible = args.includePossible ?? false;
      const filter = holdingsFilter(args.at, includePossible);
      const posts = await postsByTitle(ctx, args.title, args.country, filter);
      const holdings = await Promise.all(
        posts.map((post) => holdingsOf(ctx, { post }, args.at, includePossible)),
      );
      if (holdings.flat().length === 0)
        await hintUnknownIds(ctx, info, given('country', args.country, ['Country']));
      return holdings.flat();
    },
  }),
);
