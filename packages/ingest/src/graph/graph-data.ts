import type { EntityLabel, RelationshipType } from '@diplograph/schema';

/** Property values as they are written to Neo4j (dates already driver Date values). */
export type Properties = Record<string, unknown>;

export interface NodeRow {
  label: EntityLabel;
  id: string;
  props: Properties;
}

export interface RelationshipRow {
  type: RelationshipType;
  /** Stable id: the same fact gets the same id on every run. */
  id: string;
  from: string;
  to: string;
  props: Properties;
}

/** Everything one ingest run writes: the complete graph of the curated facts and the corpus. */
export interface GraphData {
  nodes: NodeRow[];
  relationships: RelationshipRow[];
}

/**
 * Collects rows while facts are compiled. The same node or relationship may be produced more than
 * once (a passage quoted for several facts, a link stated twice); the first row wins and the
 * evidence lists are merged.
 */
export class GraphBuilder {
  private readonly nodes = new Map<string, NodeRow>();
  private readonly relationships = new Map<string, RelationshipRow>();

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  addNode(row: NodeRow): void {
    if (!this.nodes.has(row.id)) this.nodes.set(row.id, row);
  }

  addRelationship(row: RelationshipRow): void {
    const existing = this.relationships.get(row.id);
    if (!existing) {
      this.relationships.set(row.id, row);
      return;
    }
    const merged = mergeEvidence(existing.props.evidence, row.props.evidence);
    if (merged) existing.props.evidence = merged;
  }

  build(): GraphData {
    return { nodes: [...this.nodes.values()], relationships: [...this.relationships.values()] };
  }
}

function mergeEvidence(a: unknown, b: unknown): string[] | undefined {
  if (!Array.isArray(a) || !Array.isArray(b)) return undefined;
  return [...new Set([...a, ...b])].sort();
}
