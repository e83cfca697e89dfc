import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { type Arrival, FairLane } from './fair-lane.js';
import { Refusal } from './refusal.js';

const signal = new AbortController().signal;
const arrival = (client: string, cost: number, ms = 10_000): Arrival => ({
  client,
  cost,
  deadline: Date.now() + ms,
  signal,
});
const lane = (budget = 100, maxQueued = 100) => new FairLane({ budget, maxInFlight: 10, maxQueued });

/** Enters, and records the name once let in. */
function entered(into: FairLane, order: string[], name: string, a: Arrival) {
  return into.enter(a).then((leave) => {
    order.push(name);
    return leave;
  });
}

describe('a fair lane', () => {
  it('lets requests in while their cost fits the budget; the next waits for one to leave', async () => {
    const into = lane(100);
    const order: string[] = [];
    const a = await entered(into, order, 'a', arrival('x', 60));
    const b = entered(into, order, 'b', arrival('y', 60));
    await sleep(5);
    expect(order).toEqual(['a']);
    a();
    (await b)();
    expect(order).toEqual(['a', 'b']);
  });

  it('runs a request over the whole budget alone', async () => {
    const into = lane(100);
    (await into.enter(arrival('x', 500)))();
  });

  it('serves the clients in turn: a client with many waiting does not hold back another', async () => {
    const into = lane(10);
    const order: string[] = [];
    // Each one, once in, records itself and leaves soon after.
    const served = (name: string, client: string) =>
      into.enter(arrival(client, 10)).then((leave) => {
        order.push(name);
        setTimeout(leave, 1);
      });
    const first = await into.enter(arrival('a', 10));
    const all = [
      served('a2', 'a'),
      served('a3', 'a'),
      served('b1', 'b'),
      served('a4', 'a'),
      served('c1', 'c'),
    ];
    first();
    await Promise.all(all);
    expect(order).toEqual(['a2', 'b1', 'c1', 'a3', 'a4']);
  });

  it('refuses rather than starts a request whose turn comes too late for it to finish', async () => {
    const into = lane(10);
    // Teach it what a unit of cost takes: 10 cost in about 20 ms, over the 20 requests it needs
    // to see first.
    for (let i = 0; i < 20; i++) {
      const leave = await into.enter(arrival('x', 10));
      await sleep(20);
      leave();
    }
    const busy = await into.enter(arrival('x', 10));
    const late = into.enter(arrival('y', 10, 30)).catch((e: unknown) => e);
    await sleep(20);
    busy();
    const refusal = await late;
    expect(refusal).toBeInstanceOf(Refusal);
    expect(refusal).toMatchObject({ status: 503, retryAfterSeconds: 1 });
  });

  it('refuses a request still waiting at its deadline', async () => {
    const into = lane(10);
    const busy = await into.enter(arrival('x', 10));
    const error = await into.enter(arrival('y', 10, 30)).catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 503,
      message: 'The service is busy: this request could not be answered before its deadline.',
    });
    busy();
  });

  it('when full, takes the newest place of the client holding most of the queue for another client', async () => {
    const into = lane(10, 3);
    const busy = await into.enter(arrival('x', 10));
    const flood = [1, 2, 3].map(() => into.enter(arrival('flood', 10)).catch((e: unknown) => e));
    const own = await into.enter(arrival('flood', 10)).catch((e: unknown) => e);
    expect(own).toMatchObject({ status: 429 });
    const other = into.enter(arrival('other', 10));
    expect(await flood[2]).toMatchObject({ status: 429 });
    busy();
    for (const [i, waiting] of [flood[0], other, flood[1]].entries()) {
      const leave = await waiting;
      expect(typeof leave, String(i)).toBe('function');
      if (typeof leave === 'function') leave();
    }
  });

  it('when full of one request per client, refuses a newcomer with 503, not as its own excess', async () => {
    const into = lane(10, 2);
    const busy = await into.enter(arrival('x', 10));
    const waiting = [into.enter(arrival('a', 10)), into.enter(arrival('b', 10))];
    expect(await into.enter(arrival('c', 10)).catch((e: unknown) => e)).toMatchObject({ status: 503 });
    busy();
    for (const leave of waiting) (await leave)();
  });

  it('lets a waiting request go when its signal aborts, with the reason', async () => {
    const into = lane(10);
    const busy = await into.enter(arrival('x', 10));
    const controller = new AbortController();
    const waiting = into.enter({ ...arrival('y', 10), signal: controller.signal });
    controller.abort(new Error('the database is down'));
    await expect(waiting).rejects.toThrow('the database is down');
    busy();
    expect(into.figures()).toEqual({ queued: 0, inFlight: 0, inFlightCost: 0 });
  });
});
