import { foldText } from '@diplograph/schema';
import type { GraphData } from '../graph/graph-data.js';
import { countriesIn } from './countries.js';

/** A curated entity as resolution compares it: its id and every name it goes by, folded. */
export interface KnownEntity {
  id: string;
  names: string[];
  /** Countries its names or its OF_COUNTRY links tie it to: a qualifier elsewhere is another body. */
  countries: Set<string>;
}

export interface KnownEvent {
  id: string;
  earliest: string | null;
  latest: string | null;
  places: Set<string>;
  participants: Set<string>;
}

/** What the curated graph knows, indexed for resolving what machine reading finds. */
export interface Known {
  people: KnownEntity[];
  organizations: KnownEntity[];
  places: KnownEntity[];
  countries: Set<string>;
  instruments: KnownEntity[];
  events: KnownEvent[];
  /** Sources that curators described: their facts are the curated ones, not read again by machine. */
  curatedSources: Set<string>;
}

const text = (v: unknown) =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
const isoOf = (v: unknown) => (v && typeof v === 'object' && 'toString' in v ? String(v) : null);

export function knownOf(graph: GraphData): Known {
  const byLabel = (label: string): KnownEntity[] =>
    graph.nodes
      .filter((n) => n.label === label)
      .map((n) => {
        const names = [...text(n.props.name), ...text(n.props.aliases), ...text(n.props.acronym)];
        return { id: n.id, names: names.map(foldText), countries: new Set(names.flatMap(countriesIn)) };
      });
  const organizations = byLabel('Organization');
  for (const r of graph.relationships) {
    if (r.type !== 'OF_COUNTRY') continue;
    organizations.find((o) => o.id === r.from)?.countries.add(r.to);
  }
  const events = graph.nodes
    .filter((n) => n.label === 'Event')
    .map((n) => ({
      id: n.id,
      earliest: isoOf(n.props.dateEarliest),
      latest: isoOf(n.props.dateLatest),
      places: new Set<string>(),
      participants: new Set<string>(),
    }));
  const eventById = new Map(events.map((e) => [e.id, e]));
  for (const r of graph.relationships) {
    if (r.type === 'TOOK_PLACE_IN') eventById.get(r.from)?.places.add(r.to);
    if (r.type === 'PARTICIPATED_IN') eventById.get(r.to)?.participants.add(r.from);
  }
  return {
    people: byLabel('Person'),
    organizations,
    places: byLabel('Place'),
    countries: new Set(graph.nodes.filter((n) => n.label === 'Country').map((n) => n.id)),
    instruments: byLabel('Instrument'),
    events,
    curatedSources: new Set(
      graph.nodes.filter((n) => n.label === 'Evidence').map((n) => String(n.props.sourceId)),
    ),
  };
}
