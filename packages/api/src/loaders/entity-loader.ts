import type { Database } from '@diplograph/db';
import DataLoader from 'dataloader';
import { type GraphRecord, NODE_PROJECTION, toRecord } from '../records.js';

/** Any node by id, batched: one statement for all the ids a request asks for at one level. */
export function createEntityLoader(db: Database): DataLoader<string, GraphRecord | null> {
  return new DataLoader(async (ids) => {
    const rows = await db.read<{ node: Record<string, unknown> }>(
      `UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN ${NODE_PROJECTION('n')} AS node`,
      { ids },
    );
    const byId = new Map(rows.map((row) => [row.node.id as string, toRecord(row.node)] as const));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
