import { describe, expect, it } from 'vitest';
import { ENTITY_LABELS, FACT_LABELS, FACT_RELATIONSHIP_TYPES } from '../../schema/src/vocabulary.js';
import { createdIndex, parseMigration, readMigrations } from './migrate.js';
import { MODEL_MIGRATION, modelStatements } from './model-migration.js';

describe('migrations', () => {
  it('split into statements without comments', () => {
    const text =
      '// why\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\nCREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.y);\n';
    expect(parseMigration(text)).toEqual([
      'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)',
      'CREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.y)',
    ]);
  });

  it('are idempotent statements, and every label of the model has a unique id', async () => {
    const statements = (await readMigrations()).flatMap((m) => m.statements);
    expect(statements.every((s) => s.includes('IF NOT EXISTS'))).toBe(true);
    for (const label of ENTITY_LABELS) {
      expect(statements).toContainEqual(
        expect.stringMatching(new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.id IS UNIQUE`)),
      );
    }
  });

  it('index the review queue key of every fact label and fact relationship type', async () => {
    const statements = (await readMigrations()).flatMap((m) => m.statements);
    for (const label of FACT_LABELS) {
      expect(statements).toContainEqual(expect.stringContaining(`FOR (n:${label}) ON (n.reviewQueueKey)`));
    }
    for (const type of FACT_RELATIONSHIP_TYPES) {
      expect(statements).toContainEqual(
        expect.stringContaining(`FOR ()-[r:${type}]-() ON (r.reviewQueueKey)`),
      );
    }
  });

  it('name the indexes they create, so that a later migration can replace one', () => {
    expect(
      createdIndex('CREATE FULLTEXT INDEX entity_search IF NOT EXISTS\nFOR (n:Entity) ON EACH [n.x]'),
    ).toBe('entity_search');
    expect(
      createdIndex('CREATE RANGE INDEX held_review_queue IF NOT EXISTS FOR ()-[r:HELD]-() ON (r.k)'),
    ).toBe('held_review_queue');
    expect(
      createdIndex('CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE'),
    ).toBe(undefined);
  });

  it('search every entity with one full-text index, whatever labels the model has', async () => {
    const search = (await readMigrations())
      .flatMap((m) => m.statements)
      .filter((s) => createdIndex(s) === 'entity_search');
    expect(search.at(-1)).toContain('FOR (n:Entity)');
  });

  it('derive the constraints and review queue indexes of the model from its vocabulary, named as the files named them', async () => {
    const files = (await readMigrations()).filter((m) => m.version !== MODEL_MIGRATION);
    const perLabelOrType = files
      .flatMap((m) => m.statements)
      .filter(
        (s) =>
          s.includes('reviewQueueKey') || (s.includes('REQUIRE n.id IS UNIQUE') && !s.includes('(n:Entity)')),
      );
    expect(perLabelOrType.length).toBeGreaterThan(0);
    expect(modelStatements()).toEqual(expect.arrayContaining(perLabelOrType));
  });
});
