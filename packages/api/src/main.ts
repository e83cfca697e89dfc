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
  const db = Database.connect(databaseConfig(env));
  await db.verify();
  const applied = await migrate(db);
  if (applied.length) logger.info('migrated', { applied });
  const app = createApp({ db, env, migrations: await readMigrations(), logger });

  const server = createServer((req, res) => {
    const length = Number(req.headers['content-length'] ?? 0);
    if (length > env.MAX_BODY_BYTES) {
      res.writeHead(413, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: `request body over ${env.MAX_BODY_BYTES} bytes` }] }));
      req.resume();
      return;
    }
    void app(req, res);
  });
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
