import type { YogaServerOptions } from 'graphql-yoga';

type CorsFactory = Extract<
  NonNullable<YogaServerOptions<object, object>['cors']>,
  (...args: never[]) => unknown
>;

/**
 * Cross-origin reads for the listed origins only (none by default: the explorer is served from the
 * API's own origin). An origin is allowed exactly as written, never echoed because it asked, never
 * `null` (what sandboxed frames and local files send), and never with credentials: the API has none
 * to protect, and a browser must not send its cookies along.
 */
export function corsFor(origins: readonly string[]): CorsFactory {
  const allowed = new Set(origins);
  return (request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !allowed.has(origin)) return false;
    return {
      origin,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'accept', 'x-request-id'],
      exposedHeaders: ['x-request-id', 'retry-after'],
      credentials: false,
      maxAge: 600,
    };
  };
}
