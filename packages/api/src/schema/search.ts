import { ENTITY_LABELS } from '@diplograph/schema';
import { builder } from '../builder.js';
import { nodeProperties } from '../compiler/projection.js';
import { badInput } from '../pagination.js';
import { type ArticleHit, searchArticles } from '../queries/article-search-query.js';
import { type SearchHit, search } from '../queries/search-query.js';
import { SourceRef } from './refs.js';

const MAX_HITS = 50;

/** How many hits a search asks for, once its arguments are checked. */
function checkedFirst(args: { query: string; first?: number | null }): number {
  const first = args.first ?? 10;
  if (first < 1 || first > MAX_HITS) throw badInput(`first must be between 1 and ${MAX_HITS}`);
  if (args.query.length > 200) throw badInput('a search is at most 200 characters');
  return first;
}

export const NodeType = builder.enumType('NodeType', {
  description: 'The types of node of the graph.',
  values: ENTITY_LABELS,
});

const SearchHitRef = builder.objectRef<SearchHit>('SearchHit').implement({
  description: 'A node that matches a search, with its relevance.',
  fields: (t) => ({
    node: t.field({ type: builder.nodeInterfaceRef(), resolve: (hit) => hit.node }),
    type: t.field({ type: NodeType, resolve: (hit) => hit.node.__typename }),
    score: t.exposeFloat('score', { description: 'Relevance: higher is better.' }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHitRef],
    description:
      'One search over names, aliases, acronyms, post titles and quoted passages, insensitive to accents ' +
      'and case; each word may be the start of a word ("zerou" finds Zerouali). Best matches first.',
    args: {
      query: t.arg.string({ required: true }),
      types: t.arg({ type: [NodeType], required: false, description: 'Only these types of node.' }),
      first: t.arg.int({ required: false, defaultValue: 10, description: `At most ${MAX_HITS}.` }),
    },
    resolve: (_root, args, ctx, info) => {
      // A hit's node is a Relay `Node`: only what the query asks of it is projected.
      const properties = nodeProperties(info, [['node']], info.schema.getType('Node'), info.schema);
      return search(ctx.db, args.query, args.types ?? [], checkedFirst(args), properties);
    },
  }),
);

const ArticleHitRef = builder.objectRef<ArticleHit>('ArticleHit').implement({
  description: 'An article whose text matches a search, with its relevance and where it matches.',
  fields: (t) => ({
    source: t.field({ type: SourceRef, resolve: (hit) => hit.source }),
    score: t.exposeFloat('score', { description: 'Relevance: higher is better.' }),
    excerpt: t.exposeString('excerpt', {
      nullable: true,
      description: 'A short passage around the first word searched for, as the article has it.',
    }),
  }),
});

builder.queryField('articleSearch', (t) =>
  t.field({
    type: [ArticleHitRef],
    description:
      "A search over the articles' whole text, insensitive to accents and case: every word must be in the " +
      'article, whole or as the start of a word ("28 octobre", "joint declaration"). Best matches first.',
    args: {
      query: t.arg.string({ required: true }),
      first: t.arg.int({ required: false, defaultValue: 10, description: `At most ${MAX_HITS}.` }),
    },
    resolve: (_root, args, ctx) => {
      return searchArticles(ctx.db, args.query, checkedFirst(args));
    },
  }),
);
