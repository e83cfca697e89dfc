import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ConnectOptions,
  Database,
  type DatabaseConfig,
  freePort,
  LOCAL_STATE_DIR,
  type RunningNeo4j,
  startLocalNeo4j,
} from '@diplograph/db';

const PASSWORD = 'diplograph-test';

/**
 * A Neo4j of a test's own, which it may kill and restart without touching the run's shared one: the
 * local launcher on a free port, with its data in a temporary folder kept across restarts.
 */
export class OwnNeo4j {
  private constructor(
    readonly port: number,
    readonly dataDir: string,
    private running: RunningNeo4j | undefined,
  ) {}

  static async start(): Promise<OwnNeo4j> {
    const dataDir = await mkdtemp(join(tmpdir(), 'diplograph-own-neo4j-'));
    const own = new OwnNeo4j(await freePort(), dataDir, undefined);
    await own.restart();
    return own;
  }

  get config(): DatabaseConfig {
    return {
      uri: `bolt://127.0.0.1:${this.port}`,
      user: 'neo4j',
      password: PASSWORD,
      database: 'neo4j',
      queryTimeoutMs: 60_000,
    };
  }

  connect(options?: ConnectOptions): Database {
    return Database.connect(this.config, options);
  }

  /** Starts it again on the same port and data, as after a crash. */
  async restart(): Promise<void> {
    this.running = await startLocalNeo4j(
      {
        port: this.port,
        dataDir: this.dataDir,
        password: PASSWORD,
        heap: '1g',
        pageCache: '256m',
        txMemory: '768m',
        stateDir: LOCAL_STATE_DIR,
      },
      { detached: false },
    );
  }

  /** kill -9 of the JVM: no shutdown hook runs, nothing is flushed beyond what Neo4j has logged. */
  async kill(): Promise<void> {
    const pid = this.running?.pid;
    this.running = undefined;
    if (pid === undefined) return;
    process.kill(pid, 'SIGKILL');
    while (isAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 50));
  }

  /** kill -STOP of the JVM: it keeps its connections open and answers nothing, until thaw(). */
  freeze(): void {
    if (this.running) process.kill(this.running.pid, 'SIGSTOP');
  }

  thaw(): void {
    if (this.running) process.kill(this.running.pid, 'SIGCONT');
  }

  async stop(): Promise<void> {
    await this.running?.stop();
    this.running = undefined;
    await rm(this.dataDir, { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
