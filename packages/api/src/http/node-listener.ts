import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';

/**
 * The URL the request names, built as Yoga's Node adapter builds it (scheme, Host header, path),
 * or undefined when that is not a URL: a Host of `x:notaport`, `a b`, `[::1` or `%zz`.
 */
function requestUrl(req: IncomingMessage): URL | undefined {
  try {
    return new URL(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`);
  } catch {
    return undefined;
  }
}

/**
 * The Node listener of the API: requests whose Host and path make no URL are answered 400 here,
 * logged and counted like any other, because Yoga's adapter would fail on them before any of its
 * plugins runs (a 500 with a stack trace, in no log and no metric). The others go to the app.
 */
export function nodeListener(app: RequestListener, logger: Logger, metrics: Metrics): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    if (requestUrl(req)) return app(req, res);
    const started = performance.now();
    metrics.started();
    const id = randomUUID();
    const path = (req.url ?? '/').split('?')[0]?.slice(0, 200) ?? '/';
    res.writeHead(400, {
      'content-type': 'application/json; charset=utf-8',
      'x-request-id': id,
      connection: 'close',
    });
    res.end(
      JSON.stringify({ errors: [{ message: 'The Host header and the path do not make a valid URL.' }] }),
    );
    const ms = performance.now() - started;
    metrics.answered(req.method ?? 'GET', path, 400, ms / 1000);
    logger.info('request', {
      requestId: id,
      method: req.method,
      path,
      status: 400,
      ms: Math.round(ms),
      reason: 'bad host',
    });
  };
}
