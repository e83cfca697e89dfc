import { createHash } from 'node:crypto';
import { ENTITY_LABELS, FACT_LABELS, FACT_RELATIONSHIP_TYPES } from '@diplograph/schema';

/** The version the model's own migration is recorded under: after every file's, in name order. */
export const MODEL_MIGRATION = 'model';

const snake = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();

/**
 * The constraints and indexes every label and relationship type of the model has, derived from
 * its vocabulary (packages/schema), so that a label or type it gains needs no migration file: a
 * unique id per label, and the review queue key of every fact label and fact relationship type
 * (curation/review-queue-query.ts walks them). Names are those 0001 and 0007 gave them, so on a
 * graph that has those these statements change nothing. Labels and types come only from the
 * model's fixed lists.
 */
export function modelStatements(): string[] {
  return [
    ...ENTITY_LABELS.map(
      (label) => `CREATE CONSTRAINT ${snake(label)}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
    ),
    ...FACT_LABELS.map(
      (label) =>
        `CREATE RANGE INDEX ${snake(label)}_review_queue IF NOT EXISTS FOR (n:${label}) ON (n.reviewQueueKey)`,
    ),
    ...FACT_RELATIONSHIP_TYPES.map(
      (type) =>
        `CREATE RANGE INDEX ${snake(type)}_review_queue IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.reviewQueueKey)`,
    ),
  ];
}

/** The model's migration; its checksum changes with the vocabulary, and it is applied again then. */
export function modelMigration() {
  const statements = modelStatements();
  const checksum = createHash('sha256').update(statements.join(';\n')).digest('hex');
  return { version: MODEL_MIGRATION, checksum, statements };
}
