import { join } from 'node:path';
import { repoRoot } from '@diplograph/db';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './schema/index.js';

/** Where the SDL of the API is committed; a test fails when it and the code disagree. */
export const SCHEMA_FILE = join(repoRoot(), 'packages', 'api', 'schema.graphql');

/** The SDL of the API, types in alphabetical order so that the file diffs well. */
export function schemaSDL(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
