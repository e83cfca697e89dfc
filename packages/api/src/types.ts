import type { builder } from './builder.js';

/** The builder's type configuration, for helpers that take field builders. */
export type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
