import type { Context } from '../context.js';
import type { GraphRecord } from '../records.js';

// Records come from nodes the ingest validated against the model, so the type a field expects is
// the type of the record its id or pattern leads to.

/** Records for a list of ids, in order, leaving out ids that no longer exist. */
export async function loadRecords<T = GraphRecord>(
  ctx: Context,
  ids: readonly string[],
  loader = ctx.loaders.entities,
): Promise<T[]> {
  const records = await loader.loadMany(ids);
  return records.filter((r) => r !== null && !(r instanceof Error)) as T[];
}

/** The record of an id that must exist (a reference the ingest checked). */
export async function loadRecord<T = GraphRecord>(ctx: Context, id: string): Promise<T> {
  const record = await ctx.loaders.entities.load(id);
  if (!record) throw new Error(`dangling reference to ${id}`);
  return record as T;
}
