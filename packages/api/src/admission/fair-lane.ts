import { abortReason } from '@diplograph/db';
import { Refusal, retryAfter } from './refusal.js';

/** What a request brings to a lane: who sends it, what it weighs, and until when it may wait. */
export interface Arrival {
  client: string;
  cost: number;
  /** Epoch milliseconds: the request's whole deadline, waiting included. */
  deadline: number;
  signal: AbortSignal;
}

export interface LaneOptions {
  /** Cost that may be in flight at once; a request costing more runs when the lane is otherwise idle. */
  budget: number;
  /** Requests in flight at once, whatever their cost. */
  maxInFlight: number;
  /** Requests that may wait, all clients together. */
  maxQueued: number;
}

export interface LaneFigures {
  queued: number;
  inFlight: number;
  inFlightCost: number;
}

interface Waiting extends Arrival {
  admit: (leave: () => void) => void;
  refuse: (error: Error) => void;
}

const TOO_LATE = 'The service is busy: this request could not be answered before its deadline.';

/** Weight of the newest observation in the running estimate of seconds per unit of cost. */
const SMOOTHING = 0.2;
/**
 * Requests that must have finished before the estimate is trusted to refuse anything: the first
 * ones of a burst are slow (plans not cached yet), and would have it refuse the rest.
 */
const SETTLED = 20;

/**
 * A queue in front of the database that lets in as much cost as its budget allows and serves the
 * clients in turn: one request of each client that has some waiting, round and round, so that a
 * client sending many requests waits for its own and not the others. A request still waiting at
 * its deadline is refused then, and one whose turn comes too late to finish in time is refused
 * rather than started (once enough requests have finished to tell how long they take). When the
 * queue is full, the client holding most of it loses its newest request to the newcomer, or the
 * newcomer is refused if that is its own client.
 */
export class FairLane {
  private inFlight = 0;
  private inFlightCost = 0;
  private queued = 0;
  /** Waiting requests per client; the order of the keys is the round. */
  private readonly queues = new Map<string, Waiting[]>();
  /** Seconds a unit of cost takes in flight, from the requests that finished; unknown at first. */
  private secondsPerCost: number | undefined;
  private finished = 0;

  constructor(private readonly options: LaneOptions) {}

  /** Resolves with the function to call when the request is over, once the lane lets it in. */
  async enter(arrival: Arrival): Promise<() => void> {
    if (arrival.signal.aborted) throw abortReason(arrival.signal);
    if (this.queued === 0 && this.fits(arrival.cost)) return this.start(arrival.cost);
    if (this.queued >= this.options.maxQueued) this.makeRoomFor(arrival);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.remove(waiting);
        reject(new Refusal(503, TOO_LATE, retryAfter(this.serviceTime(arrival.cost))));
      }, arrival.deadline - Date.now());
      const onAbort = () => {
        clearTimeout(timer);
        this.remove(waiting);
        reject(abortReason(arrival.signal));
      };
      const settle = () => {
        clearTimeout(timer);
        arrival.signal.removeEventListener('abort', onAbort);
      };
      const waiting: Waiting = {
        ...arrival,
        admit: (leave) => {
          settle();
          resolve(leave);
        },
        refuse: (error) => {
          settle();
          reject(error);
        },
      };
      arrival.signal.addEventListener('abort', onAbort, { once: true });
      const queue = this.queues.get(arrival.client);
      if (queue) queue.push(waiting);
      else this.queues.set(arrival.client, [waiting]);
      this.queued++;
    });
  }

  /** Requests waiting now, and cost in flight: for the metrics. */
  figures(): LaneFigures {
    return { queued: this.queued, inFlight: this.inFlight, inFlightCost: this.inFlightCost };
  }

  private fits(cost: number): boolean {
    if (this.inFlight === 0) return true;
    return this.inFlight < this.options.maxInFlight && this.inFlightCost + cost <= this.options.budget;
  }

  private start(cost: number): () => void {
    const started = performance.now();
    this.inFlight++;
    this.inFlightCost += cost;
    let over = false;
    return () => {
      if (over) return;
      over = true;
      this.inFlight--;
      this.inFlightCost -= cost;
      this.finished++;
      // Time in flight (the lane shared with the others let in), per unit of cost.
      const observed = (performance.now() - started) / 1000 / Math.max(1, cost);
      const before = this.secondsPerCost ?? observed;
      this.secondsPerCost = SMOOTHING * observed + (1 - SMOOTHING) * before;
      this.dispatch();
    };
  }

  /** Lets in the waiting requests, client after client, while the next one in the round fits. */
  private dispatch(): void {
    for (const [client, queue] of this.queues) {
      const next = queue[0];
      if (!next) {
        this.queues.delete(client);
        continue;
      }
      if (!this.fits(next.cost)) return;
      queue.shift();
      this.queued--;
      // The client goes to the end of the round.
      this.queues.delete(client);
      if (queue.length > 0) this.queues.set(client, queue);
      // One that would run out of time before it is done is turned away rather than started.
      const expected = this.serviceTime(next.cost);
      if (Date.now() + expected * 1000 > next.deadline)
        next.refuse(new Refusal(503, TOO_LATE, retryAfter(expected)));
      else next.admit(this.start(next.cost));
      this.dispatch();
      return;
    }
  }

  /** Seconds a request of this cost is expected to take once in, or 0 before enough have finished. */
  private serviceTime(cost: number): number {
    return this.finished < SETTLED ? 0 : cost * (this.secondsPerCost ?? 0);
  }

  /**
   * Frees a place in a full queue: the newest request of the client that holds most of it goes,
   * unless that is the newcomer's own client (429), or every client holds one (503).
   */
  private makeRoomFor(arrival: Arrival): void {
    let largest: Waiting[] | undefined;
    for (const queue of this.queues.values()) if (!largest || queue.length > largest.length) largest = queue;
    const own = this.queues.get(arrival.client)?.length ?? 0;
    const wait = retryAfter(this.serviceTime(arrival.cost) * Math.max(1, own));
    const tooMany = new Refusal(
      429,
      'Too many requests from this client are waiting; wait for their answers before sending more.',
      wait,
    );
    if (largest && largest.length > own + 1) {
      const evicted = largest.pop();
      this.queued--;
      evicted?.refuse(tooMany);
      return;
    }
    throw own > 0
      ? tooMany
      : new Refusal(503, 'The service is busy: every place in its queue is taken.', wait);
  }

  private remove(waiting: Waiting): void {
    const queue = this.queues.get(waiting.client);
    const index = queue?.indexOf(waiting) ?? -1;
    if (!queue || index < 0) return;
    queue.splice(index, 1);
    this.queued--;
    if (queue.length === 0) this.queues.delete(waiting.client);
    // A request that leaves the head of the line may unblock the one behind it.
    this.dispatch();
  }
}
