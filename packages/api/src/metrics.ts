import { createHash, timingSafeEqual } from 'node:crypto';
import type { Database } from '@diplograph/db';
import type { Plugin } from 'graphql-yoga';
import type { LaneFigures } from './admission/fair-lane.js';
import { clientAddress, isLoopbackAddress } from './http/client.js';

/** Upper bounds of the latency histogram's buckets, in seconds. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** Paths are labels: only known ones, so that no client can grow the number of series. */
const PATHS = ['/graphql', '/health', '/ready', '/metrics', '/explorer'];

interface Histogram {
  buckets: number[];
  sum: number;
  count: number;
}

/**
 * Counts what the API serves and renders it, with the database's figures, in Prometheus' text
 * format at GET /metrics: requests by status, their latency, GraphQL errors by code, the time
 * spent in database sessions, and the driver's connection pool.
 */
export class Metrics {
  private readonly requests = new Map<string, number>();
  private readonly latency = new Map<string, Histogram>();
  private readonly errors = new Map<string, number>();
  private inFlight = 0;
  private admission: (() => Record<string, LaneFigures>) | undefined;

  constructor(private readonly db: Database) {}

  /** Reports the lanes of admission control too. */
  observeAdmission(figures: () => Record<string, LaneFigures>): void {
    this.admission = figures;
  }

  started(): void {
    this.inFlight++;
  }

  answered(method: string, path: string, status: number, seconds: number): void {
    this.inFlight--;
    const route = PATHS.find((p) => path === p || path.startsWith(`${p}/`)) ?? 'other';
    const key = labels({ method, path: route, status: String(status) });
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    const histogram = this.latency.get(route) ?? { buckets: BUCKETS.map(() => 0), sum: 0, count: 0 };
    BUCKETS.forEach((bound, i) => {
      if (seconds <= bound) histogram.buckets[i] = (histogram.buckets[i] ?? 0) + 1;
    });
    histogram.sum += seconds;
    histogram.count++;
    this.latency.set(route, histogram);
  }

  graphqlError(code: string): void {
    const key = labels({ code });
    this.errors.set(key, (this.errors.get(key) ?? 0) + 1);
  }

  render(): string {
    const usage = this.db.usage;
    const pool = this.db.pool();
    const lines: string[] = [];
    const metric = (name: string, type: string, help: string, samples: [string, number][]) => {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
      for (const [suffix, value] of samples) lines.push(`${name}${suffix} ${value}`);
    };
    metric(
      'diplograph_http_requests_total',
      'counter',
      'HTTP requests answered, by method, path and status.',
      [...this.requests],
    );
    metric('diplograph_http_requests_in_flight', 'gauge', 'HTTP requests being answered now.', [
      ['', this.inFlight],
    ]);
    metric(
      'diplograph_http_request_duration_seconds',
      'histogram',
      'Time to answer an HTTP request, by path.',
      [...this.latency].flatMap(([path, h]) => [
        ...BUCKETS.map((bound, i): [string, number] => [
          `_bucket${labels({ path, le: String(bound) })}`,
          h.buckets[i] ?? 0,
        ]),
        [`_bucket${labels({ path, le: '+Inf' })}`, h.count],
        [`_sum${labels({ path })}`, h.sum],
        [`_count${labels({ path })}`, h.count],
      ]),
    );
    metric('diplograph_graphql_errors_total', 'counter', 'Errors in GraphQL responses, by extensions.code.', [
      ...this.errors,
    ]);
    if (this.admission) {
      const lanes = Object.entries(this.admission());
      metric('diplograph_admission_queued', 'gauge', 'Queries waiting for their turn, by lane.', [
        ...lanes.map(([lane, f]): [string, number] => [labels({ lane }), f.queued]),
      ]);
      metric('diplograph_admission_in_flight', 'gauge', 'Queries let in and not over yet, by lane.', [
        ...lanes.map(([lane, f]): [string, number] => [labels({ lane }), f.inFlight]),
      ]);
      metric(
        'diplograph_admission_in_flight_cost',
        'gauge',
        'Estimated cost of the queries in flight, by lane.',
        [...lanes.map(([lane, f]): [string, number] => [labels({ lane }), f.inFlightCost])],
      );
    }
    metric('diplograph_db_statements_total', 'counter', 'Cypher statements sent to Neo4j.', [
      ['', usage.statements],
    ]);
    metric(
      'diplograph_db_session_seconds',
      'summary',
      'Time spent in Neo4j sessions (waiting for a connection included), and how many sessions ended.',
      [
        ['_sum', usage.seconds],
        ['_count', usage.sessions],
      ],
    );
    metric('diplograph_db_session_failures_total', 'counter', 'Neo4j sessions that ended in an error.', [
      ['', usage.failures],
    ]);
    metric(
      'diplograph_db_sessions_cancelled_total',
      'counter',
      'Neo4j sessions stopped because their request was stopped first (client gone, deadline passed, database down).',
      [['', usage.cancelled]],
    );
    metric('diplograph_db_sessions_open', 'gauge', 'Neo4j sessions open now.', [['', usage.sessionsOpen]]);
    if (pool) {
      metric('diplograph_db_pool_connections', 'gauge', "Connections of the driver's pool, by state.", [
        [labels({ state: 'in_use' }), pool.inUse],
        [labels({ state: 'idle' }), pool.idle],
      ]);
      metric('diplograph_db_pool_waiting', 'gauge', 'Requests waiting for a connection of the pool.', [
        ['', pool.waiting],
      ]);
      metric('diplograph_db_pool_max_connections', 'gauge', 'Size limit of the pool.', [['', pool.max]]);
    }
    return `${lines.join('\n')}\n`;
  }
}

