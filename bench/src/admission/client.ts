import { Agent, request } from 'node:http';

/** One answer as a client saw it. */
export interface Sample {
  /** When it was sent and answered (performance.now(), ms). */
  sent: number;
  ms: number;
  /** HTTP status, or 0 when the connection failed. */
  status: number;
  /** The Retry-After it came with, in seconds. */
  retryAfter?: number;
}

/**
 * A client of its own: its own loopback address (127.0.0.x), so that the API, which queues per
 * client address, sees as many clients as there are loops; and its own kept-alive connection.
 */
export class LoopbackClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });

  constructor(
    private readonly url: URL,
    private readonly address: string,
  ) {}

  post(body: string): Promise<Sample> {
    const sent = performance.now();
    return new Promise((resolve) => {
      const req = request(
        {
          host: this.url.hostname,
          port: this.url.port,
          path: this.url.pathname,
          method: 'POST',
          agent: this.agent,
          localAddress: this.address,
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
          timeout: 120_000,
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            const retryAfter = Number(res.headers['retry-after']);
            resolve({
              sent,
              ms: performance.now() - sent,
              status: res.statusCode ?? 0,
              retryAfter: Number.isFinite(retryAfter) ? retryAfter : undefined,
            });
          });
        },
      );
      req.on('error', () => resolve({ sent, ms: performance.now() - sent, status: 0 }));
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/**
 * Sends `body` again and again until `until` (performance.now() ms): at once after an answer, or
 * after the Retry-After of a refusal when `honourRetryAfter`, as a well-behaved client would.
 */
export async function loop(
  client: LoopbackClient,
  body: string,
  until: number,
  honourRetryAfter: boolean,
): Promise<Sample[]> {
  const samples: Sample[] = [];
  while (performance.now() < until) {
    const sample = await client.post(body);
    samples.push(sample);
    const wait = honourRetryAfter && sample.retryAfter ? sample.retryAfter * 1000 : sample.status ? 0 : 100;
    if (wait > 0)
      await new Promise((resolve) => setTimeout(resolve, Math.min(wait, until - performance.now())));
  }
  client.close();
  return samples;
}
