import { DatabaseUnavailableError, DeadlineExceededError } from '@diplograph/db';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Neo4jError } from 'neo4j-driver';

// graphql can be loaded twice (its CommonJS and ES module builds), so errors are recognised by
// name rather than by class.
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError';
}

/**
 * A statement stopped by the server-side timeout. Neo4j 5 reports the timeout a client gives at the
 * start of a transaction (every read of the API sets one) as TransactionTimedOutClientConfiguration,
 * and keeps TransactionTimedOut for its own `db.transaction.timeout`.
 */
const TIMED_OUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.ClientError.Transaction.TransactionTimedOut',
]);

/**
 * What a client may learn of an error. Errors raised on purpose (GraphQLError) pass; an
 * unreachable, unavailable or saturated database becomes a 503 with a short message; a query over
 * its time becomes a 504; anything else is masked, so that no stack trace or Cypher reaches a client.
 */
export function maskError(error: unknown, message: string): Error {
  const original = isGraphQLError(error) ? (error.originalError ?? error) : error;
  // Also what the driver calls retryable (a database starting or stopping, a lost connection)
  // when it failed anyway: the auto-commit reads are not retried, and retries have their limit.
  if (
    original instanceof DatabaseUnavailableError ||
    (original instanceof Neo4jError && original.retryable)
  ) {
    return unavailable('The database is unavailable; try again shortly.');
  }
  // No connection of the pool came free in time: the database is saturated. The driver gives
  // this error no code, only its message.
  if (original instanceof Neo4jError && original.message.startsWith('Connection acquisition timed out')) {
    return unavailable('The database is busy; try again shortly.');
  }
  // The server's timeout of one statement, or the request's own deadline over all of them.
  if (
    (original instanceof Neo4jError && TIMED_OUT.has(original.code)) ||
    original instanceof DeadlineExceededError
  ) {
    return new GraphQLError('The query took too long and was stopped; ask for less.', {
      extensions: { code: 'QUERY_TIMEOUT', http: { status: 504 } },
    });
  }
  if (isGraphQLError(original))
    return isGraphQLError(error) && error.originalError === original ? error : original;
  // `unexpected` (never sent to the client) makes Yoga answer 500 when there is no data at all.
  return new GraphQLError(message, { extensions: { code: 'INTERNAL_SERVER_ERROR', unexpected: true } });
}

/** A 503 with the seconds after which trying again makes sense. */
function unavailable(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503, headers: { 'retry-after': '2' } } },
  });
}

/** graphql-js's own words for a document over the token limit, which is no syntax error. */
const TOKEN_LIMIT = /^Syntax Error: Token limit of (\d+) exceeded\.?$/;

/**
 * Parse errors a client can act on. graphql-js parses recursively: a value nested some thousands
 * of lists deep overflows the stack before the token limit is reached. That is the client's
 * doing, and is answered as a syntax error (400) rather than as an unexpected one. A document over
 * the token limit is said to be so, not to be a syntax error. Must follow the plugin that sets the
 * parser.
 */
export function useParseDepthGuard(): Plugin {
  const refuse = (message: string) =>
    new GraphQLError(message, {
      extensions: { code: 'GRAPHQL_PARSE_FAILED', http: { spec: true, status: 400 } },
    });
  return {
    onParse({ parseFn, setParseFn }) {
      setParseFn((source, options) => {
        try {
          return parseFn(source, options);
        } catch (error) {
          if (error instanceof RangeError) throw refuse('Syntax Error: the document nests too deeply.');
          const tokens = isGraphQLError(error) ? TOKEN_LIMIT.exec(error.message) : null;
          if (tokens)
            throw refuse(
              `Token limit of ${tokens[1]} exceeded (MAX_TOKENS): the document has more names, values ` +
                'and punctuation than that; send a shorter query, with fewer fields or aliases.',
            );
          throw error;
        }
      });
    },
  };
}
