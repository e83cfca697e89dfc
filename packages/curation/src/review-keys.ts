import type { Database, Transaction } from '@diplograph/db';
import { FACT_LABELS, FACT_RELATIONSHIP_TYPES, REVIEW_QUEUE_KEY, reviewQueueKey } from '@diplograph/schema';

// The review queue reads its order off `reviewQueueKey` (packages/schema review-queue-key.ts).
// A fact's key depends on its dependents: a node's fact relationships, or the others at a
// relationship's two ends. So a relationship added or removed at a node changes the keys of that
// node and of every relationship at it: whoever writes one calls `refreshReviewKeys` on its ends,
// in the same transaction, and a decided fact loses its key where it is marked.

const FACT_TYPES = FACT_RELATIONSHIP_TYPES.join('|');

/**
 * Cypher for how many fact relationships a node has, which its dependents are made of. The types
 * are written into the pattern (from the model's list) so that a dense node's count is read off
 * its relationship groups (getDegree) instead of expanding every relationship of a hub.
 */
export const factDegree = (node: string) => `COUNT { (${node})-[:${FACT_TYPES}]-() }`;

/**
 * The undecided machine-read facts at the given nodes: the nodes themselves (of a fact label) and
 * every fact relationship at them, either way, with what their keys are made of. Mentions and
 * evidence carry no confidence and are not queued.
 */
const FACTS_AROUND = `UNWIND $ids AS at
MATCH (n:Entity {id: at})
CALL (n) {
  WITH n WHERE n.origin = 'machine' AND n.review IS NULL AND any(l IN labels(n) WHERE l IN $labels)
  RETURN elementId(n) AS element, true AS node, n.id AS id, n.confidence AS confidence,
    ${factDegree('n')} AS dependents
  UNION
  MATCH (n)-[r:${FACT_TYPES}]-(m:Entity)
  WHERE r.origin = 'machine' AND r.review IS NULL
  RETURN elementId(r) AS element, false AS node, r.id AS id, r.confidence AS confidence,
    ${factDegree('n')} + ${factDegree('m')} - 2 AS dependents
}
RETURN DISTINCT element, node, id, confidence, dependents`;

const SET_NODE_KEYS = `UNWIND $rows AS row
MATCH (n) WHERE elementId(n) = row.element
SET n.${REVIEW_QUEUE_KEY} = row.key`;

const SET_RELATIONSHIP_KEYS = `UNWIND $rows AS row
MATCH ()-[r]->() WHERE elementId(r) = row.element
SET r.${REVIEW_QUEUE_KEY} = row.key`;

interface Fact {
  element: string;
  node: boolean;
  id: string;
  confidence: number | null;
  dependents: number;
}

/** Node ids read per statement: a hub's relationships all come back with it. */
const IDS_PER_BATCH = 2_000;
/** Keys written per statement. */
const KEYS_PER_BATCH = 10_000;

/**
 * (Re)writes the review queue keys of the undecided machine-read facts at the given nodes, in the
 * caller's transaction (element ids are only used within it). Returns how many keys it wrote.
 */
export async function refreshReviewKeys(
  db: Database,
  tx: Transaction,
  nodeIds: Iterable<string>,
): Promise<number> {
  const ids = [...new Set(nodeIds)];
  let written = 0;
  for (let i = 0; i < ids.length; i += IDS_PER_BATCH) {
    const facts = await db.run<Fact>(tx, FACTS_AROUND, {
      ids: ids.slice(i, i + IDS_PER_BATCH),
      labels: FACT_LABELS,
    });
    const keyed = facts.map((f) => ({ ...f, key: reviewQueueKey(f.confidence, f.dependents, f.id) }));
    await writeKeys(
      db,
      tx,
      SET_NODE_KEYS,
      keyed.filter((f) => f.node),
    );
    await writeKeys(
      db,
      tx,
      SET_RELATIONSHIP_KEYS,
      keyed.filter((f) => !f.node),
    );
    written += keyed.length;
  }
  return written;
}

async function writeKeys(
  db: Database,
  tx: Transaction,
  statement: string,
  facts: { element: string; key: string }[],
) {
  for (let i = 0; i < facts.length; i += KEYS_PER_BATCH) {
    const rows = facts.slice(i, i + KEYS_PER_BATCH).map(({ element, key }) => ({ element, key }));
    await db.run(tx, statement, { rows });
  }
}
