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

/** A passage of a fact under review, with the whole text of its article to show it in. */
export interface ReviewPassage {
  start: number;
  end: number;
  quote: string;
  source: { id: string; title: string; text: string; published: { text: string } | null };
}

/** A machine-read fact waiting for a curator (the API's ReviewQueueItem). */
export interface ReviewItem {
  fact: string;
  /** A node type (Event) or, for a relationship, its type (PARTICIPATED_IN). */
  type: string;
  label: string;
  confidence: number | null;
  /** How many relationships answers reach the fact through. */
  dependents: number;
  /** A relationship's ends, and their names; null for a node. */
  source: string | null;
  target: string | null;
  sourceName: string | null;
  targetName: string | null;
  /** Its last decision, which the next one names as the version it saw. */
  decision: string | null;
  evidence: ReviewPassage[];
}

/** An entity a fact may be a duplicate of. */
export interface MergeCandidate {
  id: string;
  name: string;
  origin: string;
}

/** A field a correction changes, as the API names it. */
export type CorrectableField = 'DATE' | 'ROLE' | 'MADE_AT';

/** What a curator decides, with why and the fact's version they saw. */
export type DecisionInput = { fact: string; reason: string; expected: string | null } & (
  | { kind: 'accept' | 'reject' }
  | { kind: 'correct'; field: CorrectableField; value: string }
  | { kind: 'merge'; into: string }
);

/** A decision as the API recorded it. */
export interface Decision {
  id: string;
  kind: string;
  fact: string;
  before: string | null;
  after: string | null;
}
