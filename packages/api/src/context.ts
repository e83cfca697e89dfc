import type { Database } from '@diplograph/db';
import { createLoaders, type Loaders } from './loaders/loaders.js';

/** What every resolver of one request sees. Built fresh per request: loaders cache per request. */
export interface Context {
  /** The database, counting this request's statements. */
  db: Database;
  loaders: Loaders;
  /** Statements sent to Neo4j so far by this request. */
  queries: { count: number };
  requestId: string;
}

export function createContext(database: Database, requestId: string): Context {
  const queries = { count: 0 };
  const db = database.observed(() => {
    queries.count++;
  });
  return { db, loaders: createLoaders(db), queries, requestId };
}
