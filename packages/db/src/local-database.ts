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
