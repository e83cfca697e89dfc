import { DatabaseUnavailableError, DeadlineExceededError } from '@diplograph/db';
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { maskError } from './errors.js';

const neo4jError = (code: string, message = 'from the server', gqlStatus = '50N42') =>
  new Neo4jError(message, code, gqlStatus, 'error: general processing exception');

// maskError sees the error as graphql-js hands it over: wrapped in a GraphQLError at a field.
const masked = (error: Error) => {
  const result = maskError(new GraphQLError(error.message, { originalError: error }), 'Unexpected error.');
  return { message: result.message, extensions: (result as GraphQLError).extensions };
};

describe('maskError', () => {
  it('answers 504 to a statement stopped by the timeout the API gives it (as Neo4j 5.26 reports it)', () => {
    // The code, GQL status and message Neo4j 5.26 sends for a read past its client-given timeout.
    const error = neo4jError(
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      'The transaction has been terminated. Retry your operation in a new transaction, and you should see a ' +
        'successful result. The transaction has not completed within the timeout specified at its start by the client.',
    );
    expect(error.retryable).toBe(false);
    expect(masked(error)).toEqual({
      message: 'The query took too long and was stopped; ask for less.',
      extensions: { code: 'QUERY_TIMEOUT', http: { status: 504 } },
    });
    expect(masked(neo4jError('Neo.ClientError.Transaction.TransactionTimedOut')).extensions.code).toBe(
      'QUERY_TIMEOUT',
    );
  });

  it('answers 504 to a request stopped at its own deadline, over all its statements', () => {
    expect(masked(new DeadlineExceededError('the request ran out of time'))).toEqual({
      message: 'The query took too long and was stopped; ask for less.',
      extensions: { code: 'QUERY_TIMEOUT', http: { status: 504 } },
    });
  });

  it('answers 503 to an unreachable, unavailable or saturated database', () => {
    const unavailable = [
      new DatabaseUnavailableError(
        'cannot reach Neo4j at bolt://127.0.0.1:1: Connection was closed by server',
      ),
      neo4jError('ServiceUnavailable', 'Connection was closed by server', '08000'),
      neo4jError('Neo.TransientError.General.DatabaseUnavailable', 'Database is unavailable.', '08000'),
      neo4jError(
        'N/A',
        'Connection acquisition timed out in 30000 ms. Pool status: Active conn count = 100.',
      ),
    ];
    for (const error of unavailable) {
      expect(masked(error).extensions).toEqual({
        code: 'SERVICE_UNAVAILABLE',
        http: { status: 503, headers: { 'retry-after': '2' } },
      });
    }
  });

  it('masks anything else, the driver errors it does not know included, as an unexpected error', () => {
    const unexpected = [
      new TypeError("Cannot read properties of undefined (reading 'id')"),
      new Error('dangling reference to khalid-zerouali'),
      neo4jError('Neo.ClientError.Statement.SyntaxError', 'Invalid input', '42001'),
      neo4jError('N/A', 'Unknown Bolt protocol version: 23.176'),
    ];
    for (const error of unexpected) {
      expect(masked(error)).toEqual({
        message: 'Unexpected error.',
        extensions: { code: 'INTERNAL_SERVER_ERROR', unexpected: true },
      });
    }
  });
});
