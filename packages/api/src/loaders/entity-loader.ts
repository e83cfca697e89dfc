import type { Database } from '@diplograph/db';
import DataLoader from 'dataloader';
import { type GraphRecord, NODE_PROJECTION, toRecord } from '../records.js';

/**
 * Any node by id, batched: one statement for all the ids a request asks for at one level.
 * `project` is the Cypher projection of each node.
 */
export function createEntityLoader(
  db: Database,
  project = NODE_PROJECTION,
): DataLoader<string, GraphRecord | null> {
  return new DataLoader(async (ids) => {
    const rows = await db.read<{ node: Record<string, unknown> }>(
      `UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN ${project('n')} AS node`,
      { ids },
    );
    const records = rows.map((row) => toRecord(row.node));
    const byId = new Map(records.map((record) => [record.id, record] as const));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
