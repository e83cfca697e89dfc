import { DeadlineExceededError } from './errors.js';

/**
 * Bounds on the statements of one unit of work, e.g. an API request: they all end by its
 * deadline, all stop when its signal aborts, and only so many run at once.
 */
export interface Scope {
  /**
   * Stops the scope's statements: those running reject at once with the signal's reason (their
   * sessions close in the background, which cancels their queries on the server), and no other
   * starts. The reason should be an Error.
   */
  signal?: AbortSignal;
  /** Epoch milliseconds by which every statement must be over: each one's server-side timeout is cut to it. */
  deadline?: number;
  /** Statements of the scope that may run at once; the others wait their turn (and count toward the deadline). */
  concurrency?: number;
}

/** The reason an aborted signal gives, as an Error. */
export function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new DeadlineExceededError('the work was stopped');
}

/** Milliseconds a statement may take: the configured timeout, cut to what is left before the deadline. */
export function timeLeft(timeoutMs: number, deadline: number | undefined, now = Date.now()): number {
  if (deadline === undefined) return timeoutMs;
  const left = Math.floor(deadline - now);
  if (left <= 0) throw new DeadlineExceededError('the time given to this work is up');
  return Math.min(timeoutMs, left);
}

/**
 * `work`, or a rejection with the signal's reason as soon as it aborts, whichever comes first. What
 * `work` does afterwards is left to `abandon` (which must not throw), so that a database that does
 * not answer cannot hold the caller.
 */
export function untilAborted<T>(
  work: Promise<T>,
  signal: AbortSignal | undefined,
  abandon: () => void,
): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) {
    abandon();
    return Promise.reject(abortReason(signal));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      abandon();
      reject(abortReason(signal));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** At most `size` holders at once; the others wait in order, or give up when the signal aborts. */
export class Gate {
  private holders = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  /** Resolves with the function that gives the place back, once there is one. */
  async enter(signal?: AbortSignal): Promise<() => void> {
    if (this.holders < this.size) {
      this.holders++;
    } else {
      await new Promise<void>((resolve, reject) => {
        const onAbort = () => {
          this.waiting.splice(this.waiting.indexOf(handed), 1);
          if (signal) reject(abortReason(signal));
        };
        // A place is handed straight from the holder that leaves to the first in line.
        const handed = () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        };
        if (signal?.aborted) return reject(abortReason(signal));
        signal?.addEventListener('abort', onAbort, { once: true });
        this.waiting.push(handed);
      });
    }
    let left = false;
    return () => {
      if (left) return;
      left = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.holders--;
    };
  }
}
