/** One request of a load: when it was sent and answered (ms, performance.now()), and how. */
export interface Outcome {
  sent: number;
  done: number;
  /** HTTP status, or undefined when the connection failed. */
  status?: number;
  /** The answer passed the check. */
  correct: boolean;
  /** What came back instead, when it did not. */
  wrong?: string;
}

/**
 * POSTs `body` to `url` from `workers` loops at once, each sending its next request when the last
 * is answered, for `durationMs` or until `until` settles, and at most 30 minutes. Every answer goes
 * through `check`. Only ever aimed at the loopback.
 */
export async function hammer(
  url: string,
  body: string,
  workers: number,
  until: number | Promise<unknown>,
  check: (json: unknown) => boolean,
): Promise<Outcome[]> {
  if (!/^http:\/\/127\.0\.0\.1:/.test(url)) throw new Error(`load only on the loopback, not ${url}`);
  const outcomes: Outcome[] = [];
  let over = false;
  const limit = setTimeout(
    () => {
      over = true;
    },
    Math.min(typeof until === 'number' ? until : Number.POSITIVE_INFINITY, 30 * 60_000),
  );
  if (typeof until !== 'number') {
    void until.finally(() => {
      over = true;
    });
  }
  const loop = async () => {
    while (!over) {
      const sent = performance.now();
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          signal: AbortSignal.timeout(30_000),
        });
        const json = await response.json().catch(() => undefined);
        const correct = check(json);
        const wrong = correct ? undefined : JSON.stringify(json).slice(0, 300);
        outcomes.push({ sent, done: performance.now(), status: response.status, correct, wrong });
      } catch {
        outcomes.push({ sent, done: performance.now(), correct: false });
        // A refused connection fails at once: do not spin.
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  };
  await Promise.all(Array.from({ length: workers }, loop));
  clearTimeout(limit);
  return outcomes;
}
