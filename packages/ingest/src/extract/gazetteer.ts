import { type EntityLabel, foldKeepingOffsets, foldText } from '@diplograph/schema';
import type { GraphData, NodeRow } from '../graph/graph-data.js';
import { tokenize } from './tokens.js';

/** Labels whose mentions are linked: the actors, the places and the instruments. */
export const LINKED_LABELS: ReadonlySet<EntityLabel> = new Set([
  'Person',
  'Organization',
  'Country',
  'Place',
  'Instrument',
]);

/** Written before a surname or a full name: "M. Zerouali", "Mme Sitaïl". */
const HONORIFICS = ['M.', 'Mme', 'Mlle', 'Dr', 'Pr'];

/** One way of writing a name, as folded words, and the entities that go by it. */
export interface NameForm {
  words: string[];
  entityIds: string[];
  /** A single word is a name only when written with a capital: "Royaume", not "royaume". */
  needsCapital: boolean;
}

/** What the curated graph already knows, indexed for finding it in text. */
export interface Gazetteer {
  /** Forms of the linked entities' names by their first word, longest first. */
  formsByFirstWord: Map<string, NameForm[]>;
  /** Every name, alias, acronym and title of the graph, folded: what needs no proposal. */
  knownNames: Set<string>;
  /** Dates of the curated events, to tell a known meeting from a new one. */
  eventDates: Set<string>;
  /** Ids of the places and countries: where a meeting can be held. */
  placeIds: Set<string>;
}

export const EMPTY_GRAPH: GraphData = { nodes: [], relationships: [] };

/**
 * Indexes the names, aliases and acronyms of the graph's actors, places and instruments; for people
 * also their surname, their name after an honorific, and their name after each title they held
 * ("Ministre de l’Intérieur, Abdelouafi Laftit").
 */
export function buildGazetteer(graph: GraphData): Gazetteer {
  const forms = new Map<string, { words: string[]; entityIds: Set<string> }>();
  const add = (name: string, entityId: string) => {
    const words = tokenize(foldKeepingOffsets(name)).map((token) => token.text);
    const key = words.join(' ');
    if (!key) return;
    const form = forms.get(key) ?? { words, entityIds: new Set<string>() };
    form.entityIds.add(entityId);
    forms.set(key, form);
  };

  const knownNames = new Set<string>();
  const eventDates = new Set<string>();
  const placeIds = new Set<string>();
  for (const node of graph.nodes) {
    if (node.label === 'Place' || node.label === 'Country') placeIds.add(node.id);
    if (node.label === 'Source' || node.label === 'Evidence') continue;
    for (const name of namesOf(node)) knownNames.add(foldText(name));
    if (node.label === 'Event' && typeof node.props.date === 'string') eventDates.add(node.props.date);
    if (!LINKED_LABELS.has(node.label)) continue;
    const isPerson = node.label === 'Person';
    for (const name of isPerson ? personNames(node) : namesOf(node)) {
      add(name, node.id);
      if (isPerson) for (const honorific of HONORIFICS) add(`${honorific} ${name}`, node.id);
    }
  }

  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  for (const held of graph.relationships) {
    const person = nodes.get(held.from);
    const post = nodes.get(held.to);
    if (held.type !== 'HELD' || !person || !post) continue;
    const titles = [held.props.title, ...namesOf(post)].filter((t): t is string => typeof t === 'string');
    for (const title of titles) {
      for (const name of personNames(person)) {
        add(`${title} ${name}`, person.id);
        add(`${title}, ${name}`, person.id);
      }
    }
  }

  const formsByFirstWord = new Map<string, NameForm[]>();
  for (const { words, entityIds } of forms.values()) {
    const form = {
      words,
      entityIds: [...entityIds].sort(),
      needsCapital: words.length === 1 && /\p{L}/u.test(words[0] ?? ''),
    };
    const first = words[0] as string;
    formsByFirstWord.set(first, [...(formsByFirstWord.get(first) ?? []), form]);
  }
  for (const list of formsByFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { formsByFirstWord, knownNames, eventDates, placeIds };
}

function namesOf(node: NodeRow): string[] {
  const { name, aliases, acronym } = node.props;
  return [name, ...(Array.isArray(aliases) ? aliases : []), acronym].filter(
    (n): n is string => typeof n === 'string' && n.trim() !== '',
  );
}

/** A person's name, aliases and surname: the words after the first name, unless a regnal number. */
function personNames(person: NodeRow): string[] {
  const names = namesOf(person);
  const [, ...rest] = String(person.props.name).split(/\s+/);
  const surname = rest.join(' ');
  if (surname && !/^[IVXLC]+$/.test(surname)) names.push(surname);
  return [...new Set(names)];
}
