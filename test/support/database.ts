import { Database } from '@diplograph/db';
import { inject } from 'vitest';

/** A connection to the run's test database (see setup/neo4j.ts). */
export function connectTestDatabase(): Database {
  const { uri, user, password, database } = inject('neo4j');
  return Database.connect({ uri, user, password, database, queryTimeoutMs: 60_000 });
}

/** Empties the graph, so that a test file starts from a known state. */
export async function resetGraph(db: Database): Promise<void> {
  // In batches: a large leftover graph must not need one huge transaction.
  for (;;) {
    const [row] = await db.writeTransaction((tx) =>
      db.run<{ n: number }>(tx, 'MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS n'),
    );
    if (!row?.n) return;
  }
}
