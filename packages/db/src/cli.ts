#!/usr/bin/env node
import { databaseConfig, databaseEnv } from './config.js';
import { Database } from './database.js';
import { readEnv } from './env.js';
import { DatabaseUnavailableError } from './errors.js';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from './local/index.js';
import { localOptions } from './local-database.js';
import { migrate } from './migrate.js';

const USAGE = `usage: diplograph-db <start|stop|status|migrate>
  start    start the local Neo4j in the background; returns when Bolt answers
  stop     stop it cleanly (the data stays)
  status   is it running, and does it answer
  migrate  apply the Cypher migrations the graph has not recorded`;

async function main(command: string | undefined): Promise<number> {
  const env = readEnv(databaseEnv);
  const config = databaseConfig(env);
  const external = env.NEO4J_URI !== undefined;
  switch (command) {
    case 'start': {
      if (external) return say(`NEO4J_URI is set: using ${config.uri}, nothing to start`);
      const status = await localNeo4jStatus(env.NEO4J_LOCAL_DATA_DIR);
      if (status.running) return say(`Neo4j already running at ${config.uri} (pid ${status.pid})`);
      const started = performance.now();
      console.log('starting Neo4j (the first run downloads its jars from Maven Central)...');
      await startLocalNeo4j(localOptions(env), { detached: true });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      return say(`Neo4j running at ${config.uri} in ${seconds} s (data in ${env.NEO4J_LOCAL_DATA_DIR})`);
    }
    case 'stop': {
      if (external) return say(`NEO4J_URI is set: ${config.uri} is not ours to stop`);
      return say(
        (await stopLocalNeo4j(env.NEO4J_LOCAL_DATA_DIR)) ? 'Neo4j stopped' : 'Neo4j was not running',
      );
    }
    case 'status': {
      const status = external ? { running: true } : await localNeo4jStatus(env.NEO4J_LOCAL_DATA_DIR);
      if (!status.running) return say('Neo4j is not running', 3);
      const db = Database.connect(config);
      try {
        await db.verify();
        return say(`Neo4j answers at ${config.uri}`);
      } finally {
        await db.close();
      }
    }
    case 'migrate': {
      const db = Database.connect(config);
      try {
        await db.verify();
        const applied = await migrate(db);
        return say(applied.length ? `applied ${applied.join(', ')}` : 'migrations: up to date');
      } finally {
        await db.close();
      }
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

function say(message: string, code = 0): number {
  console.log(message);
  return code;
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      error instanceof DatabaseUnavailableError || error instanceof Error ? error.message : error,
    );
    process.exit(1);
  },
);
