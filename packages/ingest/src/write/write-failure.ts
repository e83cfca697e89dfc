import { CommitLoggedError, type Database } from '@diplograph/db';
import { GRAPH_DIGEST } from './statements.js';

/** What a failed ingest left in the graph. */
export type Outcome = 'unchanged' | 'staged' | 'applied' | 'applied-at-restart' | 'unknown';

/** How far a write had gone when it failed: the writers move it on. */
export interface WritePhase {
  phase: 'reading' | 'staging' | 'writing' | 'committing' | 'committed';
}

const STATE: Record<Outcome, string> = {
  unchanged: 'nothing of this run was applied: the graph is as it was',
  staged:
    'readers see the graph as it was (empty); what this run had staged, which no reader sees, ' +
    'was deleted, or is deleted by the next run',
  applied: "the graph was written all the same: it is this run's",
  'applied-at-restart':
    "this run's transaction is in Neo4j's log: once Neo4j is restarted (with room on its disk), " +
    "the graph is this run's",
  unknown:
    "whether this run's last transaction committed is unknown (the answer to the commit was lost): " +
    "the graph is either as it was or this run's, never part of either; run the ingest again",
};

/** An ingest that failed, saying why in one line and what state it left the graph in. */
export class IngestFailedError extends Error {
  override name = 'IngestFailedError';
  constructor(
    readonly outcome: Outcome,
    cause: unknown,
    step?: string,
  ) {
    const why = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    super(`ingest failed${step ? ` ${step}` : ''}: ${why}; ${STATE[outcome]}`, { cause });
  }
}

/**
 * What a write that failed at `phase` left. A failure before the commit was sent leaves nothing
 * (the transaction is rolled back; staged rows are out of readers' sight). One during the commit
 * holds if Neo4j logged it; else the graph is asked whether its recorded digest is this run's.
 */
export async function outcomeOf(
  db: Database,
  digest: string,
  error: unknown,
  { phase }: WritePhase,
): Promise<Outcome> {
  if (phase === 'committed') return 'applied';
  if (phase === 'staging') return 'staged';
  if (phase !== 'committing') return 'unchanged';
  if (error instanceof CommitLoggedError) return 'applied-at-restart';
  try {
    const [row] = await db.read<{ digest: string | null }>(GRAPH_DIGEST);
    return row?.digest === digest ? 'applied' : 'unchanged';
  } catch {
    return 'unknown';
  }
}
