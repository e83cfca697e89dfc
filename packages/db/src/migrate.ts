import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Neo4jError } from 'neo4j-driver';
import type { Database } from './database.js';
import { MODEL_MIGRATION, modelMigration } from './model-migration.js';
import { repoRoot } from './repo-root.js';

export const MIGRATIONS_DIR = join(repoRoot(), 'cypher', 'migrations');

export interface Migration {
  /** File name without extension, e.g. `0001-unique-ids`; applied in name order. */
  version: string;
  checksum: string;
  statements: string[];
}

/** Splits a migration file into statements: one per `;`, comments dropped. */
export function parseMigration(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter(Boolean);
}

/** The migration files of the folder in name order, then the model's own (model-migration.ts). */
export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{4}-[a-z0-9-]+\.cypher$/.test(f)).sort();
  const fromFiles = await Promise.all(
    files.map(async (file) => {
      const text = await readFile(join(dir, file), 'utf8');
      return {
        version: file.replace(/\.cypher$/, ''),
        checksum: createHash('sha256').update(text).digest('hex'),
        statements: parseMigration(text),
      };
    }),
  );
  return [...fromFiles, modelMigration()];
}

/** The name of the index a statement creates, if it creates one. */
export function createdIndex(statement: string): string | undefined {
  return /^CREATE (?:FULLTEXT |RANGE |TEXT |POINT )?INDEX (\w+) IF NOT EXISTS/.exec(statement)?.[1];
}

/**
 * Applies the migrations the graph has not recorded yet, in order, and waits for their indexes.
 * Statements are idempotent (IF NOT EXISTS), so concurrent runs are harmless. A migration that
 * creates an index an earlier migration created otherwise replaces it: the earlier one is dropped
 * first, since IF NOT EXISTS would keep it as it was. Returns the versions applied now: none when the
 * graph is up to date.
 */
export async function migrate(db: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = await readMigrations(dir);
  const applied = new Map((await appliedMigrations(db)).map((m) => [m.version, m.checksum] as const));
  const done: string[] = [];
  /** Index name → the statement that created it. */
  const earlierIndexes = new Map<string, string>();
  const remember = (migration: Migration) => {
    for (const statement of migration.statements) {
      const name = createdIndex(statement);
      if (name) earlierIndexes.set(name, statement);
    }
  };
  for (const migration of migrations) {
    const checksum = applied.get(migration.version);
    if (checksum === migration.checksum) {
      remember(migration);
      continue;
    }
    // The model's migration changes with the vocabulary: its statements are applied again.
    if (checksum !== undefined && migration.version !== MODEL_MIGRATION) {
      throw new Error(
        `migration ${migration.version} was changed after it was applied; add a new migration instead`,
      );
    }
    // Schema statements cannot share a transaction with data writes: each gets its own.
    for (const statement of migration.statements) {
      const name = createdIndex(statement);
      const earlier = name && earlierIndexes.get(name);
      // The name is a word of our own migration files (createdIndex), never input.
      if (earlier && earlier !== statement)
        await db.writeTransaction((tx) => db.run(tx, `DROP INDEX ${name} IF EXISTS`));
      await applySchemaStatement(db, statement);
    }
    remember(migration);
    await db.writeTransaction((tx) =>
      db.run(
        tx,
        'MERGE (m:Migration {version: $version}) SET m.checksum = $checksum, m.appliedAt = datetime()',
        { version: migration.version, checksum: migration.checksum },
      ),
    );
    done.push(migration.version);
  }
  if (done.length > 0) await db.writeTransaction((tx) => db.run(tx, 'CALL db.awaitIndexes(300)'));
  return done;
}

/**
 * What Neo4j says when another run created the same rule between this one's check (IF NOT EXISTS)
 * and its commit: two ingests migrating a new database at once. The rule is there, as wanted.
 */
const CREATED_MEANWHILE = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.IndexWithNameAlreadyExists',
  'Neo.ClientError.Schema.ConstraintWithNameAlreadyExists',
]);

async function applySchemaStatement(db: Database, statement: string): Promise<void> {
  try {
    await db.writeTransaction((tx) => db.run(tx, statement));
  } catch (error) {
    if (!(error instanceof Neo4jError && CREATED_MEANWHILE.has(error.code))) throw error;
  }
}

export async function appliedMigrations(db: Database): Promise<{ version: string; checksum: string }[]> {
  return db.read<{ version: string; checksum: string }>(
    'MATCH (m:Migration) RETURN m.version AS version, m.checksum AS checksum ORDER BY version',
  );
}

/** True when every given migration is recorded in the graph: the API's readiness test. */
export async function isMigrated(db: Database, migrations: Migration[]): Promise<boolean> {
  const applied = await appliedMigrations(db);
  const recorded = new Map(applied.map((m) => [m.version, m.checksum] as const));
  return migrations.every((m) => recorded.get(m.version) === m.checksum);
}
