/**
 * A request that admission control turns away before it takes any of the database: 429 when its
 * client asks for more than its share, 503 when the service is saturated or the database is down;
 * either way with the seconds after which trying again makes sense (Retry-After).
 */
export class Refusal extends Error {
  override name = 'Refusal';
  constructor(
    readonly status: 429 | 503,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

/** Retry-After in whole seconds, at least 1. */
export function retryAfter(seconds: number): number {
  return Math.max(1, Math.ceil(seconds));
}
