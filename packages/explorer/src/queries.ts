import { graphql } from './api.js';
import { NODE_TYPES } from './node-types.js';
import { LISTED, relatedSections, relatedSelection } from './related-lists.js';
import {
  type ArticleHit,
  DATED_TYPES,
  type Evidence,
  type GraphPaths,
  type GraphView,
  type Lineage,
  type LineageEntry,
  type NeighbourCount,
  type NodeDetails,
  type SearchHit,
} from './types.js';

/** Neighbours taken from one node per expansion: hubs are sampled, not exhausted. */
export const PER_NODE = 25;

const VIEW = 'nodes { id type label degree properties } edges { id type source target properties } truncated';
const DATE = 'date { text precision earliest latest }';
const EVIDENCE = 'evidence { quote source { title url published { text } } }';

/**
 * Every type the page draws is searched: passages and articles are not drawn, and are reached
 * through the facts they support.
 */
const SEARCH_TYPES = Object.keys(NODE_TYPES);

/** Articles a search lists after the nodes: their text matches every word. */
const ARTICLE_HITS = 5;

/** Nodes by name, alias, acronym or title, then articles by their whole text (dates, phrases), in one request. */
export async function search(text: string): Promise<{ nodes: SearchHit[]; articles: ArticleHit[] }> {
  const data = await graphql<{ search: SearchHit[]; articleSearch: ArticleHit[] }>(
    `query Search($text: String!, $types: [NodeType!], $articles: Int!) {
      search(query: $text, types: $types, first: 10) {
        type
        node { id ... on Entity { name } ${DATED_TYPES.map((type) => `... on ${type} { date { text } }`).join(' ')} }
      }
      articleSearch(query: $text, first: $articles) { excerpt source { id title published { text } } }
    }`,
    { text, types: SEARCH_TYPES, articles: ARTICLE_HITS },
  );
  return { nodes: data.search, articles: data.articleSearch };
}

/** The ids of the facts an article holds (Source.facts), up to a view's worth. */
export async function articleFacts(source: string): Promise<string[]> {
  const data = await graphql<{ node: { facts: { id: string }[] } | null }>(
    `query ArticleFacts($id: ID!) { node(id: $id) { ... on Source { facts(first: 200) { id } } } }`,
    { id: source },
  );
  return data.node?.facts.map((fact) => fact.id) ?? [];
}

/**
 * A page of a node's neighbours: PER_NODE of them after the first `skip`, in id order; with
 * `types`, only through those relationship types.
 */
export async function neighbourhood(
  id: string,
  page: { skip: number; types?: string[] } = { skip: 0 },
): Promise<GraphView | null> {
  const data = await graphql<{ neighbourhood: GraphView | null }>(
    `query Neighbourhood($id: ID!, $perNode: Int!, $limit: Int!, $skip: Int!, $types: [RelationshipType!]) {
      neighbourhood(id: $id, depth: 1, perNode: $perNode, limit: $limit, skip: $skip, types: $types) { ${VIEW} }
    }`,
    { id, perNode: PER_NODE, limit: PER_NODE + 1, skip: page.skip, types: page.types ?? null },
  );
  return data.neighbourhood;
}

/** A node's neighbours counted by relationship type and node type, most first. */
export async function neighbourCounts(id: string): Promise<NeighbourCount[]> {
  const data = await graphql<{ neighbourCounts: NeighbourCount[] | null }>(
    `query NeighbourCounts($id: ID!) { neighbourCounts(id: $id) { relationship nodeType count } }`,
    { id },
  );
  return data.neighbourCounts ?? [];
}

/** The given nodes and the relationships among them. */
export async function subgraph(ids: string[]): Promise<GraphView> {
  const data = await graphql<{ subgraph: GraphView }>(
    `query Subgraph($ids: [ID!]!) { subgraph(ids: $ids) { ${VIEW} } }`,
    { ids },
  );
  return data.subgraph;
}

export async function shortestPath(from: string, to: string): Promise<GraphPaths> {
  const data = await graphql<{ shortestPaths: GraphPaths }>(
    `query Path($from: ID!, $to: ID!) {
      shortestPaths(from: $from, to: $to) { paths { nodeIds } view { ${VIEW} } }
    }`,
    { from, to },
  );
  return data.shortestPaths;
}

/** A node's answer as the API gives it: the fixed parts, and its type's lists under their field names. */
type DetailsAnswer = Omit<NodeDetails, 'related'> & Record<string, unknown>;

const HOLDING = 'title knownFrom knownTo';

/** What the side panel asks of a node: its own parts, then every list its type has. */
export const DETAILS_QUERY = `query Details($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Entity {
      name description ${EVIDENCE}
      mentionedIn(first: ${LISTED}) { totalCount edges { mentions node { id title url published { text } } } }
    }
    ${DATED_TYPES.map((type) => `... on ${type} { ${DATE} }`).join('\n    ')}
    ... on Person { posts { ${HOLDING} post { id name } } }
    ... on Post { holders { ${HOLDING} person { id name } } }
    ${relatedSelection(EVIDENCE, DATE)}
  }
}`;

export async function details(id: string): Promise<NodeDetails | null> {
  const { node } = await graphql<{ node: DetailsAnswer | null }>(DETAILS_QUERY, { id });
  return node && { ...node, related: relatedSections(node.__typename, node) };
}

/** What a commitment traces back to and what traces back to it; for an instrument, what derives from it. */
export async function lineage(id: string): Promise<Lineage> {
  const entry = `depth node { id name ... on Commitment { ${DATE} } ... on Instrument { ${DATE} } }
    path { how to { id name } ${EVIDENCE} }`;
  const kinds = 'kinds: [INSTRUMENT, COMMITMENT], first: 20';
  const data = await graphql<{
    node: { ancestry?: { nodes: LineageEntry[] }; lineage?: { nodes: LineageEntry[] } } | null;
  }>(
    `query Lineage($id: ID!) {
      node(id: $id) {
        ... on Commitment { ancestry(${kinds}) { nodes { ${entry} } } lineage(${kinds}) { nodes { ${entry} } } }
        ... on Instrument { lineage(${kinds}) { nodes { ${entry} } } }
      }
    }`,
    { id },
  );
  return { ancestry: data.node?.ancestry?.nodes ?? [], descendants: data.node?.lineage?.nodes ?? [] };
}

/** The passages behind a relationship, from the evidence ids among its properties. */
export async function passages(ids: string[]): Promise<Evidence[]> {
  if (ids.length === 0) return [];
  const data = await graphql<{ nodes: (Evidence | null)[] }>(
    `query Passages($ids: [ID!]!) { nodes(ids: $ids) { ... on Evidence { quote source { title url published { text } } } } }`,
    { ids },
  );
  return data.nodes.filter((n): n is Evidence => n !== null);
}
