import { describe, expect, it } from 'vitest';
import { DeadlineExceededError } from './errors.js';
import { Gate, timeLeft, untilAborted } from './scope.js';

describe('timeLeft', () => {
  it('cuts the timeout to the deadline, and refuses once it has passed', () => {
    expect(timeLeft(15_000, undefined)).toBe(15_000);
    expect(timeLeft(15_000, 1_000 + 2_500, 1_000)).toBe(2_500);
    expect(timeLeft(1_000, 1_000 + 2_500, 1_000)).toBe(1_000);
    expect(() => timeLeft(15_000, 1_000, 1_000)).toThrow(DeadlineExceededError);
  });
});

describe('untilAborted', () => {
  it('gives the reason at once when the signal aborts, and leaves the work to abandon', async () => {
    const controller = new AbortController();
    let abandoned = false;
    const never = new Promise<never>(() => {});
    const raced = untilAborted(never, controller.signal, () => {
      abandoned = true;
    });
    controller.abort(new Error('the database went away'));
    await expect(raced).rejects.toThrow('the database went away');
    expect(abandoned).toBe(true);
  });

  it('gives the work its own result or error when the signal does not abort', async () => {
    const signal = new AbortController().signal;
    await expect(untilAborted(Promise.resolve(7), signal, () => {})).resolves.toBe(7);
    await expect(untilAborted(Promise.reject(new Error('no')), signal, () => {})).rejects.toThrow('no');
  });
});

describe('Gate', () => {
  it('lets `size` in at once and the others in order as places come free', async () => {
    const gate = new Gate(2);
    const order: number[] = [];
    const first = await gate.enter();
    const second = await gate.enter();
    const third = gate.enter().then((leave) => {
      order.push(3);
      return leave;
    });
    const fourth = gate.enter().then((leave) => {
      order.push(4);
      return leave;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(order).toEqual([]);
    first();
    first(); // a second leave gives back nothing more
    (await third)();
    second();
    (await fourth)();
    expect(order).toEqual([3, 4]);
  });

  it('lets a waiter give up when its signal aborts, without losing the place it would have had', async () => {
    const gate = new Gate(1);
    const holder = await gate.enter();
    const controller = new AbortController();
    const quitter = gate.enter(controller.signal);
    const next = gate.enter();
    controller.abort(new Error('gave up'));
    await expect(quitter).rejects.toThrow('gave up');
    holder();
    (await next)();
    (await gate.enter())();
  });
});
