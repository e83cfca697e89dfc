import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  Database,
  DatabaseUnavailableError,
  freePort,
  LOCAL_STATE_DIR,
  migrate,
  readMigrations,
  repoRoot,
  startLocalNeo4j,
} from '@diplograph/db';
import { FACT_LABELS, FACT_RELATIONSHIP_TYPES } from '@diplograph/schema';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectTestDatabase, resetGraph } from './support/database.js';

const run = promisify(execFile);
const db = connectTestDatabase();

beforeAll(() => resetGraph(db));
afterAll(() => db.close());

describe('migrations', () => {
  it('applies every migration once, and a second run changes nothing', async () => {
    const versions = (await readMigrations()).map((m) => m.version);
    expect(await migrate(db)).toEqual(versions);
    const schema = () =>
      db.read('SHOW INDEXES YIELD name, type, state RETURN name, type, state ORDER BY name');
    const before = await schema();
    expect(await migrate(db)).toEqual([]);
    expect(await schema()).toEqual(before);
    expect(before.every((index) => index.state === 'ONLINE')).toBe(true);
  });

  it('gives every fact label and fact relationship type a range index on the review queue key', async () => {
    const indexed = await db.read<{ labelsOrTypes: string[] }>(
      `SHOW RANGE INDEXES YIELD labelsOrTypes, properties, state
       WHERE properties = ['reviewQueueKey'] AND state = 'ONLINE'
       RETURN labelsOrTypes`,
    );
    expect(indexed.flatMap((row) => row.labelsOrTypes).sort()).toEqual(
      [...FACT_LABELS, ...FACT_RELATIONSHIP_TYPES].sort(),
    );
  });

  it('records the applied versions in the graph', async () => {
    const rows = await db.read<{ version: string }>(
      'MATCH (m:Migration) RETURN m.version AS version ORDER BY version',
    );
    expect(rows.map((r) => r.version)).toEqual((await readMigrations()).map((m) => m.version));
  });

  it('replaces an index that a later migration creates again, as entity_search came to cover Entity', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'migrations-'));
    const index = (property: string) =>
      `CREATE RANGE INDEX replaced_in_test IF NOT EXISTS FOR (n:ReplacedInTest) ON (n.${property});\n`;
    const properties = () =>
      db.read<{ properties: string[] }>(
        "SHOW INDEXES YIELD name, properties WHERE name = 'replaced_in_test' RETURN properties",
      );
    try {
      await writeFile(join(dir, '9001-first.cypher'), index('first'));
      await migrate(db, dir);
      await writeFile(join(dir, '9002-again.cypher'), index('again'));
      expect(await migrate(db, dir)).toEqual(['9002-again']);
      expect(await properties()).toEqual([{ properties: ['again'] }]);
      const search = await db.read<{ labels: string[] }>(
        "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes WHERE name = 'entity_search' RETURN labelsOrTypes AS labels",
      );
      expect(search).toEqual([{ labels: ['Entity'] }]);
    } finally {
      await db.writeTransaction((tx) => db.run(tx, 'DROP INDEX replaced_in_test IF EXISTS'));
      await db.writeTransaction((tx) =>
        db.run(tx, "MATCH (m:Migration) WHERE m.version STARTS WITH '9' DELETE m"),
      );
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('connection errors', () => {
  it('names the URI in one line when the password is wrong', async () => {
    const { uri, user, database } = inject('neo4j');
    const wrong = Database.connect({
      uri,
      user,
      password: 'not-the-password',
      database,
      queryTimeoutMs: 5_000,
    });
    try {
      const error = await wrong.verify().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatabaseUnavailableError);
      expect((error as Error).message).toBe(`Neo4j at ${uri} rejected the user name or password`);
    } finally {
      await wrong.close();
    }
  });

  it('names the URI in one line when no database answers', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const stopped = Database.connect({
      uri,
      user: 'neo4j',
      password: 'whatever-pass',
      database: 'neo4j',
      queryTimeoutMs: 5_000,
    });
    try {
      const error = await stopped.verify().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatabaseUnavailableError);
      expect((error as Error).message).toMatch(new RegExp(`^cannot reach Neo4j at ${uri}: [^\\n]+$`));
    } finally {
      await stopped.close();
    }
  });

  it('makes the commands print that one line, not a stack trace', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const cli = join(repoRoot(), 'packages', 'db', 'dist', 'cli.js');
    const result = await run('node', [cli, 'migrate'], { env: { ...process.env, NEO4J_URI: uri } }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect('code' in result && result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringContaining(`cannot reach Neo4j at ${uri}`),
    ]);
  });
});

