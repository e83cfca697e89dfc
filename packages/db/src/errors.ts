import { Neo4jError } from 'neo4j-driver';

/** The database cannot be reached or refuses us: a condition of the environment, not a bug. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/**
 * Neo4j wrote a transaction to its log but could not apply it to its store, and stopped: it
 * applies the transaction from the log when it is restarted. The commit failed, yet it will hold.
 */
export class CommitLoggedError extends DatabaseUnavailableError {
  override name = 'CommitLoggedError';
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
  // What a full disk gives, with no word of the disk: the cause is only in Neo4j's debug.log.
  const usual = 'a full disk is the usual cause; its debug.log says';
  if (
    error.code === 'Neo.DatabaseError.Transaction.TransactionCommitFailed' &&
    /after written to log/.test(error.message)
  ) {
    return new CommitLoggedError(
      `Neo4j at ${uri} wrote a transaction to its log but could not apply it to its store, and stopped (${usual})`,
      { cause: error },
    );
  }
  if (/has encountered a critical error, and needs to be restarted/.test(error.message)) {
    return new DatabaseUnavailableError(
      `Neo4j at ${uri} has stopped on a critical error and must be restarted (${usual})`,
      { cause: error },
    );
  }
  if (UNREACHABLE.has(error.code) || error.code === 'Neo.ClientError.Database.DatabaseNotFound') {
    const reason = error.message.split('\n')[0]?.replace(/\s*\(.*$/, '') ?? error.code;
    return new DatabaseUnavailableError(`cannot reach Neo4j at ${uri}: ${reason}`, { cause: error });
  }
  return error;
}
