import { type EntityLabel, type FuzzyDate, foldText, type RelationshipType } from '@diplograph/schema';
import { slug } from '../extract/propose.js';
import { dateProperties } from '../graph/dates.js';
import { evidenceId, regionAt } from '../graph/evidence.js';
import { GraphBuilder, type GraphData, type Properties } from '../graph/graph-data.js';
import { relationshipId } from '../graph/links.js';
import { searchFields } from '../graph/search-fields.js';
import type { Region } from '../text/region.js';
import type { ActorRef } from './context.js';
import { countryName } from './countries.js';
import {
  type CountryContext,
  countryContextOf,
  curatedEvent,
  curatedInstrument,
  curatedOrganization,
  curatedPerson,
  curatedPlace,
  type Known,
  knownOf,
} from './known.js';
import { organizationKind } from './organization-kind.js';
import type { Passage } from './people.js';
import type { ArticleReading } from './read-article.js';
import type { ReadItem, ReadItemAt, ReadItemsOfFacts } from './read-item.js';
import { samePersonName } from './similarity.js';

/** An article's reading, with what is needed to quote it: its Source id, text and regions. */
export interface SourceReading {
  sourceId: string;
  text: string;
  regions: Region[];
  reading: ArticleReading;
}

/**
 * Adds what machine reading found to the curated graph. Every machine-read node and relationship
 * is marked `origin: 'machine'` with a `confidence`, and rests on Evidence passages of its article.
 * A found entity that is a curated one (by name, alias or acronym, unless the text ties it to other
 * countries: the Morocco–Spain group is not the Morocco–France GMMP) links to it; a found meeting
 * that a curated event covers (same dates, and the same place or a participant in common) adds its
 * article as a source of that event. Curated facts are never changed otherwise, and the
 * machine-read facts whose ids the fact files reject are left out. Alongside the graph comes the
 * read items each machine-read fact was made from (rejected ones included), so that evaluation
 * can count a curator's decision about a fact against what was read.
 */
export function withMachineReading(
  curated: GraphData,
  readings: SourceReading[],
  rejected: ReadonlySet<string> = new Set(),
): { graph: GraphData; readItems: ReadItemsOfFacts } {
  const known = knownOf(curated);
  const graph = new GraphBuilder();
  for (const n of curated.nodes) graph.addNode(n);
  for (const r of curated.relationships) graph.addRelationship(r);
  const writer = new MachineWriter(graph, known);
  for (const source of readings) {
    if (!known.curatedSources.has(source.sourceId)) writer.add(source);
  }
  const built = graph.build();
  return { graph: withoutRejected(built, rejected), readItems: writer.readItemsOf(built) };
}

/** Leaves out the machine-read facts curators rejected, and the relationships of a rejected node. */
function withoutRejected(graph: GraphData, rejected: ReadonlySet<string>): GraphData {
  if (rejected.size === 0) return graph;
  const isRejected = (props: Properties, id: string) => props.origin === 'machine' && rejected.has(id);
  const gone = new Set(graph.nodes.filter((n) => isRejected(n.props, n.id)).map((n) => n.id));
  return {
    nodes: graph.nodes.filter((n) => !gone.has(n.id)),
    relationships: graph.relationships.filter(
      (r) => !gone.has(r.from) && !gone.has(r.to) && !isRejected(r.props, r.id),
    ),
  };
}

const MACHINE = { origin: 'machine' } as const;
const round = (n: number) => Math.round(Math.min(0.99, n) * 100) / 100;

class MachineWriter {
  /** Machine-read people and bodies met so far, across articles: one node each. */
  private readonly people: Array<{ id: string; name: string }> = [];
  private readonly bodies = new Map<string, string>();
  private readonly events: Array<{
    id: string;
    earliest: string;
    latest: string;
    place: string | null;
    participants: Set<string>;
  }> = [];
  /** The read items each fact id was made from, curated ids too until `readItemsOf` drops them. */
  private readonly items = new Map<string, ReadItemAt[]>();

  constructor(
    private readonly graph: GraphBuilder,
    private readonly known: Known,
  ) {}

  /** The read items of the machine-read facts of a graph this writer wrote. */
  readItemsOf(graph: GraphData): ReadItemsOfFacts {
    const machine = new Set(
      [...graph.nodes, ...graph.relationships].filter((r) => r.props.origin === 'machine').map((r) => r.id),
    );
    return new Map([...this.items].filter(([id]) => machine.has(id)));
  }

  private record(id: string, source: SourceReading, item: ReadItem): void {
    const items = this.items.get(id) ?? [];
    items.push({ sourceId: source.sourceId, item });
    this.items.set(id, items);
  }

