import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type Database, repoRoot } from '@diplograph/db';
import { IngestFailedError, ingest } from '@diplograph/ingest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from '../support/api.js';
import { INVENTED, writeBigFacts } from '../support/big-facts.js';
import { CORPUS_DIR, FACTS_DIR } from '../support/paths.js';
import { canHaveSmallDisk, SmallDiskNeo4j } from '../support/small-disk.js';

// A full disk under Neo4j, on a disk of its own (a small tmpfs in a mount namespace: no real
// disk is filled). Neo4j says nothing of the disk to its clients: a commit that it could write to
// its log but not apply to its store fails, it stops, and at its next start it applies the
// transaction from the log. So a run reported as failed was there after a restart.

const run = promisify(execFile);

describe.runIf(canHaveSmallDisk)('a full disk', () => {
  let neo4j: SmallDiskNeo4j;
  let db: Database;

  beforeAll(async () => {
    neo4j = await SmallDiskNeo4j.start(700);
    db = neo4j.connect();
    await ingest(db, { corpusDir: CORPUS_DIR, factsDir: FACTS_DIR });
  }, 300_000);
  afterAll(async () => {
    await db?.close();
    await neo4j?.stop();
  });

  it('fails an ingest in one line naming the cause and what the graph will be; the API answers 503; and it is so', async () => {
    const facts = await mkdtemp(join(tmpdir(), 'diplograph-disk-full-'));
    try {
      await writeBigFacts(facts, 3_000, 2);
      await neo4j.fill(0);
      const error = await ingest(db, { corpusDir: CORPUS_DIR, factsDir: facts }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IngestFailedError);
      const failed = error as IngestFailedError;
      expect(failed.outcome).toBe('applied-at-restart');
      expect(failed.message.split('\n')).toHaveLength(1);
      expect(failed.message).toBe(
        `ingest failed: Neo4j at ${neo4j.uri} wrote a transaction to its log but could not apply it to its ` +
          'store, and stopped (a full disk is the usual cause; its debug.log says); ' +
          "this run's transaction is in Neo4j's log: once Neo4j is restarted (with room on its disk), the graph is this run's",
      );

      // The API, asked as a client that accepts plain JSON, answers 503 with Retry-After, not 200.
      const api = await startTestApi(db);
      try {
        const answer = await api.query('{ people { totalCount } }');
        expect(answer.status).toBe(503);
        expect(answer.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      } finally {
        await api.close();
      }

      // What the report said: with room again and restarted, the graph is this run's.
      await neo4j.free();
      await neo4j.restart();
      const [row] = await db.read<{ n: number }>(
        'MATCH (p:Person) WHERE p.id STARTS WITH $prefix RETURN count(p) AS n',
        { prefix: INVENTED },
      );
      expect(row?.n).toBe(3_000);

      // The command says the same in one line on stderr, and exits 1: no dump of the driver's error.
      // Its run adds 3,000 more people: a re-ingest writes only what changed, and a few changed
      // descriptions fit in the room Neo4j's log keeps beforehand.
      await writeBigFacts(facts, 6_000, 3);
      await neo4j.fill(0);
      const cli = await run(
        process.execPath,
        ['--conditions=source', '--import', 'tsx', 'packages/ingest/src/cli.ts', '--facts', facts],
        {
          cwd: repoRoot(),
          env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: neo4j.config.password },
        },
      ).catch((e: { code: number; stderr: string }) => e);
      expect('code' in cli && cli.code).toBe(1);
      expect(cli.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(
          /^ingest failed: Neo4j at \S+ wrote a transaction to its log but could not apply it/,
        ),
      ]);
    } finally {
      await rm(facts, { recursive: true, force: true });
    }
  }, 600_000);

  it('keeps the local Neo4j from starting with too little room, in one line that says so', async () => {
    await expect(SmallDiskNeo4j.start(200, '1g')).rejects.toThrow(
      /^not enough free disk for Neo4j: \d+ MiB free on the disk of \S+, 1024 MiB needed \(NEO4J_LOCAL_MIN_FREE_DISK\)/,
    );
  });
});
