import { FACT_LABELS } from '@diplograph/schema';
import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../builder.js';
import { EVIDENCE_OF_NODE } from '../catalogue/relationship-fields.js';
import { nodeEvidenceShape } from '../compiler/page-statement.js';
import { passageProperties } from '../compiler/projection.js';
import type { Context } from '../context.js';
import type { Mention } from '../loaders/mention-loader.js';
import { pageRequest, toConnection } from '../pagination.js';
import type { EvidenceShape } from '../shapes.js';
import { resolveEdgeNodes } from './connections.js';
import { loadSources } from './evidence.js';
import { provenanceFields } from './provenance.js';
import { EntityRef, EvidenceRef, SourceRef } from './refs.js';

EntityRef.implement({
  description: `A fact node of the graph: ${FACT_LABELS.slice(0, -1).join(', ')} or ${FACT_LABELS.at(-1)}.`,
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (record) => record.__typename,
  fields: (t) => ({
    name: t.string({
      description: 'Display name: a name, a post title, a commitment summary.',
      resolve: (r) => String(r.name),
    }),
    description: t.string({
      nullable: true,
      description: 'What the curators wrote about it, in their own words.',
      resolve: (r) => (r.description as string | undefined) ?? null,
    }),
    evidence: t.field({
      type: [EvidenceRef],
      description: 'Passages that support this node (up to 100).',
      resolve: (r, _args, ctx, info) => passagesOf(ctx, r.id, info),
    }),
    ...provenanceFields(t, (r) => r),
    sources: t.field({
      type: [SourceRef],
      description: 'Articles the supporting passages come from.',
      resolve: async (r, _args, ctx, info) =>
        loadSources(
          ctx,
          (await passagesOf(ctx, r.id, info)).map((e) => e.id),
        ),
    }),
    mentionedIn: t.connection(
      {
        type: SourceRef,
        description:
          'Articles that name this node or support a fact about it (the node or one of its relationships), ' +
          'latest first; undated ones last.',
        resolve: async (r, args, ctx) => {
          const request = pageRequest(args);
          return {
            ...toConnection(await ctx.loaders.mentions.page(r.id, request), request),
            totalCount: () => ctx.loaders.mentions.count(r.id),
          };
        },
      },
      { name: 'MentionedInConnection' },
      {
        name: 'Mention',
        description: 'An article about a node, with what it holds of it.',
        fields: (e) => ({
          evidence: e.field({
            type: [EvidenceRef],
            description: 'Its passages that support the node or one of its relationships, in reading order.',
            resolve: (edge) => mentionOf(edge).evidence,
          }),
          mentions: e.int({
            description: 'How many times mention linking found the node named in it; 0 when only quoted.',
            resolve: (edge) => mentionOf(edge).mentions,
          }),
        }),
      },
    ),
  }),
});

/** The mention behind an edge: Pothos types connection edges from the node alone. */
function mentionOf(edge: object): Mention {
  return edge as Mention;
}

/** The passages that support a node: the one page `evidence` and `sources` read, projected as the request asks. */
function passagesOf(ctx: Context, id: string, info: GraphQLResolveInfo) {
  return resolveEdgeNodes<EvidenceShape>(
    ctx,
    EVIDENCE_OF_NODE,
    id,
    nodeEvidenceShape(passageProperties(info)),
  );
}
