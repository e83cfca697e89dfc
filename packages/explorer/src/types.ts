/** The shapes the public GraphQL API returns that the explorer works with. */

/** The types whose nodes carry a date: a hit or a neighbour of these types shows it. */
export const DATED_TYPES = ['Event', 'Commitment', 'Instrument'] as const;
export type DatedType = (typeof DATED_TYPES)[number];

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
  /** A meeting's, a commitment's or a document's date tells apart hits of one name. */
  node: { id: string; name?: string; date?: Pick<FuzzyDate, 'text'> | null };
}

/** An article whose text matches the search: picking it brings the facts it holds into view. */
export interface ArticleHit {
  source: { id: string; title: string; published: Pick<FuzzyDate, 'text'> | null };
  /** The words around the first one searched for, as the article has them. */
  excerpt: string | null;
}

/** A list of related nodes a type's panel shows (related-lists.ts names them all). */
export interface RelatedList {
  /** The API type (or interface) whose field it is. */
  on: string;
  field: string;
  title: string;
  /** A page of neighbours, or one neighbour (a link such as `madeAt`). */
  kind: 'page' | 'link';
  /** What each neighbour's edge says of how it relates, shown beside it. */
  note?: 'role' | 'how';
  /** Quote the first passage behind each relationship. */
  quoted?: boolean;
  /** The type of the neighbours when they carry a date worth showing. */
  dated?: DatedType;
}

export interface RelatedNode extends NodeRef {
  date?: FuzzyDate | null;
}

export interface RelatedEdge {
  node: RelatedNode;
  role?: string;
  how?: string;
  evidence?: Evidence[];
}

/** One list as the panel shows it: its title, how many there are, the ones fetched. */
export interface RelatedSection {
  list: RelatedList;
  totalCount: number;
  edges: RelatedEdge[];
}

/** A person's holding of a post, or a post's holder: the span the sources establish. */
export interface HoldingSpan {
  title: string;
  knownFrom: string;
  knownTo: string;
}

/** An article that names a node, and how many times. */
export interface Mention {
  mentions: number;
  node: { id: string; title: string; url: string | null; published: { text: string } | null };
}

/** What the side panel shows of a node beyond its graph properties and its relationship lists. */
export interface NodeDetails {
  __typename: string;
  id: string;
  name: string;
  description: string | null;
  evidence: Evidence[];
  date?: FuzzyDate | null;
  posts?: (HoldingSpan & { post: NodeRef })[];
  holders?: (HoldingSpan & { person: NodeRef })[];
  mentionedIn?: { totalCount: number; edges: Mention[] };
  /** The lists of related nodes the API has for its type. */
  related: RelatedSection[];
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
  /** Its place in the queue: the next fact is the first after it. */
  cursor: string;
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
