import { statfs } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatabaseEnv } from './config.js';
import type { LocalNeo4jOptions } from './local/index.js';
import { repoRoot } from './repo-root.js';

/** Jars' classpath and the compiled launcher, shared by every local database of this checkout. */
export const LOCAL_STATE_DIR = join(repoRoot(), '.diplograph', 'neo4j');

/** The local Neo4j as the environment configures it. */
export function localOptions(env: DatabaseEnv): LocalNeo4jOptions {
  return {
    port: env.NEO4J_LOCAL_PORT,
    dataDir: env.NEO4J_LOCAL_DATA_DIR,
    password: env.NEO4J_PASSWORD,
    heap: env.NEO4J_LOCAL_HEAP,
    pageCache: env.NEO4J_LOCAL_PAGECACHE,
    txMemory: env.NEO4J_LOCAL_TX_MEMORY,
    minFreeDisk: env.NEO4J_LOCAL_MIN_FREE_DISK,
    stateDir: LOCAL_STATE_DIR,
  };
}

/** Free space under which the local Neo4j's disk counts as full: what a transaction log file takes. */
const FULL_BELOW = 256 * 1024 ** 2;

/**
 * When the local Neo4j's disk is (nearly) full, a phrase that says so, for an error whose cause
 * Neo4j gives only in its debug.log; undefined for another database, or when there is room.
 */
export async function localDiskNote(env: DatabaseEnv): Promise<string | undefined> {
  if (env.NEO4J_URI !== undefined) return undefined;
  try {
    const disk = await statfs(env.NEO4J_LOCAL_DATA_DIR);
    const free = disk.bavail * disk.bsize;
    if (free >= FULL_BELOW) return undefined;
    return `the disk of ${env.NEO4J_LOCAL_DATA_DIR} is full: ${Math.floor(free / 1024 ** 2)} MiB free`;
  } catch {
    return undefined;
  }
}
