/** One request of a load: when it was sent and answered (ms, performance.now()), and how. */
export interface Outcome {
  sent: number;
  done: number;
  /** HTTP status, or undefined when the connection failed. */
  status?: number;
  /** The answer passed the check. */
  correct: boolean;
}

/**
 * POSTs `body` to `url` from `workers` loops at once, each sending its next request when the last
 * is answered, until `durationMs` is over. Every answer goes through `check`. Bounded in time,
 * and only ever aimed at the loopback.
 */
export async function hammer(
  url: string,
  body: string,
  workers: number,
  durationMs: number,
  check: (json: unknown) => boolean,
): Promise<Outcome[]> {
  if (!/^http:\/\/127\.0\.0\.1:/.test(url)) throw new Error(`load only on the loopback, not ${url}`);
  const outcomes: Outcome[] = [];
  const end = performance.now() + durationMs;
  const loop = async () => {
    while (performance.now() < end) {
      const sent = performance.now();
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          signal: AbortSignal.timeout(30_000),
        });
        const json = await response.json().catch(() => undefined);
        outcomes.push({ sent, done: performance.now(), status: response.status, correct: check(json) });
      } catch {
        outcomes.push({ sent, done: performance.now(), correct: false });
        // A refused connection fails at once: do not spin.
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  };
  await Promise.all(Array.from({ length: workers }, loop));
  return outcomes;
}
