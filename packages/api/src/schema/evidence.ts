import { PAGE_SECTIONS } from '@diplograph/schema';
import { builder } from '../builder.js';
import { reads } from '../compiler/projection.js';
import type { Context } from '../context.js';
import { loadRecord, loadRecords } from '../loaders/load-records.js';
import { type RelationshipProps, toRecord } from '../records.js';
import type { EvidenceShape, SourceShape } from '../shapes.js';
import type { Types } from '../types.js';
import { nodeIdentity } from './node-identity.js';
import { provenanceFields } from './provenance.js';
import { EvidenceRef, SourceRef } from './refs.js';

export const PageSection = builder.enumType('PageSection', {
  description: 'The part of an article page a passage comes from.',
  values: Object.fromEntries(PAGE_SECTIONS.map((s) => [s.toUpperCase(), { value: s }])) as Record<
    Uppercase<(typeof PAGE_SECTIONS)[number]>,
    { value: (typeof PAGE_SECTIONS)[number] }
  >,
});

builder.node(EvidenceRef, {
  description: 'A passage quoted exactly from a source article, which supports one or more facts.',
  ...nodeIdentity('Evidence'),
  fields: (t) => ({
    quote: t.exposeString('quote', { description: 'The exact words of the source.' }),
    start: t.exposeInt('start', {
      description: 'Offset of the first character in the source file (UTF-16 units).',
    }),
    end: t.exposeInt('end', { description: 'Offset just after the last character.' }),
    section: t.field({ type: PageSection, resolve: (e) => e.section }),
    source: t.field({
      type: SourceRef,
      extensions: reads('source', 'sourceId'),
      // Passages loaded with EVIDENCE_PROJECTION carry their source; others (search hits, `node`, a
      // lineage, which primes the loader with each source once) do not.
      resolve: (e, _args, ctx) =>
        e.source ? (toRecord(e.source) as SourceShape) : loadRecord<SourceShape>(ctx, e.sourceId),
    }),
  }),
});

/** The distinct sources behind a list of evidence ids (`<source>@<start>-<end>`). */
export function loadSources(ctx: Context, ids: readonly string[] = []) {
  return loadRecords<SourceShape>(ctx, [...new Set(ids.map((id) => id.slice(0, id.lastIndexOf('@'))))]);
}

/**
 * The relationship behind an edge or link object. Pothos types connection edges from the node
 * alone; every edge our resolvers build also carries the relationship's properties.
 */
export function relOf(edge: object): RelationshipProps {
  return (edge as { rel: RelationshipProps }).rel;
}

/** `evidence` and `sources` fields for an edge or link object that carries a relationship. */
export function supportFields<Parent extends object>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, Parent>) {
  return {
    evidence: t.field({
      type: [EvidenceRef],
      description: 'Passages that support this relationship.',
      resolve: (edge, _args, ctx) =>
        loadRecords<EvidenceShape>(ctx, relOf(edge).evidence ?? [], ctx.loaders.evidence),
    }),
    sources: t.field({
      type: [SourceRef],
      description: 'Articles the supporting passages come from.',
      extensions: reads('evidence'),
      resolve: (edge, _args, ctx) => loadSources(ctx, relOf(edge).evidence),
    }),
    ...provenanceFields(t, relOf),
  };
}
