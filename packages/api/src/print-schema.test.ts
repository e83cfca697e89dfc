import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, schemaSDL } from './print-schema.js';

describe('the committed schema.graphql', () => {
  it('is the SDL the code builds (run `pnpm --filter @diplograph/api schema` after a change)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaSDL());
  });
});
