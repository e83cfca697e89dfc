import { join } from 'node:path';
import { z } from 'zod';
import { jvmSize, optionalVar, tcpPort, varWithDefault } from './env.js';
import { repoRoot } from './repo-root.js';

/** Which Neo4j to use, and how to run the local one. */
export const databaseEnv = z.object({
  /** Another Neo4j (Docker, Aura, a cluster through neo4j://). Unset: the local database. */
  NEO4J_URI: optionalVar(z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'a bolt:// or neo4j:// URI')),
  NEO4J_USER: varWithDefault(z.string().min(1), 'neo4j'),
  NEO4J_PASSWORD: varWithDefault(
    z.string().min(8, 'Neo4j requires at least 8 characters'),
    'diplograph-local',
  ),
  NEO4J_DATABASE: varWithDefault(z.string().min(1), 'neo4j'),
  /** Longest a single statement may run before the server aborts it. */
  NEO4J_QUERY_TIMEOUT_MS: varWithDefault(z.coerce.number().int().positive(), 15_000),
  NEO4J_LOCAL_PORT: varWithDefault(tcpPort, 7687),
  NEO4J_LOCAL_DATA_DIR: varWithDefault(z.string().min(1), join(repoRoot(), '.diplograph', 'neo4j', 'data')),
  NEO4J_LOCAL_HEAP: varWithDefault(jvmSize, '2g'),
  NEO4J_LOCAL_PAGECACHE: varWithDefault(jvmSize, '2g'),
  /** Memory all running transactions may use together; the ingest writes a corpus in one transaction. */
  NEO4J_LOCAL_TX_MEMORY: varWithDefault(jvmSize, '4g'),
});
export type DatabaseEnv = z.infer<typeof databaseEnv>;

/** Where and how to connect. */
export interface DatabaseConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
}

export function databaseConfig(env: DatabaseEnv): DatabaseConfig {
  return {
    uri: env.NEO4J_URI ?? `bolt://127.0.0.1:${env.NEO4J_LOCAL_PORT}`,
    user: env.NEO4J_USER,
    password: env.NEO4J_PASSWORD,
    database: env.NEO4J_DATABASE,
    queryTimeoutMs: env.NEO4J_QUERY_TIMEOUT_MS,
  };
}
