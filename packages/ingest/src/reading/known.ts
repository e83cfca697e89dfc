import { type FuzzyDate, foldText, type RelationshipType } from '@diplograph/schema';
import type { GraphData } from '../graph/graph-data.js';
import { sentenceAt } from '../text/sentences.js';
import { COUNTRIES, countriesIn } from './countries.js';
import type { Passage } from './people.js';
import { samePersonName } from './similarity.js';

/** A curated entity as resolution compares it: its id and every name it goes by, folded. */
export interface KnownEntity {
  id: string;
  names: string[];
  /**
   * Countries its names or its relationships tie it to (a person's through the posts they held
   * too): a qualifier elsewhere is another body.
   */
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
  const people = byLabel('Person');
  const ofCountry = linksOf(graph, 'OF_COUNTRY');
  const countriesOfPerson = peopleCountries(graph, ofCountry);
  for (const o of organizations) for (const c of ofCountry.get(o.id) ?? []) o.countries.add(c);
  for (const p of people) for (const c of countriesOfPerson(p.id)) p.countries.add(c);
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
    people,
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

/** Where each node's relationships of one type lead, by the node's id. */
type Links = Map<string, string[]>;

function linksOf(graph: GraphData, type: RelationshipType): Links {
  const links: Links = new Map();
  for (const r of graph.relationships) {
    if (r.type !== type) continue;
    const to = links.get(r.from);
    if (to) to.push(r.to);
    else links.set(r.from, [r.to]);
  }
  return links;
}

/**
 * The countries the graph ties people to: their own OF_COUNTRY, else that of the posts they
 * held, else that of the bodies of those posts (a post in a Morocco–France group is neither
 * country's; its holder's own country still is one).
 */
function peopleCountries(graph: GraphData, ofCountry: Links): (person: string) => string[] {
  const held = linksOf(graph, 'HELD');
  const postIn = linksOf(graph, 'POST_IN');
  const through = (ids: string[], links: Links) => ids.flatMap((id) => links.get(id) ?? []);
  return (person) => {
    const posts = held.get(person) ?? [];
    const layers = [
      ofCountry.get(person) ?? [],
      through(posts, ofCountry),
      through(through(posts, postIn), ofCountry),
    ];
    return layers.find((l) => l.length > 0) ?? [];
  };
}

/**
 * The one country the curated graph ties each person of the found names to, by name, for those
 * it ties to one: what an article need not say ("Abdelouafi Laftit a reçu son homologue").
 */
export function knownCountriesOf(known: Known, names: string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const name of names) {
    const [only, ...more] = personNamed(known, name)?.countries ?? [];
    if (only && more.length === 0) found.set(name, only);
  }
  return found;
}

/** The curated person a found name is, by name or alias, spelling variants and initials included. */
export function curatedPerson(known: Known, name: string): string | undefined {
  return personNamed(known, name)?.id;
}

const personNamed = (known: Known, name: string) =>
  known.people.find((p) => p.names.some((n) => samePersonName(n, name)));

/**
 * The curated body a found name or acronym is, unless the text ties it to other countries: "le
 * GMMP maroco-italien" is not the Morocco–France GMMP. The context's `qualifiers` are the countries
 * its name and sentence name; `articleCountries` those the whole article names, which must include the body's partner
 * countries (a Morocco–France group is not the one an article about Italy speaks of). Morocco is
 * every article's host country, so naming it decides nothing.
 */
export function curatedOrganization(
  known: Known,
  name: string,
  acronym: string | null,
  { qualifiers, articleCountries }: CountryContext,
): string | undefined {
  const names = [name, acronym].flatMap((n) => (n ? [foldText(n)] : []));
  const isHost = (c: string) => c === 'morocco';
  const named = known.organizations.find(
    (o) =>
      o.names.some((n) => names.includes(n)) &&
      qualifiers.every((c) => isHost(c) || o.countries.has(c)) &&
      [...o.countries].every((c) => isHost(c) || articleCountries.includes(c)),
  )?.id;
  if (named) return named;
  // "le ministère de l'Intérieur": the country's own, of the country named beside it, else the host's.
  const country = qualifiers[0] ?? 'morocco';
  const folded = foldText(name);
  return known.organizations.find(
    (o) =>
      o.countries.size === 1 &&
      o.countries.has(country) &&
      o.names.some((n) => withoutCountry(n, country) === folded),
  )?.id;
}

/** Words that join a country to a body's name: "Ministère de l'Intérieur du Maroc". */
const COUNTRY_LINK = /\s+(du|de la|de l'|de|des|of|of the|del|de los)$/;

/** A curated body's name without the country that ends it: "ministere de l'interieur du maroc" → "ministere de l'interieur". */
function withoutCountry(name: string, country: string): string | undefined {
  for (const form of (COUNTRIES.find((c) => c.id === country)?.names ?? []).map(foldText)) {
    const rest = name.endsWith(form) ? name.slice(0, -form.length).trimEnd() : '';
    if (COUNTRY_LINK.test(rest)) return rest.replace(COUNTRY_LINK, '');
  }
  return undefined;
}

export function curatedPlace(known: Known, name: string): string | undefined {
  return known.places.find((p) => p.names.includes(foldText(name)))?.id;
}

/** The curated event a found meeting is: overlapping dates, and the same place or a participant in common. */
export function curatedEvent(
  known: Known,
  date: FuzzyDate | null,
  place: string | null,
  participants: string[],
): string | undefined {
  if (!date) return undefined;
  return known.events.find(
    (e) =>
      e.earliest !== null &&
      e.latest !== null &&
      e.earliest <= date.latest &&
      date.earliest <= e.latest &&
      ((place !== null && e.places.has(place)) || participants.some((p) => e.participants.has(p))),
  )?.id;
}

/** The curated instrument a found document is: its whole name, and no party from another country. */
export function curatedInstrument(known: Known, name: string, countries: string[]): string | undefined {
  const folded = foldText(name);
  return known.instruments.find((i) => i.names.includes(folded) && countries.every((c) => i.countries.has(c)))
    ?.id;
}

/** The countries that tie a body named in an article to one country or another. */
export interface CountryContext {
  /** Named by the body's name and the words around it, within its sentence. */
  qualifiers: string[];
  /** Named anywhere in the article. */
  articleCountries: string[];
}

/**
 * How far around a body's name a country qualifies it: "le GMMP maroco-espagnol", "the
 * Morocco-Italy mixed group", "(GMMP) hispano-marroquí". Farther, a country qualifies someone or
 * something else of the sentence ("… sous la présidence du ministre tunisien").
 */
const QUALIFIER_REACH = 40;

export function countryContextOf(text: string, passage: Passage, name: string): CountryContext {
  const sentence = sentenceAt(text, passage.start);
  const around = sentence
    ? text.slice(
        Math.max(sentence.start, passage.start - QUALIFIER_REACH),
        Math.min(sentence.end, passage.end + QUALIFIER_REACH),
      )
    : '';
  return { qualifiers: countriesIn(`${name} ${around}`), articleCountries: countriesIn(text) };
}
