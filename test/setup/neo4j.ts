import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseEnv, freePort, installNeo4j, LOCAL_STATE_DIR, startLocalNeo4j } from '@diplograph/db';

import type { TestProject } from 'vitest/node';

/** How integration tests reach their Neo4j. */
export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Which of the three ways the database was found. */
  origin: 'NEO4J_URI' | 'testcontainers' | 'local launcher';
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

const PASSWORD = 'diplograph-test';
const IMAGE = 'neo4j:5.26-community';

/**
 * Picks the database for the whole run, in this order: NEO4J_URI when set; a testcontainers Neo4j
 * when a Docker engine answers; otherwise the local launcher on a free port with a throwaway data
 * folder. No test depends on a database started by hand.
 */
export default async function setup(project: TestProject) {
  const started = (await fromEnvironment()) ?? (await fromDocker()) ?? (await fromLocalLauncher());
  project.provide('neo4j', started.info);
  console.log(`integration tests use Neo4j at ${started.info.uri} (${started.info.origin})`);
  return started.stop;
}

interface Started {
  info: TestNeo4j;
  stop: () => Promise<void>;
}

async function fromEnvironment(): Promise<Started | undefined> {
  if (!process.env.NEO4J_URI) return undefined;
  const env = databaseEnv.parse(process.env);
  return {
    info: {
      uri: process.env.NEO4J_URI,
      user: env.NEO4J_USER,
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE,
      origin: 'NEO4J_URI',
    },
    stop: async () => {},
  };
}

async function fromDocker(): Promise<Started | undefined> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await withTimeout(getContainerRuntimeClient(), 10_000);
  } catch {
    return undefined;
  }
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer(IMAGE).withPassword(PASSWORD).start();
  return {
    info: {
      uri: container.getBoltUri(),
      user: 'neo4j',
      password: PASSWORD,
      database: 'neo4j',
      origin: 'testcontainers',
    },
    stop: async () => {
      await container.stop();
    },
  };
}

async function fromLocalLauncher(): Promise<Started> {
  const stateDir = LOCAL_STATE_DIR;
  await installNeo4j(stateDir, (line) => console.log(`  ${line}`));
  const dataDir = await mkdtemp(join(tmpdir(), 'diplograph-test-neo4j-'));
  const running = await startLocalNeo4j(
    { port: await freePort(), dataDir, password: PASSWORD, heap: '1g', pageCache: '512m', stateDir },
    { detached: false },
  );
  return {
    info: {
      uri: running.uri,
      user: 'neo4j',
      password: PASSWORD,
      database: 'neo4j',
      origin: 'local launcher',
    },
    stop: async () => {
      await running.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms)),
  ]);
}
