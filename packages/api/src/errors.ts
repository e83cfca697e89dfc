import { DatabaseUnavailableError } from '@diplograph/db';
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

/**
 * What a client may learn of an error. Errors raised on purpose (GraphQLError) pass; an
 * unreachable database becomes a 503 with a short message; anything else is masked, so that no
 * stack trace or Cypher reaches a client.
 */
export function maskError(error: unknown, message: string): Error {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof DatabaseUnavailableError) {
    return new GraphQLError('The database is unavailable; try again shortly.', {
      extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
    });
  }
  if (original instanceof Neo4jError && original.code === 'Neo.ClientError.Transaction.TransactionTimedOut') {
    return new GraphQLError('The query took too long and was stopped; ask for less.', {
      extensions: { code: 'QUERY_TIMEOUT', http: { status: 504 } },
    });
  }
  if (error instanceof GraphQLError && !error.originalError) return error;
  if (original instanceof GraphQLError) return original;
  return new GraphQLError(message, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}
