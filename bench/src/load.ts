import autocannon from 'autocannon';
import type { Question, Vars } from './queries/question.js';
import type { ServerProcess } from './servers/spawn.js';
import { requestOf, type System } from './systems.js';

export interface LoadFigures {
  question: string;
  system: System;
  connections: number;
  requests: number;
  /** Requests per second over the measured window. */
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  /** Non-2xx responses, GraphQL errors and socket errors: any marks the cell as missed. */
  errors: number;
  /** Peak resident memory of the server process during the run, MiB. */
  peakRssMiB: number;
  /** 1-minute load average when the run started. */
  load: number;
}

/**
 * Closed-loop load with autocannon: `connections` clients each send the next request as soon as
 * the last one is answered, cycling through the argument sets. Latencies are taken per response,
 * after a warm-up that is not counted.
 */
export async function runLoad(
  server: ServerProcess,
  system: System,
  question: Question,
  argSets: Vars[],
  connections: number,
  seconds: { warmup: number; measure: number },
  load: number,
): Promise<LoadFigures> {
  const requests = argSets.map((args) => {
    const { path, body } = requestOf(system, server.url, question, args);
    return { method: 'POST' as const, path, body, headers: { 'content-type': 'application/json' } };
  });
  let errors = 0;
  const onResponse = (status: number, body: string) => {
    if (status !== 200 || body.startsWith('{"errors"') || body.includes('"errors":[')) errors++;
  };
  const withCheck = requests.map((r) => ({ ...r, onResponse }));
  const fire = (duration: number, latencies?: number[]) =>
    new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        { url: server.url, connections, duration, requests: withCheck, timeout: 60 },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
      if (latencies) {
        // autocannon emits (client, status, bytes, ms); its typings leave out the client.
        (instance as unknown as NodeJS.EventEmitter).on(
          'response',
          (_client, _status, _bytes, ms: number) => {
            latencies.push(ms);
          },
        );
      }
    });

  await fire(seconds.warmup);
  errors = 0;
  let peak = server.rssMiB();
  const sampler = setInterval(() => {
    peak = Math.max(peak, server.rssMiB());
  }, 200);
  const latencies: number[] = [];
  const result = await fire(seconds.measure, latencies).finally(() => clearInterval(sampler));
  latencies.sort((a, b) => a - b);
  const at = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? Number.NaN;
  return {
    question: question.name,
    system,
    connections,
    requests: latencies.length,
    throughput: latencies.length / seconds.measure,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    errors: errors + result.errors + result.timeouts + result.non2xx,
    peakRssMiB: peak,
    load,
  };
}
