import { DatabaseUnavailableError } from '@diplograph/db';
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

// graphql can be loaded twice (its CommonJS and ES module builds), so errors are recognised by
// name rather than by class.
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError';
}

/**
 * What a client may learn of an error. Errors raised on purpose (GraphQLError) pass; an
 * unreachable database becomes a 503 with a short message; a query over its time becomes a 504;
 * anything else is masked, so that no stack trace or Cypher reaches a client.
 */
export function maskError(error: unknown, message: string): Error {
  const original = isGraphQLError(error) ? (error.originalError ?? error) : error;
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
  if (isGraphQLError(original)) return isGraphQLError(error) && error.originalError === original ? error : original;
  return new GraphQLError(message, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}
