import { createServer, type ServerResponse } from 'node:http';
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
import { nodeListener } from './http/node-listener.js';
import { Liveness } from './liveness.js';
import { createLogger } from './logger.js';
import { Metrics } from './metrics.js';
import { createApp } from './yoga.js';

/** How long shutdown waits for requests in flight before closing anyway. */
const DRAIN_MS = 10_000;

async function main(): Promise<void> {
  const env = readEnv(databaseEnv.extend(apiEnv.shape));
  const logger = createLogger(env.LOG_LEVEL);
  // Fail fast while Neo4j is unreachable: a request answers 503 within about NEO4J_WAIT_MS.
  // Admission control keeps requests from queueing for connections of the pool; were they to, no
  // longer than a request may take.
  const config = databaseConfig(env);
  const db = Database.connect(config, {
    connectionTimeoutMs: env.NEO4J_WAIT_MS,
    retryTimeMs: env.NEO4J_WAIT_MS,
    acquisitionTimeoutMs: env.REQUEST_TIMEOUT_MS,
  });
  await db.verify();
  const applied = await migrate(db);
  if (applied.length) logger.info('migrated', { applied });
  const metrics = new Metrics(db);
  const probe = () =>
    Database.connect(config, {
      connectionTimeoutMs: env.NEO4J_WAIT_MS,
      acquisitionTimeoutMs: env.NEO4J_WAIT_MS,
      maxPoolSize: 1,
    });
  const liveness = new Liveness(db, probe, env.NEO4J_WAIT_MS);
  liveness.start();
  const app = createApp({ db, env, migrations: await readMigrations(), logger, metrics, liveness });

  let stopping = false;
  // Responses not sent yet: a shutdown tells their clients not to reuse the connection.
  const unanswered = new Set<ServerResponse>();
  const server = createServer(
    nodeListener(
      (req, res) => {
        if (stopping) res.setHeader('connection', 'close');
        unanswered.add(res);
        res.once('close', () => unanswered.delete(res));
        void app(req, res);
      },
      logger,
      metrics,
    ),
  );
  // A port taken or not ours to bind is the operator's to fix: one line, and a failed start.
  server.once('error', (error: NodeJS.ErrnoException) => {
    const why =
      error.code === 'EADDRINUSE'
        ? 'the port is already in use (stop what holds it, or set PORT)'
        : error.code === 'EACCES'
          ? 'permission denied (ports below 1024 need privileges; set PORT)'
          : error.code === 'EADDRNOTAVAIL'
            ? 'no such address on this machine (set HOST)'
            : error.message;
    console.error(`cannot listen on ${env.HOST}:${env.PORT}: ${why}`);
    process.exit(1);
  });
  server.listen(env.PORT, env.HOST, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : env.PORT;
    console.log(`Diplograph API ready at http://${env.HOST}:${port}/graphql`);
  });

  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    // Stop accepting connections and close the idle ones; answer the requests in flight with
    // `Connection: close`, so that the drain ends with them rather than with the clients'
    // keep-alive timeouts; then close the driver.
    for (const res of unanswered) if (!res.headersSent) res.setHeader('connection', 'close');
    const force = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
    server.close(async () => {
      clearTimeout(force);
      await liveness.stop();
      await db.close();
      logger.info('stopped');
      process.exit(0);
    });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof DatabaseUnavailableError ? error.message : error);
  process.exit(1);
});