/**
 * Whether a request may read the metrics: from the loopback (or from this process, which has no
 * socket), or anywhere with `Authorization: Bearer <token>` when a token is set. They tell how the
 * service is loaded and failing, which is for its operators, not for every client.
 */
function mayScrape(request: Request, context: object | undefined, token: string | undefined): boolean {
  const address = clientAddress(context);
  if (address === undefined || isLoopbackAddress(address)) return true;
  const given = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
  if (token === undefined || given === undefined) return false;
  // Digests of equal length, so that the comparison takes the same time whatever was sent.
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(token));
}

/**
 * Serves GET /metrics (to the loopback, or with the token) and feeds the counters from every
 * request and GraphQL result.
 */
export function useMetrics(metrics: Metrics, token?: string): Plugin {
  const started = new WeakMap<Request, number>();
  return {
    onRequest({ request, url, endResponse, fetchAPI, serverContext }) {
      started.set(request, performance.now());
      metrics.started();
      if (url.pathname === '/metrics' && request.method === 'GET') {
        if (!mayScrape(request, serverContext, token)) {
          return endResponse(
            new fetchAPI.Response(
              'Metrics are served to the loopback, or with Authorization: Bearer <METRICS_TOKEN>.\n',
              {
                status: 403,
                headers: { 'content-type': 'text/plain; charset=utf-8' },
              },
            ),
          );
        }
        endResponse(
          new fetchAPI.Response(metrics.render(), {
            headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' },
          }),
        );
      }
    },
    onResultProcess({ result }) {
      for (const one of Array.isArray(result) ? result : [result]) {
        if (!('errors' in one)) continue;
        for (const error of one.errors ?? []) {
          const code = error.extensions?.code;
          metrics.graphqlError(typeof code === 'string' ? code : 'NONE');
        }
      }
    },
    onResponse({ request, response }) {
      const start = started.get(request);
      if (start === undefined) return;
      const seconds = (performance.now() - start) / 1000;
      metrics.answered(request.method, new URL(request.url).pathname, response.status, seconds);
    },
  };
}

/** `{a="1",b="2"}`, with values escaped as the text format requires. */
function labels(values: Record<string, string>): string {
  const escaped = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
  return `{${Object.entries(values)
    .map(([k, v]) => `${k}="${escaped(v)}"`)
    .join(',')}}`;
}
