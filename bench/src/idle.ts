import type { Database } from '@diplograph/db';

/**
 * Waits until Neo4j runs no transaction but this check's own (or `seconds` pass): a run whose
 * clients gave up leaves queries running, which would slow the next run.
 */
export async function waitForIdleNeo4j(db: Database, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const [row] = await db.read<{ running: number }>(
      'SHOW TRANSACTIONS YIELD status RETURN count(*) AS running',
    );
    if ((row?.running ?? 0) <= 1) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}
