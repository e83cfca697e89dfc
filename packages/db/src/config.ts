import { join } from 'node:path';
import { z } from 'zod';
import { jvmSize, optionalVar, tcpPort, varWithDefault } from './env.js';
import { repoRoot } from './repo-root.js';

/** The password the local Neo4j gets unless told otherwise: public, in this repository. */
export const DEFAULT_PASSWORD = 'diplograph-local';

/** Which Neo4j to use, and how to run the local one. */
export const databaseEnv = z
  .object({
    /** Another Neo4j (Docker, Aura, a cluster through neo4j://). Unset: the local database. */
    NEO4J_URI: optionalVar(z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'a bolt:// or neo4j:// URI')),
    NEO4J_USER: varWithDefault(z.string().min(1), 'neo4j'),
    NEO4J_PASSWORD: varWithDefault(
      z.string().min(8, 'Neo4j requires at least 8 characters'),
      DEFAULT_PASSWORD,
    ),
    /** Use the public default password with a Neo4j on another machine all the same. */
    NEO4J_ALLOW_DEFAULT_PASSWORD: varWithDefault(z.enum(['true', 'false']), 'false'),
    NEO4J_DATABASE: varWithDefault(z.string().min(1), 'neo4j'),
    /** Longest a single statement may run before the server aborts it. */
    NEO4J_QUERY_TIMEOUT_MS: varWithDefault(z.coerce.number().int().positive(), 15_000),
    NEO4J_LOCAL_PORT: varWithDefault(tcpPort, 7687),
    NEO4J_LOCAL_DATA_DIR: varWithDefault(z.string().min(1), join(repoRoot(), '.diplograph', 'neo4j', 'data')),
    NEO4J_LOCAL_HEAP: varWithDefault(jvmSize, '2g'),
    NEO4J_LOCAL_PAGECACHE: varWithDefault(jvmSize, '2g'),
    /** Memory all running transactions may use together; the ingest writes a corpus in one transaction. */
    NEO4J_LOCAL_TX_MEMORY: varWithDefault(jvmSize, '4g'),
    /** Free disk the local Neo4j's data folder must have to start ('0' checks nothing). */
    NEO4J_LOCAL_MIN_FREE_DISK: varWithDefault(
      z.string().regex(/^\d+[kmg]?$/i, 'a size such as 1g or 0'),
      '1g',
    ),
  })
  .superRefine((env, ctx) => {
    // Anyone who has read this repository knows the default: on a database others can reach, it
    // is no password at all.
    if (env.NEO4J_URI === undefined || env.NEO4J_PASSWORD !== DEFAULT_PASSWORD) return;
    if (env.NEO4J_ALLOW_DEFAULT_PASSWORD === 'true' || isLoopback(env.NEO4J_URI)) return;
    ctx.addIssue({
      code: 'custom',
      path: ['NEO4J_PASSWORD'],
      message:
        `is the public default (${DEFAULT_PASSWORD}) while NEO4J_URI is not on this machine: give that ` +
        'database a password of its own, or set NEO4J_ALLOW_DEFAULT_PASSWORD=true to use it anyway',
    });
  });
export type DatabaseEnv = z.infer<typeof databaseEnv>;

/** Whether a bolt:// or neo4j:// URI names this machine. */
export function isLoopback(uri: string): boolean {
  let host: string;
  try {
    host = new URL(uri.replace(/^[a-z0-9+]+:/i, 'http:')).hostname;
  } catch {
    return false;
  }
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

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
