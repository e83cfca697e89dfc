import { builder } from '../builder.js';
import type { EdgeSpec } from '../loaders/edge-loader.js';
import { EVIDENCE_PROJECTION } from '../records.js';
import { resolveEdgeNodes } from './connections.js';
import { loadSources } from './evidence.js';
import { EntityRef, EvidenceRef, type EvidenceShape, SourceRef } from './refs.js';

export const EVIDENCE_OF_NODE: EdgeSpec<EvidenceShape> = {
  pattern: '(p)-[r:SUPPORTED_BY]->(n:Evidence)',
  sortKey: 'n.id',
  project: EVIDENCE_PROJECTION,
};

EntityRef.implement({
  description:
    'A fact node of the graph: an actor, place, post, event, instrument, axis, commitment or theme.',
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
      resolve: (r, _args, ctx) => resolveEdgeNodes(ctx, EVIDENCE_OF_NODE, r.id),
    }),
    sources: t.field({
      type: [SourceRef],
      description: 'Articles the supporting passages come from.',
      resolve: async (r, _args, ctx) =>
        loadSources(
          ctx,
          (await resolveEdgeNodes(ctx, EVIDENCE_OF_NODE, r.id)).map((e) => e.id),
        ),
    }),
  }),
});
