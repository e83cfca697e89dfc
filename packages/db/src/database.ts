import neo4j, { type Driver, type ManagedTransaction, type RecordShape, type Session } from 'neo4j-driver';
import type { DatabaseConfig } from './config.js';
import { describeDatabaseError, isServerAnswer } from './errors.js';
import { toPlain } from './plain.js';
import { abortReason, Gate, type Scope, timeLeft, untilAborted } from './scope.js';

export type Params = Record<string, unknown>;
/** A transaction handed out by readTransaction or writeTransaction, for `run`. */
export type Transaction = ManagedTransaction;

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
  /** Connections of the pool (100 unless given). */
  maxPoolSize?: number;
}

/** Running figures of a connected database, shared by its observed copies; read by the API's metrics. */
export class DatabaseUsage {
  /** Sessions open now: each holds a connection of the pool while it works. */
  sessionsOpen = 0;
  /** Sessions closed so far, those that failed, those their caller gave up on, and the time they took in all. */
  sessions = 0;
  failures = 0;
  cancelled = 0;
  seconds = 0;
  statements = 0;
  /** When the server last answered a session (performance.now()), if only with an error: it was alive then. */
  answeredAt = Number.NEGATIVE_INFINITY;
}

/** The driver's connection pool: connections in use, idle, and requests waiting for one. */
export interface PoolFigures {
  inUse: number;
  idle: number;
  waiting: number;
  max: number;
}

const MAX_POOL_SIZE = 100;

/** The driver and how it was made: shared by a database and its copies, replaced by reconnect(). */
interface Link {
  driver: Driver;
  readonly config: DatabaseConfig;
  readonly options: ConnectOptions;
}

function newDriver(config: DatabaseConfig, options: ConnectOptions): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    disableLosslessIntegers: true,
    connectionTimeout: options.connectionTimeoutMs ?? 5_000,
    connectionAcquisitionTimeout: options.acquisitionTimeoutMs ?? 10_000,
    // Retries of a failed transaction stop after this: an outage surfaces quickly instead of hanging.
    maxTransactionRetryTime: options.retryTimeMs ?? 5_000,
    maxConnectionPoolSize: options.maxPoolSize ?? MAX_POOL_SIZE,
    userAgent: 'diplograph',
  });
}

/**
 * The one way code reaches Neo4j: reads in read transactions, writes in write transactions, a
 * server-enforced timeout on each, sessions always closed, connection errors named with the URI.
 */
export class Database {
  private constructor(
    private readonly link: Link,
    readonly usage: DatabaseUsage,
    private readonly observer?: QueryObserver,
    private readonly scope: Scope = {},
    private readonly gate?: Gate,
  ) {}

  static connect(config: DatabaseConfig, options: ConnectOptions = {}): Database {
    return new Database({ driver: newDriver(config, options), config, options }, new DatabaseUsage());
  }

  get driver(): Driver {
    return this.link.driver;
  }

  get config(): DatabaseConfig {
    return this.link.config;
  }

  /** The same database, also reporting each statement to an observer. */
  observed(observer: QueryObserver): Database {
    const outer = this.observer;
    const both = (cypher: string) => {
      outer?.(cypher);
      observer(cypher);
    };
    return new Database(this.link, this.usage, both, this.scope, this.gate);
  }

  /** The same database, its statements bounded by the scope (deadline, signal, concurrency). */
  scoped(scope: Scope): Database {
    const gate = scope.concurrency === undefined ? this.gate : new Gate(scope.concurrency);
    return new Database(this.link, this.usage, this.observer, { ...this.scope, ...scope }, gate);
  }

  /**
   * Replaces the driver with a new one, for this database and all its copies, and closes the old
   * one without waiting for it. For connections that a database which stopped answering (frozen,
   * cut off) left hanging: they would hold the pool until TCP gave up on them, many minutes later.
   */
  reconnect(): void {
    const old = this.link.driver;
    this.link.driver = newDriver(this.link.config, this.link.options);
    void old.close().catch(() => {});
  }

  /**
   * Runs one read statement and returns its records as plain objects. It is an auto-commit
   * transaction in a READ session: the server refuses writes in it just as in a read transaction
   * function, and it takes one round trip instead of three (begin, run, commit).
   */
  async read<R extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<R[]> {
    return this.withSession('READ', this.config.queryTimeoutMs, async (session, timeout) => {
      this.observer?.(cypher);
      this.usage.statements++;
      const result = await session.run(cypher, params, { timeout });
      return result.records.map((record) => toPlain(record.toObject()) as R);
    });
  }

  /** Runs several read statements in one read transaction. */
  async readTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.withSession('READ', this.config.queryTimeoutMs, (session, timeout) =>
      session.executeRead(work, { timeout }),
    );
  }

  /** Runs work in one write transaction: all of it commits, or none of it. */
  async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.withSession('WRITE', timeoutMs ?? this.config.queryTimeoutMs, (session, timeout) =>
      session.executeWrite(work, { timeout }),
    );
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
      max: this.link.options.maxPoolSize ?? MAX_POOL_SIZE,
    };
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /**
   * Opens a session within the scope (its turn at the gate, the time left before its deadline),
   * always closes it, names connection failures, and counts it in the usage. When the scope's
   * signal aborts, the caller gets the reason at once and the session is closed in the background.
   */
  private async withSession<T>(
    mode: 'READ' | 'WRITE',
    timeoutMs: number,
    use: (session: Session, timeoutMs: number) => Promise<T>,
  ): Promise<T> {
    const { signal, deadline } = this.scope;
    const leave = await this.gate?.enter(signal);
    try {
      if (signal?.aborted) throw abortReason(signal);
      const timeout = timeLeft(timeoutMs, deadline);
      const session = this.driver.session({
        database: this.config.database,
        defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      });
      const work = this.counted(session, () => use(session, timeout));
      // Closing the session resets its connection, which stops the query on the server.
      return await untilAborted(work, signal, () => void session.close().catch(() => {}));
    } finally {
      leave?.();
    }
  }

  private async counted<T>(session: Session, use: () => Promise<T>): Promise<T> {
    const started = performance.now();
    this.usage.sessionsOpen++;
    try {
      const result = await use();
      this.usage.answeredAt = performance.now();
      return result;
    } catch (error) {
      // A session stopped because its caller gave up (a client gone, a deadline) did not fail.
      if (this.scope.signal?.aborted) this.usage.cancelled++;
      else this.usage.failures++;
      if (isServerAnswer(error)) this.usage.answeredAt = performance.now();
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
