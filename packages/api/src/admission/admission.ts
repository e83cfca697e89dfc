import { type Arrival, FairLane } from './fair-lane.js';

export interface AdmissionOptions {
  /** Requests estimated at or under this cost take the cheap lane. */
  cheapCost: number;
  /** Cost the other requests may have in flight together. */
  budget: number;
}

/** Cheap requests in flight at once: enough to keep Neo4j busy with them, few enough to leave it connections. */
const CHEAP_IN_FLIGHT = 16;
/** Costly requests in flight at once, whatever their cost. */
const COSTLY_IN_FLIGHT = 8;
/** Requests that may wait in each lane. */
const QUEUED = 1_000;

/**
 * Admission control: every query waits for its turn in one of two lanes before it may send a
 * statement. Cheap ones (a node by id, a short list) have a lane of their own, so that they are
 * never queued behind costly ones; the others share a budget of estimated cost in flight. Both
 * lanes serve clients in turn (see FairLane). With at most 16 + 8 requests in flight, of at most
 * 4 statements each (context.ts), the driver's pool of 100 connections is never exhausted.
 */
export class Admission {
  private readonly cheap: FairLane;
  private readonly costly: FairLane;

  constructor(private readonly options: AdmissionOptions) {
    this.cheap = new FairLane({
      budget: CHEAP_IN_FLIGHT * options.cheapCost,
      maxInFlight: CHEAP_IN_FLIGHT,
      maxQueued: QUEUED,
    });
    this.costly = new FairLane({ budget: options.budget, maxInFlight: COSTLY_IN_FLIGHT, maxQueued: QUEUED });
  }

  /** Resolves with the function to call when the request is over; rejects with a Refusal or the signal's reason. */
  enter(arrival: Arrival): Promise<() => void> {
    return (arrival.cost <= this.options.cheapCost ? this.cheap : this.costly).enter(arrival);
  }

  /** Waiting and in-flight figures of each lane, for the metrics. */
  figures() {
    return { cheap: this.cheap.figures(), costly: this.costly.figures() };
  }
}
