/** The shapes the public GraphQL API returns that the explorer works with. */

/** A date as precise as the sources give it; `earliest` and `latest` are the days it covers. */
export interface FuzzyDate {
  text: string;
  precision: string;
  earliest: string;
  latest: string;
}

export interface GraphNode {
  id: string;
  type: string;
  label: string;
  /** Relationships the node has in the whole graph, not only in the view. */
  degree: number;
  properties: Record<string, unknown>;
}

export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export interface GraphView {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

/** How many neighbours a node has through one relationship type, of one node type. */
export interface NeighbourCount {
  relationship: string;
  nodeType: string;
  count: number;
}

export interface NodeRef {
  id: string;
  name: string;
}

export interface Evidence {
  quote: string;
  source: { title: string; url: string | null; published: { text: string } | null };
}

export interface SearchHit {
  type: string;
  node: { id: string; name?: string };
}

/** What the side panel shows of a node beyond its graph properties; each type fills its own part. */
export interface NodeDetails {
  __typename: string;
  id: string;
  name: string;
  description: string | null;
  evidence: Evidence[];
  posts?: { title: string; knownFrom: string; knownTo: string; post: NodeRef }[];
  events?: {
    totalCount: number;
    edges: { role: string; node: NodeRef & { date: FuzzyDate | null }; evidence: Evidence[] }[];
  };
  date?: FuzzyDate | null;
  participants?: { edges: { role: string; node: NodeRef }[] };
  commitments?: { nodes: NodeRef[] };
  madeBy?: { nodes: NodeRef[] };
  madeAt?: { node: NodeRef } | null;
  derivesFrom?: { edges: { how: string; node: NodeRef }[] };
  derived?: { edges: { how: string; node: NodeRef }[] };
  parties?: { edges: { role: string; node: NodeRef }[] };
}

/** One link of a lineage path: what a node derives from, how, and the passages that say so. */
export interface LineageStep {
  how: string;
  to: NodeRef;
  evidence: Evidence[];
}

export interface LineageEntry {
  depth: number;
  node: NodeRef & { date?: FuzzyDate | null };
  path: LineageStep[];
}

export interface Lineage {
  /** What the node traces back to (commitments only). */
  ancestry: LineageEntry[];
  /** What traces back to the node. */
  descendants: LineageEntry[];
}

export interface GraphPaths {
  paths: { nodeIds: string[] }[];
  view: GraphView;
}