describe('the local database', () => {
  it('does not start on a disk with less room than it needs, and says so in one line', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'diplograph-no-room-'));
    try {
      const options = { port: await freePort(), dataDir, password: 'no-room-test', heap: '512m' };
      // More than any disk has: the check refuses before a JVM starts.
      const error = await startLocalNeo4j(
        { ...options, pageCache: '128m', stateDir: LOCAL_STATE_DIR, minFreeDisk: '1000000g' },
        { detached: false },
      ).catch((e: unknown) => e);
      expect((error as Error).message).toMatch(
        new RegExp(
          `^not enough free disk for Neo4j: \\d+ MiB free on the disk of ${dataDir}, \\d+ MiB needed`,
        ),
      );
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  // The settings of our launcher; another database (NEO4J_URI, Docker) has its own, see the README.
  const launched = inject('neo4j').origin === 'local launcher';

  it.runIf(launched)('refuses LOAD CSV from a file or a URL, in a read session too', async () => {
    const load = (url: string) => db.read('LOAD CSV FROM $url AS line RETURN line LIMIT 1', { url });
    await expect(load('file:///etc/passwd')).rejects.toThrow(/allow_csv_import_from_file_urls' is false/);
    // Nor may the server fetch for a client: a service on its loopback, a cloud's metadata.
    for (const url of ['http://127.0.0.1:7474/', 'http://169.254.169.254/latest/meta-data/']) {
      await expect(load(url)).rejects.toThrow(/is blocked via the configuration property/);
    }
  });

  it.runIf(launched)('checks transaction timeouts every 100 ms, not every 2 s', async () => {
    const rows = await db.read<{ value: string }>(
      "SHOW SETTINGS YIELD name, value WHERE name = 'db.transaction.monitor.check.interval' RETURN value",
    );
    expect(rows).toEqual([{ value: '100ms' }]);
  });

  it('keeps its data across a stop and a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'diplograph-restart-'));
    const options = {
      port: await freePort(),
      dataDir,
      password: 'restart-test',
      heap: '512m',
      pageCache: '128m',
      stateDir: LOCAL_STATE_DIR,
    };
    try {
      let running = await startLocalNeo4j(options, { detached: false });
      let local = Database.connect({
        uri: running.uri,
        user: 'neo4j',
        password: options.password,
        database: 'neo4j',
        queryTimeoutMs: 10_000,
      });
      await local.writeTransaction((tx) => local.run(tx, "CREATE (:Probe {id: 'kept'})"));
      await local.close();
      await running.stop();

      running = await startLocalNeo4j(options, { detached: false });
      local = Database.connect({
        uri: running.uri,
        user: 'neo4j',
        password: options.password,
        database: 'neo4j',
        queryTimeoutMs: 10_000,
      });
      const rows = await local.read<{ id: string }>('MATCH (p:Probe) RETURN p.id AS id');
      await local.close();
      await running.stop();
      expect(rows).toEqual([{ id: 'kept' }]);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});

describe('a statement its caller stops', () => {
  it('is stopped on the server, its session closed, and counted as stopped, not failed', async () => {
    const controller = new AbortController();
    const { usage } = db;
    const before = { failures: usage.failures, cancelled: usage.cancelled, sessions: usage.sessions };
    // A statement that would run for minutes: the caller gives up on it after 200 ms.
    const long = db
      .scoped({ signal: controller.signal })
      .read('UNWIND range(1, 100000000) AS i RETURN sum(i) AS total');
    setTimeout(() => controller.abort(new Error('the caller gave up')), 200);
    await expect(long).rejects.toThrow('the caller gave up');
    const deadline = Date.now() + 15_000;
    while (usage.sessionsOpen > 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect({
      open: usage.sessionsOpen,
      failures: usage.failures - before.failures,
      cancelled: usage.cancelled - before.cancelled,
      closed: usage.sessions - before.sessions,
    }).toEqual({ open: 0, failures: 0, cancelled: 1, closed: 1 });
  });
});
