import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database, freePort, LOCAL_STATE_DIR, type RunningNeo4j, startLocalNeo4j } from '@diplograph/db';

/** Memory given to the benchmark's Neo4j; the whole graph is written in one transaction. */
export interface Neo4jMemory {
  heap: string;
  pageCache: string;
  txMemory: string;
}

export const BENCH_PASSWORD = 'diplograph-bench';

/** A Neo4j of its own for one scale: a free port and a fresh data folder, removed at the end. */
export interface BenchNeo4j {
  uri: string;
  db: Database;
  memory: Neo4jMemory;
  stop(): Promise<void>;
}

export async function startBenchNeo4j(memory: Neo4jMemory): Promise<BenchNeo4j> {
  const dataDir = await mkdtemp(join(tmpdir(), 'diplograph-bench-neo4j-'));
  const port = await freePort();
  const running: RunningNeo4j = await startLocalNeo4j(
    {
      port,
      dataDir,
      password: BENCH_PASSWORD,
      ...memory,
      txTimeout: '4h',
      stateDir: LOCAL_STATE_DIR,
    },
    { detached: false },
  );
  const db = Database.connect({
    uri: running.uri,
    user: running.user,
    password: running.password,
    database: 'neo4j',
    queryTimeoutMs: 60_000,
  });
  await db.verify();
  return {
    uri: running.uri,
    db,
    memory,
    stop: async () => {
      await db.close();
      await running.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
