import { factDegree } from '@diplograph/curation';
import {
  FACT_LABELS,
  FACT_RELATIONSHIP_TYPES,
  REVIEW_QUEUE_KEY,
  type RelationshipType,
} from '@diplograph/schema';

// The review queue is read off `reviewQueueKey` (packages/schema review-queue-key.ts), which only
// undecided machine-read facts carry and whose order is the queue's: each label and relationship
// type walks its range index in key order from the cursor, as far as the page reaches, and the
// walks are merged. A page costs the facts it passes over, never a sort of the whole queue.
// Labels and types are written into the text only from the model's fixed lists.

const KEY = REVIEW_QUEUE_KEY;

/** The first `$reach` queued nodes of a label after the key `$after`, in key order. */
const nodeWalk = (label: string) => `MATCH (n:${label}) WHERE n.${KEY} > $after
  WITH n ORDER BY n.${KEY} LIMIT $reach
  RETURN n.${KEY} AS key, n AS node, null AS rel`;

const relationshipWalk = (type: RelationshipType) => `MATCH ()-[r:${type}]->() WHERE r.${KEY} > $after
  WITH r ORDER BY r.${KEY} LIMIT $reach
  RETURN r.${KEY} AS key, null AS node, r AS rel`;

const nodeCount = (label: string) =>
  `MATCH (n:${label}) WHERE n.${KEY} IS NOT NULL RETURN count(n) AS queued`;
const relationshipCount = (type: RelationshipType) =>
  `MATCH ()-[r:${type}]->() WHERE r.${KEY} IS NOT NULL RETURN count(r) AS queued`;

/** What a queued node or relationship shows: its dependents are counted again, for the page only. */
const ITEM = `CALL (node, rel) {
  WITH node WHERE node IS NOT NULL
  RETURN node.id AS fact, [l IN labels(node) WHERE l IN $labels][0] AS type,
    coalesce(node.name, node.id) AS label, node.confidence AS confidence,
    ${factDegree('node')} AS dependents,
    null AS source, null AS target, null AS sourceName, null AS targetName,
    [(node)-[:SUPPORTED_BY]->(e:Evidence) | e.id] AS evidence, node.decision AS decision
  UNION ALL
  WITH rel WHERE rel IS NOT NULL
  WITH rel, startNode(rel) AS a, endNode(rel) AS b
  WITH rel, a, b, coalesce(a.name, a.id) AS sourceName, coalesce(b.name, b.id) AS targetName
  RETURN rel.id AS fact, type(rel) AS type, sourceName + ' → ' + targetName AS label,
    rel.confidence AS confidence,
    ${factDegree('a')} + ${factDegree('b')} - 2 AS dependents,
    a.id AS source, b.id AS target, sourceName, targetName,
    coalesce(rel.evidence, []) AS evidence, rel.decision AS decision
}`;

/**
 * The statement of a page of the queue of these types (all when null), or null when no label or
 * type is among them: `totalCount`, and `items` after the key `$after` (`''`: from the first), the
 * first `$skip` passed over, up to `$take`; `$reach` is `$skip + $take`.
 */
export function reviewQueueStatement(types: readonly string[] | null): string | null {
  const labels = FACT_LABELS.filter((label) => !types || types.includes(label));
  const relationshipTypes = FACT_RELATIONSHIP_TYPES.filter((type) => !types || types.includes(type));
  if (labels.length + relationshipTypes.length === 0) return null;
  const union = (parts: string[]) => parts.map((p) => `  ${p}`).join('\n  UNION ALL\n');
  return `CALL () {
${union([...labels.map(nodeCount), ...relationshipTypes.map(relationshipCount)])}
}
WITH sum(queued) AS totalCount
CALL () {
  CALL () {
${union([...labels.map(nodeWalk), ...relationshipTypes.map(relationshipWalk)])}
  }
  WITH key, node, rel ORDER BY key SKIP $skip LIMIT $take
  ${ITEM}
  RETURN collect({fact: fact, type: type, label: label, confidence: confidence, dependents: dependents,
    source: source, target: target, sourceName: sourceName, targetName: targetName,
    evidence: evidence, decision: decision, key: key}) AS items
}
RETURN totalCount, items`;
}
