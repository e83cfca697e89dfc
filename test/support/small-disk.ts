import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { type ConnectOptions, Database, type DatabaseConfig, repoRoot } from '@diplograph/db';

const PASSWORD = 'diplograph-test';

/**
 * Whether this machine lets an unprivileged process have a filesystem of its own: a user and
 * mount namespace (`unshare -Urm`) in which to mount a small tmpfs.
 */
export const canHaveSmallDisk =
  spawnSync('unshare', ['-Urm', 'sh', '-c', 'mount -t tmpfs -o size=1m none /tmp'], { stdio: 'ignore' })
    .status === 0;

/**
 * A Neo4j whose data folder is on a disk of its own, of a few hundred megabytes, that the test
 * fills and frees: a tmpfs in a mount namespace, so that no real disk is filled and nothing needs
 * root. The local launcher runs inside it (small-disk-server.ts), Bolt on the shared loopback.
 */
export class SmallDiskNeo4j {
  private constructor(
    private readonly child: ChildProcess,
    private readonly replies: AsyncIterator<string>,
    readonly uri: string,
    private readonly mountPoint: string,
  ) {}

  /** Starts it on a disk of `megabytes`; the launcher checks for `minFreeDisk` first ('0': nothing). */
  static async start(megabytes: number, minFreeDisk = '0'): Promise<SmallDiskNeo4j> {
    const mountPoint = await mkdtemp(join(tmpdir(), 'diplograph-small-disk-'));
    const script = `mount -t tmpfs -o size=${megabytes}m diplograph-small-disk "$1" && exec "$2" --conditions=source --import tsx test/support/small-disk-server.ts "$1" "$3" "$4"`;
    const child = spawn(
      'unshare',
      [
        '-Urm',
        '--propagation',
        'private',
        'sh',
        '-c',
        script,
        'sh',
        mountPoint,
        process.execPath,
        PASSWORD,
        minFreeDisk,
      ],
      { cwd: repoRoot(), stdio: ['pipe', 'pipe', 'inherit'] },
    );
    if (!child.stdout) throw new Error('no stdout from the small-disk Neo4j');
    const replies = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const first = await replies.next();
    const ready = /^READY (\S+)/.exec(first.done ? '' : first.value);
    if (!ready?.[1]) {
      await rm(mountPoint, { recursive: true, force: true });
      throw new Error(
        first.done ? 'the small-disk Neo4j did not start' : first.value.replace(/^FAILED /, ''),
      );
    }
    return new SmallDiskNeo4j(child, replies, ready[1], mountPoint);
  }

  get config(): DatabaseConfig {
    return { uri: this.uri, user: 'neo4j', password: PASSWORD, database: 'neo4j', queryTimeoutMs: 60_000 };
  }

  connect(options?: ConnectOptions): Database {
    return Database.connect(this.config, options);
  }

  /** Fills its disk until only about `bytes` are free. */
  fill(bytes: number): Promise<void> {
    return this.command(`fill ${bytes}`);
  }

  /** Gives the disk its room back. */
  free(): Promise<void> {
    return this.command('free');
  }

  /** Stops Neo4j (kill -9 when `kill`) and starts it again on the same data and port. */
  restart(kill = false): Promise<void> {
    return this.command(kill ? 'restart kill' : 'restart');
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.stdin?.end();
    await exited;
    await rm(this.mountPoint, { recursive: true, force: true });
  }

  private async command(line: string): Promise<void> {
    this.child.stdin?.write(`${line}\n`);
    const reply = await this.replies.next();
    if (reply.done || reply.value !== 'OK') throw new Error(`${line}: ${reply.value ?? 'no reply'}`);
  }
}
