import { isReviewable } from '@diplograph/curation';
import { type Decision, parseFuzzyDate } from '@diplograph/schema';
import { dateProperties } from '../graph/dates.js';
import type { GraphData, NodeRow, Properties, RelationshipRow } from '../graph/graph-data.js';
import { relationshipId } from '../graph/links.js';
import type { StaleDecision } from './gather-decisions.js';

/**
 * Applies the curators' decisions to the graph of this run, in the order they were made:
 * accepted facts are marked so; corrections change a participation's role, a date (with its
 * precision) or the meeting a commitment was made at; a merge moves every relationship of the
 * merged entity to the one kept, which lists the merged id in `mergedIds`; a link moves a mention
 * to another entity. Rejections are not applied here: machine reading leaves them out, as it does
 * the fact files' `rejected`. A decision about a fact this run did not read is reported.
 */
export function applyDecisions(
  graph: GraphData,
  decisions: readonly Decision[],
): { graph: GraphData; applied: number; stale: StaleDecision[] } {
  const replay = new Replay(graph);
  const stale: StaleDecision[] = [];
  let applied = 0;
  for (const d of decisions) {
    const problem = d.kind === 'reject' ? undefined : replay.apply(d);
    if (problem) stale.push({ decision: d, why: problem });
    else applied++;
  }
  return { graph: replay.graph(), applied, stale };
}

/** What a fact's decisions leave on it: the last decision (its version) and its review state. */
function reviewed(d: Decision, state: 'accepted' | 'corrected'): Properties {
  return { decision: d.id, review: state };
}

/** The graph being changed, its rows copied so that the run's input is left as it was. */
class Replay {
  private readonly nodes: Map<string, NodeRow>;
  private readonly relationships: Map<string, RelationshipRow>;
  /** Merged-away ids and the id each was merged into: relationships move once, at the end. */
  private readonly merged = new Map<string, string>();

  constructor(graph: GraphData) {
    this.nodes = new Map(graph.nodes.map((n) => [n.id, { ...n, props: { ...n.props } }]));
    this.relationships = new Map(graph.relationships.map((r) => [r.id, { ...r, props: { ...r.props } }]));
  }

  graph(): GraphData {
    const relationships = [...this.relationships.values()].flatMap((r) => {
      const moved = { ...r, from: this.resolve(r.from), to: this.resolve(r.to) };
      return moved.from === moved.to ? [] : [moved];
    });
    return { nodes: [...this.nodes.values()], relationships };
  }

  /** Applies one decision; returns what stops it, if anything. */
  apply(d: Decision): string | undefined {
    const node = this.nodes.get(this.resolve(d.fact));
    const relationship = node ? undefined : this.relationships.get(d.fact);
    const fact = node ?? relationship;
    if (!fact) return `this run did not read the fact ${d.fact}`;
    if (!isReviewable(fact.props, relationship?.type))
      return `${fact.id} is a curated fact: correct it in its fact file`;
    const target = d.after === null ? undefined : this.nodes.get(this.resolve(d.after));
    if (d.kind === 'accept') {
      Object.assign(fact.props, reviewed(d, 'accepted'));
      return undefined;
    }
    if (d.kind === 'correct' && d.field === 'role' && relationship?.type === 'PARTICIPATED_IN') {
      Object.assign(relationship.props, { role: d.after }, reviewed(d, 'corrected'));
      return undefined;
    }
    if (d.kind === 'correct' && d.field === 'date' && node) {
      const date = parseFuzzyDate(d.after ?? '');
      if (typeof date === 'string') return date;
      Object.assign(node.props, dateProperties('date', date), reviewed(d, 'corrected'));
      return undefined;
    }
    if (d.kind === 'correct' && d.field === 'madeAt' && node?.label === 'Commitment') {
      if (target?.label !== 'Event') return `${d.after} is not a meeting of this run`;
      this.madeAt(node, target.id, d);
      return undefined;
    }
    if (d.kind === 'link' && relationship?.type === 'MENTIONS') {
      if (!target) return `${d.after} is not an entity of this run`;
      relationship.to = target.id;
      Object.assign(relationship.props, reviewed(d, 'corrected'));
      return undefined;
    }
    if (d.kind === 'merge' && node) {
      if (!target || target.id === node.id) return `${d.after} is not another entity of this run`;
      if (target.label !== node.label) return `${node.id} is a ${node.label}, ${target.id} a ${target.label}`;
      this.merge(node, target, d);
      return undefined;
    }
    return `a ${d.kind}${d.field ? ` of ${d.field}` : ''} does not apply to ${fact.id}`;
  }

  /** A merged-away id stands for the entity it was merged into, in later decisions too. */
  private resolve(id: string): string {
    let at = id;
    for (let next = this.merged.get(at); next !== undefined; next = this.merged.get(at)) at = next;
    return at;
  }

  /** The commitment's MADE_AT links give way to one to the meeting the curator names. */
  private madeAt(commitment: NodeRow, meeting: string, d: Decision): void {
    const old = [...this.relationships.values()].filter(
      (r) => r.type === 'MADE_AT' && this.resolve(r.from) === commitment.id,
    );
    const evidence = [...new Set(old.flatMap((r) => asList(r.props.evidence)))].sort();
    const id = relationshipId('MADE_AT', commitment.id, meeting);
    for (const r of old) this.relationships.delete(r.id);
    // The new link is the curator's: no machine origin, no confidence.
    this.relationships.set(id, {
      type: 'MADE_AT',
      id,
      from: commitment.id,
      to: meeting,
      props: { id, evidence, ...reviewed(d, 'corrected') },
    });
    Object.assign(commitment.props, reviewed(d, 'corrected'));
  }

  private merge(node: NodeRow, keep: NodeRow, d: Decision): void {
    const ids = [...asList(keep.props.mergedIds), node.id, ...asList(node.props.mergedIds)];
    Object.assign(keep.props, { mergedIds: ids }, reviewed(d, 'corrected'));
    this.merged.set(node.id, keep.id);
    this.nodes.delete(node.id);
  }
}

function asList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}
