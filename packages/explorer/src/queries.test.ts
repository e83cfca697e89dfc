import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import sdl from '../../api/schema.graphql?raw';
import { RELATED_LISTS } from './node-types.js';
import { DETAILS_QUERY } from './queries.js';

// The explorer is a client of the public API: what it asks must hold against the committed schema,
// or a renamed field would only show as an empty panel.
const schema = buildSchema(sdl);

describe("the side panel's query", () => {
  it('is valid against the API schema', () => {
    expect(validate(schema, parse(DETAILS_QUERY)).map((e) => e.message)).toEqual([]);
  });

  it('asks each list of a type once', () => {
    const keys = RELATED_LISTS.map((l) => `${l.on}.${l.field}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
