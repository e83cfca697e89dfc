import { Neo4jError } from 'neo4j-driver';

/** The database cannot be reached or refuses us: a condition of the environment, not a bug. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/** A unit of work ran out of the time it was given (see Scope.deadline), before or while it ran. */
export class DeadlineExceededError extends Error {
  override name = 'DeadlineExceededError';
}

const UNREACHABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Whether a driver error came from the server (it answered, if only to refuse), not from a connection that failed. */
export function isServerAnswer(error: unknown): boolean {
  return error instanceof Neo4jError && error.code.startsWith('Neo.') && !UNREACHABLE.has(error.code);
}

/**
 * Turns a driver error into a one-line message that names the URI when the cause is the
 * connection or the credentials; other errors are returned unchanged.
 */
export function describeDatabaseError(error: unknown, uri: string): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (error.code === 'Neo.ClientError.Security.Unauthorized') {
    return new DatabaseUnavailableError(`Neo4j at ${uri} rejected the user name or password`, {
      cause: error,
    });
  }
  if (error.code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new DatabaseUnavailableError(`Neo4j at ${uri} is blocking logins after failed attempts`, {
      cause: error,
    });
  }
  if (UNREACHABLE.has(error.code) || error.code === 'Neo.ClientError.Database.DatabaseNotFound') {
    const reason = error.message.split('\n')[0]?.replace(/\s*\(.*$/, '') ?? error.code;
    return new DatabaseUnavailableError(`cannot reach Neo4j at ${uri}: ${reason}`, { cause: error });
  }
  return error;
}
