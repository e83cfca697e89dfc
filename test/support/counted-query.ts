import { apiEnv, createApp, createLogger } from '@diplograph/api';
import { type Database, readMigrations } from '@diplograph/db';

/** A GraphQL answer with how many statements the API sent to Neo4j to give it. */
export interface CountedAnswer<E> {
  status: number;
  data: any;
  errors: E[];
  statements: number;
}

/** Runs a query through the API in process (no HTTP port), counting the statements it sends. */
export async function countedQuery<E = { message: string }>(
  db: Database,
  query: string,
): Promise<CountedAnswer<E>> {
  let statements = 0;
  const app = createApp({
    db: db.observed(() => {
      statements++;
    }),
    env: apiEnv.parse({ LOG_LEVEL: 'silent' }),
    migrations: await readMigrations(),
    logger: createLogger('silent'),
  });
  const response = await app.fetch('http://api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data: any; errors?: E[] };
  return { status: response.status, data: body.data, errors: body.errors ?? [], statements };
}