  add(source: SourceReading): void {
    const { reading } = source;
    const quote = (p: Passage) => this.evidence(source, p);
    const actors = new Map<string, string>();
    const actorId = (a: ActorRef, evidence: string): string | undefined =>
      a.kind === 'country' ? this.country(a.id, evidence) : actors.get(`${a.kind}:${a.name}`);

    for (const [index, p] of reading.people.entries()) {
      const evidence = quote(p.evidence);
      const id = this.person(p.name, p.title, evidence, p.title ? 0.9 : 0.8);
      this.record(id, source, { list: 'people', index });
      actors.set(`person:${p.name}`, id);
      if (p.country) this.link('OF_COUNTRY', id, this.country(p.country, evidence), [evidence], 0.8);
    }
    for (const [index, o] of reading.organizations.entries()) {
      const context = countryContextOf(source.text, o.evidence, o.name);
      const id = this.organization(o.name, o.acronym, context, quote(o.evidence));
      this.record(id, source, { list: 'organizations', index });
      actors.set(`organization:${o.name}`, id);
    }
    const places = new Map<string, string>();
    for (const [index, p] of reading.places.entries()) {
      const id = this.place(p.name, quote(p.evidence));
      this.record(id, source, { list: 'places', index });
      places.set(p.name, id);
    }

    const meetings = reading.meetings.map((m, meeting) => {
      // The meeting rests on every sentence it is read from; its links on the first.
      const evidence = quote(m.evidence);
      const passages = m.passages.map(quote);
      const participants = m.participants.flatMap((p, index) => {
        const id = actorId(p.actor, evidence);
        return id ? [{ id, role: p.role, index }] : [];
      });
      const place =
        m.place === null
          ? null
          : 'name' in m.place
            ? (places.get(m.place.name) ?? null)
            : this.country(m.place.country, evidence);
      const curated = curatedEvent(
        this.known,
        m.date,
        place,
        participants.map((p) => p.id),
      );
      if (curated) {
        for (const p of passages) this.support(curated, p, 0.7);
        return curated;
      }
      const id = this.event(
        source,
        m.date,
        place,
        participants.map((p) => p.id),
        m.evidence,
      );
      const confidence = 0.5 + (m.date ? 0.15 : 0) + (place ? 0.15 : 0) + (participants.length > 1 ? 0.1 : 0);
      this.node(
        'Event',
        id,
        {
          name: m.name,
          kind: m.kind,
          status: m.status,
          number: null,
          ...dateProperties('date', m.date),
        },
        passages,
        confidence,
      );
      this.record(id, source, { list: 'meetings', index: meeting });
      const placed = place ? this.link('TOOK_PLACE_IN', id, place, [evidence], confidence) : undefined;
      if (placed) this.record(placed, source, { list: 'meetingPlace', meeting });
      for (const p of participants) {
        const link = this.link(
          'PARTICIPATED_IN',
          p.id,
          id,
          [evidence],
          confidence,
          { role: p.role, onBehalfOf: null },
          p.role,
        );
        if (link) this.record(link, source, { list: 'participants', meeting, index: p.index });
      }
      const convener = m.convenedBy ? actors.get(`organization:${m.convenedBy}`) : undefined;
      if (convener) this.link('CONVENED_BY', id, convener, [evidence], confidence);
      return id;
    });

    const documents = reading.documents.map((d, index) => {
      const evidence = quote(d.evidence);
      const curated = curatedInstrument(
        this.known,
        d.name,
        d.parties.flatMap((p) => (p.kind === 'country' ? [p.id] : [])),
      );
      if (curated) {
        this.support(curated, evidence, 0.6);
        return curated;
      }
      const id = `instrument-${slug(d.name)}-${source.sourceId}`;
      const confidence = 0.55 + (d.signed ? 0.2 : 0) + (d.parties.length > 0 ? 0.1 : 0);
      this.node(
        'Instrument',
        id,
        {
          name: d.name,
          aliases: [],
          kind: d.kind,
          status: d.signed ? 'signed' : 'announced',
          ...dateProperties('date', d.date),
        },
        [evidence],
        confidence,
      );
      this.record(id, source, { list: 'documents', index });
      for (const p of d.parties) {
        const party = actorId(p, evidence);
        if (party)
          this.link('PARTY_TO', party, id, [evidence], confidence, {
            role: d.signed ? 'signatory' : 'proponent',
          });
      }
      const at = d.adoptedAt === null ? undefined : meetings[d.adoptedAt];
      if (at) this.link('ADOPTED_AT', id, at, [evidence], confidence);
      return id;
    });

    for (const [index, c] of reading.commitments.entries()) {
      const evidence = quote(c.evidence);
      const id = `commitment-${source.sourceId}-${c.evidence.start}`;
      const meeting = c.madeAt === null ? undefined : meetings[c.madeAt];
      const makers = [...new Set(c.makers.flatMap((m) => actorId(m, evidence) ?? []))];
      const confidence = 0.55 + (makers.length > 0 ? 0.15 : 0) + (meeting ? 0.1 : 0);
      this.node(
        'Commitment',
        id,
        { name: c.text, kind: c.kind, status: c.kind === 'decision' ? 'agreed' : 'announced' },
        [evidence],
        confidence,
      );
      this.record(id, source, { list: 'commitments', index });
      for (const m of makers) this.link('MADE_BY', id, m, [evidence], confidence);
      if (meeting) this.link('MADE_AT', id, meeting, [evidence], confidence);
      const document = c.derivesFrom === null ? undefined : documents[c.derivesFrom];
      if (document) this.link('DERIVES_FROM', id, document, [evidence], confidence, { how: 'implements' });
    }
  }

