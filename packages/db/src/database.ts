import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
import type { DatabaseConfig } from './config.js';
import { describeDatabaseError } from './errors.js';
import { toPlain } from './plain.js';

export type Params = Record<string, unknown>;

/** Called once per statement sent to the database; used to count round trips per request. */
export type QueryObserver = (cypher: string) => void;

/**
 * The one way code reaches Neo4j: reads in read transactions, writes in write transactions, a
 * server-enforced timeout on each, sessions always closed, connection errors named with the URI.
 */
export class Database {
  private constructor(
    readonly driver: Driver,
    readonly config: DatabaseConfig,
    private readonly observer?: QueryObserver,
  ) {}

  static connect(config: DatabaseConfig): Database {
    const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      disableLosslessIntegers: true,
      connectionTimeout: 5_000,
      connectionAcquisitionTimeout: 10_000,
      // Retries of a failed transaction stop after this: an outage surfaces quickly instead of hanging.
      maxTransactionRetryTime: 5_000,
      maxConnectionPoolSize: 100,
      userAgent: 'diplograph',
    });
    return new Database(driver, config);
  }

  /** The same database, also reporting each statement to an observer. */
  observed(observer: QueryObserver): Database {
    const outer = this.observer;
    return new Database(this.driver, this.config, (cypher) => {
      outer?.(cypher);
      observer(cypher);
    });
  }

  /**
   * Runs one read statement and returns its records as plain objects. It is an auto-commit
   * transaction in a READ session: the server refuses writes in it just as in a read transaction
   * function, and it takes one round trip instead of three (begin, run, commit).
   */
  async read<R extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<R[]> {
    const session = this.driver.session({ database: this.config.database, defaultAccessMode: neo4j.session.READ });
    try {
      this.observer?.(cypher);
      const result = await session.run(cypher, params, { timeout: this.config.queryTimeoutMs });
      return result.records.map((record) => toPlain(record.toObject()) as R);
    } catch (error) {
      throw describeDatabaseError(error, this.config.uri);
    } finally {
      await session.close();
    }
  }

  /** Runs several read statements in one read transaction. */
  async readTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.session('READ', work);
  }

  /** Runs work in one write transaction: all of it commits, or none of it. */
  async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.session('WRITE', work, timeoutMs);
  }

  /** Runs a statement inside a transaction handed out by readTransaction or writeTransaction. */
  async run<R extends RecordShape = RecordShape>(
    tx: ManagedTransaction,
    cypher: string,
    params: Params = {},
  ) {
    this.observer?.(cypher);
    const result = await tx.run(cypher, params);
    return result.records.map((record) => toPlain(record.toObject()) as R);
  }

  /** Fails with a one-line message naming the URI when the database cannot be used. */
  async verify(): Promise<void> {
    try {
      await this.driver.getServerInfo({ database: this.config.database });
    } catch (error) {
      throw describeDatabaseError(error, this.config.uri);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async session<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
    timeoutMs = this.config.queryTimeoutMs,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.config.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      const config = { timeout: timeoutMs };
      return mode === 'READ'
        ? await session.executeRead(work, config)
        : await session.executeWrite(work, config);
    } catch (error) {
      throw describeDatabaseError(error, this.config.uri);
    } finally {
      await session.close();
    }
  }
}
