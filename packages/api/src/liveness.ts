import { type Database, DatabaseUnavailableError } from '@diplograph/db';
import { sharedAbortController } from './abort.js';

/** How often the database is asked whether it answers. */
const PROBE_EVERY_MS = 250;

/**
 * Watches whether Neo4j answers, for requests to give up on it and /ready to say so within
 * NEO4J_WAIT_MS. Every 250 ms it sends `RETURN 1` over a connection of its own (a busy pool cannot
 * delay it). The database is down when a probe fails to connect, or when nothing has come back
 * for `waitMs` minus one probe interval, neither the probe nor any statement of the API: a frozen
 * or cut-off Neo4j accepts connections and never answers, and no timeout of the driver notices.
 * Going down aborts `signal`, which every request in flight listens to; after a hang the API's
 * driver is replaced, as its connections would stay stuck. It is up again at the first answer.
 */
export class Liveness {
  private probe: Database;
  private probing: { since: number } | undefined;
  private controller = sharedAbortController();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Database,
    private readonly connectProbe: () => Database,
    private readonly waitMs: number,
  ) {
    this.probe = connectProbe();
  }

  /** False from the moment Neo4j is found not to answer until it answers again. */
  get up(): boolean {
    return !this.controller.signal.aborted;
  }

  /** Aborts, with a DatabaseUnavailableError, when Neo4j is found down; a fresh one once it is back. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  start(): void {
    this.timer = setInterval(() => this.tick(), PROBE_EVERY_MS);
    this.timer.unref();
    this.tick();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.probe.close().catch(() => {});
  }

  private tick(): void {
    const now = performance.now();
    const silence = Math.max(PROBE_EVERY_MS, this.waitMs - PROBE_EVERY_MS);
    if (this.probing) {
      const answered = now - this.db.usage.answeredAt < silence;
      if (this.up && now - this.probing.since > silence && !answered) this.hung();
      return;
    }
    const probing = { since: now };
    this.probing = probing;
    this.probe.read('RETURN 1').then(
      () => {
        if (this.probing !== probing) return;
        this.probing = undefined;
        if (!this.up) this.controller = sharedAbortController();
      },
      (error: unknown) => {
        if (this.probing !== probing) return;
        this.probing = undefined;
        this.down(error instanceof DatabaseUnavailableError ? error : this.unanswered());
      },
    );
  }

  /** Nothing answered for too long: drop the connections that wait in vain, and say so. */
  private hung(): void {
    this.probing = undefined;
    const stuck = this.probe;
    this.probe = this.connectProbe();
    void stuck.close().catch(() => {});
    this.db.reconnect();
    this.down(this.unanswered());
  }

  private down(reason: DatabaseUnavailableError): void {
    if (this.up) this.controller.abort(reason);
  }

  private unanswered(): DatabaseUnavailableError {
    return new DatabaseUnavailableError(
      `cannot reach Neo4j at ${this.db.config.uri}: it has not answered for ${this.waitMs} ms`,
    );
  }
}
