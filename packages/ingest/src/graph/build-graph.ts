import {
  ENTITY_SECTION_NAMES,
  ENTITY_SECTIONS,
  type EntityLabel,
  type EntitySectionName,
  type FactSection,
  type RelationshipType,
} from '@diplograph/schema';
import type { Article } from '../corpus/read-corpus.js';
import type { FactDocument } from '../facts/read-facts.js';
import type { Problem } from '../problems.js';
import { buildActorsAndPlaces } from './actors.js';
import { buildCommitments } from './commitments.js';
import { BuildContext } from './context.js';
import { buildEntitySections } from './entity-sections.js';
import { buildEvents } from './events.js';
import type { GraphData } from './graph-data.js';
import { buildHoldings } from './holdings.js';
import { buildInstruments } from './instruments.js';
import { buildPosts, type Holding } from './posts.js';
import { buildSources } from './sources.js';

/** The label of each section with a builder of its own; the others' labels are in ENTITY_SECTIONS. */
const SECTION_LABELS: Record<
  Exclude<FactSection, 'sources' | 'rejected' | 'decisions' | EntitySectionName>,
  EntityLabel
> = {
  countries: 'Country',
  organizations: 'Organization',
  people: 'Person',
  places: 'Place',
  themes: 'Theme',
  posts: 'Post',
  events: 'Event',
  instruments: 'Instrument',
  commitments: 'Commitment',
};

/** Relationship types that must not loop back on themselves. */
const ACYCLIC: RelationshipType[] = ['DERIVES_FROM', 'CONTINUES', 'PART_OF', 'LOCATED_IN'];

/**
 * Compiles the curated fact files and the corpus into the rows of the graph, checking everything
 * on the way: ids, references, kinds at both ends of each link, quotes, dates, cycles.
 */
export function buildGraph(
  documents: FactDocument[],
  articles: Article[],
): { graph: GraphData; problems: Problem[] } {
  const ctx = new BuildContext();
  buildSources(ctx, articles, documents);
  for (const doc of documents) defineIds(ctx, doc);

  const holdings: Holding[] = [];
  for (const doc of documents) {
    buildActorsAndPlaces(ctx, doc);
    holdings.push(...buildPosts(ctx, doc));
    buildEvents(ctx, doc);
    buildInstruments(ctx, doc);
    buildCommitments(ctx, doc);
    buildEntitySections(ctx, doc);
  }
  buildHoldings(ctx, holdings);

  const graph = ctx.graph.build();
  for (const type of ACYCLIC) reportCycles(ctx, graph, type);
  return { graph, problems: ctx.problems };
}

/** Ids are registered before any link is made, so that files may refer to each other in any order. */
function defineIds(ctx: BuildContext, doc: FactDocument): void {
  for (const [section, label] of Object.entries(SECTION_LABELS) as [
    keyof typeof SECTION_LABELS,
    EntityLabel,
  ][])
    defineSection(ctx, doc, section, label, doc.data[section]);
  for (const section of ENTITY_SECTION_NAMES)
    defineSection(ctx, doc, section, ENTITY_SECTIONS[section].label, doc.data[section]);
  doc.data.instruments.forEach((instrument, index) => {
    instrument.axes.forEach((axis, i) => {
      ctx.define(axis.id, 'Axis', { doc, path: ['instruments', index, 'axes', i] });
    });
  });
}

function defineSection(
  ctx: BuildContext,
  doc: FactDocument,
  section: FactSection,
  label: EntityLabel,
  entries: readonly { id: string }[],
): void {
  entries.forEach((entity, index) => {
    ctx.define(entity.id, label, { doc, path: [section, index] });
  });
}

function reportCycles(ctx: BuildContext, graph: GraphData, type: RelationshipType): void {
  const next = new Map<string, string[]>();
  for (const r of graph.relationships)
    if (r.type === type) next.set(r.from, [...(next.get(r.from) ?? []), r.to]);
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, path: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'open') {
      const cycle = [...path.slice(path.indexOf(id)), id];
      const location = ctx.entities.get(id)?.location;
      const message = `${type} makes a cycle: ${cycle.join(' → ')}`;
      if (location) ctx.report(location, message);
      else ctx.problems.push({ file: 'facts', message });
      return;
    }
    state.set(id, 'open');
    for (const to of next.get(id) ?? []) visit(to, [...path, id]);
    state.set(id, 'done');
  };
  for (const id of next.keys()) visit(id, []);
}
