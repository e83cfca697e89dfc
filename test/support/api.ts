import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { apiEnv, createApp, createLogger } from '@diplograph/api';
import { type Database, readMigrations } from '@diplograph/db';

/** The API served over real HTTP on a free port, against the test database. */
export interface TestApi {
  url: string;
  /** POSTs a GraphQL query and returns the parsed response with its HTTP status. */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{
    status: number;
    data?: T;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  }>;
  close(): Promise<void>;
}

export async function startTestApi(db: Database, env: Record<string, string> = {}): Promise<TestApi> {
  const app = createApp({
    db,
    env: apiEnv.parse({ LOG_LEVEL: 'silent', ...env }),
    migrations: await readMigrations(),
    logger: createLogger('silent'),
  });
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async query(query, variables) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
