import { unsetIfEmpty } from '@diplograph/db';
import { z } from 'zod';

const flag = (fallback: boolean) =>
  z
    .preprocess(unsetIfEmpty, z.enum(['true', 'false']).default(fallback ? 'true' : 'false'))
    .transform((v) => v === 'true');
const int = (fallback: number) =>
  z.preprocess(unsetIfEmpty, z.coerce.number().int().positive().default(fallback));

/** An origin exactly as a browser sends it: scheme, host and port only. */
const origin = z.string().refine((value) => {
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}, 'an origin such as https://analysts.example.org (scheme, host and port; not null nor *)');

/** How the API serves: where it listens and how much one request may ask. */
export const apiEnv = z.object({
  HOST: z.preprocess(unsetIfEmpty, z.string().default('127.0.0.1')),
  PORT: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(0).max(65_535).default(4000)),
  /** The in-browser IDE at /graphql. */
  GRAPHIQL: flag(true),
  INTROSPECTION: flag(true),
  /**
   * Deepest selection a query may nest: five relationship levels asked as `edges { node }` are 17
   * deep. What a deep query asks of the database is bounded by MAX_COST, not by this.
   */
  MAX_DEPTH: int(20),
  MAX_ALIASES: int(30),
  MAX_TOKENS: int(2_000),
  /** Estimated cost a query may reach (objects and lists weigh more than scalars). */
  MAX_COST: int(50_000),
  /** Largest request body, in bytes. */
  MAX_BODY_BYTES: int(100_000),
  /** Largest answer, in bytes. */
  MAX_RESPONSE_BYTES: int(5_000_000),
  /** Longest a whole request may take, waiting for its turn and all its statements included. */
  REQUEST_TIMEOUT_MS: int(15_000),
  /** Queries estimated at or under this cost take admission control's cheap lane. */
  CHEAP_COST: int(500),
  /** Estimated cost the other queries may have in flight together. */
  COST_BUDGET: int(60_000),
  /**
   * Longest a request waits for a Neo4j it cannot reach (connecting, then retrying) before the API
   * answers 503. The ingest keeps the driver's longer defaults.
   */
  NEO4J_WAIT_MS: int(2_000),
  /** Lets /metrics be read from beyond the loopback with `Authorization: Bearer <token>`. */
  METRICS_TOKEN: z.preprocess(unsetIfEmpty, z.string().min(16, 'at least 16 characters').optional()),
  /** Origins whose pages may read the API's answers (comma-separated); none by default. */
  CORS_ORIGINS: z.preprocess(
    (value) =>
      typeof value === 'string' && value.trim() !== '' ? value.split(',').map((o) => o.trim()) : [],
    z.array(origin),
  ),
  LOG_LEVEL: z.preprocess(unsetIfEmpty, z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info')),
});
export type ApiEnv = z.infer<typeof apiEnv>;
