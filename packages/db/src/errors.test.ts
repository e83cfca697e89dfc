import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { CommitLoggedError, DatabaseUnavailableError, describeDatabaseError } from './errors.js';

const URI = 'bolt://127.0.0.1:7687';
const neo4jError = (code: string, message: string) => new Neo4jError(message, code, '50N42', 'error');

describe('a full disk', () => {
  it('failing a commit after the log: a one-line error that says the transaction will hold once Neo4j restarts', () => {
    const error = describeDatabaseError(
      neo4jError(
        'Neo.DatabaseError.Transaction.TransactionCommitFailed',
        'Could not apply the transaction: Transaction #169 {started 2026-12-02 05:22:03.178+0000, with 28728 commands in this transaction} to the store after written to log.',
      ),
      URI,
    );
    expect(error).toBeInstanceOf(CommitLoggedError);
    expect((error as Error).message).toBe(
      `Neo4j at ${URI} wrote a transaction to its log but could not apply it to its store, and stopped ` +
        '(a full disk is the usual cause; its debug.log says)',
    );
  });

  it('having stopped the database: every later statement gets the same one line, as unavailable', () => {
    const error = describeDatabaseError(
      neo4jError(
        'Neo.DatabaseError.Transaction.TransactionStartFailed',
        'The database has encountered a critical error, and needs to be restarted. Please see database logs for more details.',
      ),
      URI,
    );
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect((error as Error).message).toBe(
      `Neo4j at ${URI} has stopped on a critical error and must be restarted (a full disk is the usual cause; its debug.log says)`,
    );
  });
});