  /** The Evidence node of a passage of the article, created when new. */
  private evidence(source: SourceReading, p: Passage): string {
    const id = evidenceId(source.sourceId, p.start, p.end);
    if (!this.graph.hasNode(id)) {
      const quote = source.text.slice(p.start, p.end);
      const section = regionAt(source.regions, p.start)?.kind ?? 'body';
      this.graph.addNode({
        label: 'Evidence',
        id,
        props: {
          id,
          sourceId: source.sourceId,
          quote,
          start: p.start,
          end: p.end,
          section,
          ...MACHINE,
          ...searchFields({ quote }),
        },
      });
      const rel = `QUOTED_FROM:${id}->${source.sourceId}`;
      this.graph.addRelationship({
        type: 'QUOTED_FROM',
        id: rel,
        from: id,
        to: source.sourceId,
        props: { id: rel },
      });
    }
    return id;
  }

  private node(
    label: EntityLabel,
    id: string,
    props: Properties,
    evidence: string[],
    confidence: number,
  ): void {
    if (!this.graph.hasNode(id)) {
      this.graph.addNode({
        label,
        id,
        props: {
          id,
          description: null,
          ...props,
          ...MACHINE,
          confidence: round(confidence),
          ...searchFields(props),
        },
      });
    }
    for (const e of evidence) this.support(id, e, confidence);
  }

  private support(id: string, evidence: string, confidence: number): void {
    const rel = `SUPPORTED_BY:${id}->${evidence}`;
    this.graph.addRelationship({
      type: 'SUPPORTED_BY',
      id: rel,
      from: id,
      to: evidence,
      props: { id: rel, ...MACHINE, confidence: round(confidence) },
    });
  }

  private link(
    type: RelationshipType,
    from: string,
    to: string,
    evidence: string[],
    confidence: number,
    props: Properties = {},
    qualifier?: string,
  ): string | undefined {
    if (from === to) return undefined;
    const id = relationshipId(type, from, to, qualifier);
    this.graph.addRelationship({
      type,
      id,
      from,
      to,
      props: { ...props, id, evidence, ...MACHINE, confidence: round(confidence) },
    });
    return id;
  }

  private person(name: string, title: string | null, evidence: string, confidence: number): string {
    const curated = curatedPerson(this.known, name);
    if (curated) {
      this.support(curated, evidence, confidence);
      return curated;
    }
    const seen = this.people.find((p) => samePersonName(p.name, name));
    const id = seen?.id ?? `person-${slug(name)}`;
    if (!seen) this.people.push({ id, name });
    this.node('Person', id, { name, aliases: [], title }, [evidence], confidence);
    return id;
  }

  private organization(
    name: string,
    acronym: string | null,
    context: CountryContext,
    evidence: string,
  ): string {
    const curated = curatedOrganization(this.known, name, acronym, context);
    if (curated) {
      this.support(curated, evidence, 0.7);
      return curated;
    }
    const key = foldText(acronym ?? name);
    const id = this.bodies.get(key) ?? `organization-${slug(name)}`;
    this.bodies.set(key, id);
    this.node(
      'Organization',
      id,
      { name, aliases: [], acronym, kind: organizationKind(name), founded: null },
      [evidence],
      0.7,
    );
    return id;
  }

  private place(name: string, evidence: string): string {
    const curated = curatedPlace(this.known, name);
    if (curated) {
      this.support(curated, evidence, 0.8);
      return curated;
    }
    const id = `place-${slug(name)}`;
    this.node('Place', id, { name, aliases: [], kind: 'city' }, [evidence], 0.75);
    return id;
  }

  /**
   * Countries keep the curated ids; the others become machine-read Country nodes of the same ids,
   * supported by the passages that name them.
   */
  private country(id: string, evidence: string): string {
    if (!this.known.countries.has(id))
      this.node('Country', id, { name: countryName(id), aliases: [] }, [evidence], 0.95);
    return id;
  }

  /**
   * One node per meeting across articles: a dated meeting at the same place with a participant
   * in common is the one already met; an undated one is its article's own.
   */
  private event(
    source: SourceReading,
    date: FuzzyDate | null,
    place: string | null,
    participants: string[],
    evidence: Passage,
  ): string {
    if (!date) return `event-${source.sourceId}-${evidence.start}`;
    const same = this.events.find(
      (e) =>
        e.earliest <= date.latest &&
        date.earliest <= e.latest &&
        e.place === place &&
        participants.some((p) => e.participants.has(p)),
    );
    if (same) return same.id;
    const id = `event-${date.text.replace('/', '-')}-${slug(place ?? 'unplaced')}-${slug(participants[0] ?? source.sourceId)}`;
    this.events.push({
      id,
      earliest: date.earliest,
      latest: date.latest,
      place,
      participants: new Set(participants),
    });
    return id;
  }
}
