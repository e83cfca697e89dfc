import { AsyncLocalStorage } from 'node:async_hooks';
import { apiEnv, createApp } from '@diplograph/api';
import { Database, type Params, readMigrations } from '@diplograph/db';
import { QUESTIONS } from './queries/index.js';
import type { Picks } from './synthetic/generate.js';
import { requestOf } from './systems.js';

export interface StatementTrace {
  /** First line of the statement. */
  cypher: string;
  ms: number;
  rows: number;
  /** Database hits when the statement is profiled alone. */
  dbHits: number;
}

/** Where one API request of a question spends its time, next to the floor's one statement. */
export interface RequestTrace {
  question: string;
  /** The whole request through yoga, Pothos, loaders and the driver, in process (no HTTP). */
  totalMs: number;
  statements: StatementTrace[];
  /** The raw Cypher floor's statement, profiled the same way. */
  floor: { ms: number; dbHits: number };
}

interface Seen {
  cypher: string;
  params: Params;
  ms: number;
  rows: number;
}

/**
 * Runs each question once through our API in this process, timing every statement it sends
 * (the Database class is wrapped here, not changed), then profiles each statement for its
 * database hits, and the floor's statement likewise.
 */
export async function traceRequests(db: Database, picks: Picks): Promise<RequestTrace[]> {
  const seen: Seen[] = [];
  const proto = Database.prototype;
  const original = { read: proto.read, run: proto.run };
  const inner = new AsyncLocalStorage<true>();
  // Whichever of read and run a statement goes through is timed once, even if one calls the other.
  const timed = <F extends (...args: never[]) => Promise<unknown[]>>(f: F, cypherAt: number) =>
    async function (this: Database, ...args: Parameters<F>) {
      if (inner.getStore()) return f.apply(this, args);
      const started = performance.now();
      const rows = await inner.run(true, () => f.apply(this, args));
      const cypher = args[cypherAt] as unknown as string;
      const params = (args[cypherAt + 1] ?? {}) as unknown as Params;
      seen.push({ cypher, params, ms: performance.now() - started, rows: rows.length });
      return rows;
    } as unknown as F;
  proto.read = timed(original.read, 0);
  proto.run = timed(original.run, 1);
  const logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
  const app = createApp({ db, env: apiEnv.parse({}), migrations: await readMigrations(), logger });
  const traces: RequestTrace[] = [];
  try {
    for (const question of QUESTIONS) {
      const args = question.args(picks)[0] ?? {};
      const { body } = requestOf('api', 'http://bench', question, args);
      const ask = () =>
        app.fetch('http://bench/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
      await (await ask()).text(); // warm: plans cached, pages loaded
      // The median of five requests: the machine is shared and single requests are noisy.
      const runs: { totalMs: number; seen: Seen[] }[] = [];
      for (let i = 0; i < 5; i++) {
        seen.length = 0;
        const started = performance.now();
        await (await ask()).text();
        runs.push({ totalMs: performance.now() - started, seen: [...seen] });
      }
      runs.sort((a, b) => a.totalMs - b.totalMs);
      const { totalMs, seen: median } = runs[2] as { totalMs: number; seen: Seen[] };
      const statements: StatementTrace[] = [];
      for (const s of median) {
        statements.push({
          cypher: firstLines(s.cypher),
          ms: s.ms,
          rows: s.rows,
          dbHits: await profile(db, s.cypher, s.params),
        });
      }
      const floorParams = question.cypher.params(args);
      await db.read(question.cypher.statement, floorParams);
      const floorTimes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        await db.read(question.cypher.statement, floorParams);
        floorTimes.push(performance.now() - started);
      }
      floorTimes.sort((a, b) => a - b);
      const floor = {
        ms: floorTimes[2] ?? 0,
        dbHits: await profile(db, question.cypher.statement, floorParams),
      };
      traces.push({ question: question.name, totalMs, statements, floor });
    }
  } finally {
    proto.read = original.read;
    proto.run = original.run;
  }
  return traces;
}

async function profile(db: Database, cypher: string, params: Params): Promise<number> {
  const session = db.driver.session({ database: db.config.database });
  try {
    const result = await session.executeRead((tx) => tx.run(`PROFILE ${cypher}`, params));
    return sumHits(result.summary.profile);
  } finally {
    await session.close();
  }
}

function sumHits(plan: unknown): number {
  const p = plan as { dbHits?: number; children?: unknown[] } | false;
  if (!p) return 0;
  return (p.dbHits ?? 0) + (p.children ?? []).reduce<number>((n, c) => n + sumHits(c), 0);
}

function firstLines(cypher: string): string {
  return cypher.replace(/\s+/g, ' ').slice(0, 90);
}
