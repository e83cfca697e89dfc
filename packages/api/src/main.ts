import { createServer } from 'node:http';
import {
  Database,
  DatabaseUnavailableError,
  databaseConfig,
  databaseEnv,
  migrate,
  readEnv,
  readMigrations,
} from '@diplograph/db';
import { apiEnv } from './config.js';
import { createLogger } from './logger.js';
import { createApp } from './yoga.js';

/** How long shutdown waits for requests in flight before closing anyway. */
const DRAIN_MS = 10_000;

async function main(): Promise<void> {
  const env = readEnv(databaseEnv.extend(apiEnv.shape));
  const logger = createLogger(env.LOG_LEVEL);
  // Fail fast while Neo4j is unreachable: a request answers 503 within about NEO4J_WAIT_MS.
  const db = Database.connect(databaseConfig(env), {
    connectionTimeoutMs: env.NEO4J_WAIT_MS,
    retryTimeMs: env.NEO4J_WAIT_MS,
  });
  await db.verify();
  const applied = await migrate(db);
  if (applied.length) logger.info('migrated', { applied });
  const app = createApp({ db, env, migrations: await readMigrations(), logger });

  const server = createServer(app);
  server.listen(env.PORT, env.HOST, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : env.PORT;
    console.log(`Diplograph API ready at http://${env.HOST}:${port}/graphql`);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    // Stop accepting connections, let requests in flight finish, then close the driver.
    const force = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
    server.close(async () => {
      clearTimeout(force);
      await db.close();
      logger.info('stopped');
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof DatabaseUnavailableError ? error.message : error);
  process.exit(1);
});
