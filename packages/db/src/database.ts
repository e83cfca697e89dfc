import neo4j, { type Driver, type ManagedTransaction, type RecordShape, type Session } from 'neo4j-driver';
import type { DatabaseConfig } from './config.js';
import { describeDatabaseError } from './errors.js';
import { toPlain } from './plain.js';

export type Params = Record<string, unknown>;

/** Called once per statement sent to the database; used to count round trips per request. */
export type QueryObserver = (cypher: string) => void;

/** How long to wait for the database. The defaults suit the ingest and the CLIs. */
export interface ConnectOptions {
  /** Longest to open one connection. */
  connectionTimeoutMs?: number;
  /** Longest to wait for a connection of the pool, opening one included. */
  acquisitionTimeoutMs?: number;
  /** Longest to keep retrying a transaction that failed transiently, e.g. on an unreachable database. */
  retryTimeMs?: number;
}

/** Running figures of a connected database, shared by its observed copies; read by the API's metrics. */
export class DatabaseUsage {
  /** Sessions open now: each holds a connection of the pool while it works. */
  sessionsOpen = 0;
  /** Sessions closed so far, those that failed, and the time they took in all. */
  sessions = 0;
  failures = 0;
  seconds = 0;
  statements = 0;
}

/** The driver's connection pool: connections in use, idle, and requests waiting for one. */
export interface PoolFigures {
  inUse: number;
  idle: number;
  waiting: number;
  max: number;
}

const MAX_POOL_SIZE = 100;

/**
 * The one way code reaches Neo4j: reads in read transactions, writes in write transactions, a
 * server-enforced timeout on each, sessions always closed, connection errors named with the URI.
 */
export class Database {
  private constructor(
    readonly driver: Driver,
    readonly config: DatabaseConfig,
    readonly usage: DatabaseUsage,
    private readonly observer?: QueryObserver,
  ) {}

  static connect(config: DatabaseConfig, options: ConnectOptions = {}): Database {
    const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      disableLosslessIntegers: true,
      connectionTimeout: options.connectionTimeoutMs ?? 5_000,
      connectionAcquisitionTimeout: options.acquisitionTimeoutMs ?? 10_000,
      // Retries of a failed transaction stop after this: an outage surfaces quickly instead of hanging.
      maxTransactionRetryTime: options.retryTimeMs ?? 5_000,
      maxConnectionPoolSize: MAX_POOL_SIZE,
      userAgent: 'diplograph',
    });
    return new Database(driver, config, new DatabaseUsage());
  }

  /** The same database, also reporting each statement to an observer. */
  observed(observer: QueryObserver): Database {
    const outer = this.observer;
    return new Database(this.driver, this.config, this.usage, (cypher) => {
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
    return this.withSession('READ', async (session) => {
      this.observer?.(cypher);
      this.usage.statements++;
      const result = await session.run(cypher, params, { timeout: this.config.queryTimeoutMs });
      return result.records.map((record) => toPlain(record.toObject()) as R);
    });
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
    this.usage.statements++;
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

  /**
   * The driver's pool now. The driver has no public API for it, so this reads its internals and
   * gives undefined when they are not as expected (before the first session, or another driver).
   */
  pool(): PoolFigures | undefined {
    const internal = (this.driver as unknown as { _connectionProvider?: { _connectionPool?: InternalPool } })
      ._connectionProvider?._connectionPool;
    if (!internal?._pools || !internal._activeResourceCounts || !internal._acquireRequests) return undefined;
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    return {
      inUse: sum(Object.values(internal._activeResourceCounts)),
      idle: sum(Object.values(internal._pools).map((pool) => pool.length)),
      waiting: sum(Object.values(internal._acquireRequests).map((requests) => requests.length)),
      max: MAX_POOL_SIZE,
    };
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private session<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
    timeoutMs = this.config.queryTimeoutMs,
  ): Promise<T> {
    const config = { timeout: timeoutMs };
    return this.withSession(mode, (session) =>
      mode === 'READ' ? session.executeRead(work, config) : session.executeWrite(work, config),
    );
  }

  /** Opens a session, always closes it, names connection failures, and counts it in the usage. */
  private async withSession<T>(mode: 'READ' | 'WRITE', use: (session: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.config.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const started = performance.now();
    this.usage.sessionsOpen++;
    try {
      return await use(session);
    } catch (error) {
      this.usage.failures++;
      throw describeDatabaseError(error, this.config.uri);
    } finally {
      await session.close();
      this.usage.sessionsOpen--;
      this.usage.sessions++;
      this.usage.seconds += (performance.now() - started) / 1000;
    }
  }
}

/** The parts of the driver's pool that pool() reads. */
interface InternalPool {
  _pools?: Record<string, { length: number }>;
  _activeResourceCounts?: Record<string, number>;
  _acquireRequests?: Record<string, unknown[]>;
}
