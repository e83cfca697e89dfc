import type { Database } from '@diplograph/db';
import type { GraphQLError } from 'graphql';
import type { RequestCuration } from './curation/curation.js';
import { createLoaders, type Loaders } from './loaders/loaders.js';

/** Statements one request may run at once: its aliases and loaders take turns beyond that. */
export const STATEMENTS_PER_REQUEST = 4;

/** Who sent a request, until when it may run, and what stops its statements. */
export interface RequestBounds {
  /** The client's address ('local' for a request made in this process): the unit of fair queueing. */
  client: string;
  /** Epoch milliseconds: the whole request (waiting, every statement) is over by then. */
  deadline: number;
  /** Aborted at the deadline, when Neo4j is found down, or when the client goes away. */
  controller: AbortController;
  /** The client's request, which aborts when it disconnects. */
  clientSignal: AbortSignal;
}

/** What every resolver of one request sees. Built fresh per request: loaders cache per request. */
export interface Context {
  /** The database, within the request's bounds, counting this request's statements. */
  db: Database;
  loaders: Loaders;
  /** Statements sent to Neo4j so far by this request. */
  queries: { count: number };
  requestId: string;
  bounds: RequestBounds;
  /** The request's curator, if its token names one, and the decisions log. */
  curation: RequestCuration;
  /**
   * Errors that explain an answer without replacing it (an id that names nothing): they join the
   * response's errors, its data unchanged (`useHints`).
   */
  hints: GraphQLError[];
}

export function createContext(
  database: Database,
  requestId: string,
  bounds: RequestBounds,
  curation: RequestCuration,
): Context {
  const queries = { count: 0 };
  const db = database
    .scoped({
      signal: bounds.controller.signal,
      deadline: bounds.deadline,
      concurrency: STATEMENTS_PER_REQUEST,
    })
    .observed(() => {
      queries.count++;
    });
  return { db, loaders: createLoaders(db), queries, requestId, bounds, curation, hints: [] };
}
