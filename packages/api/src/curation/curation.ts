import { CuratorStore, DecisionLog, reviewEnv } from '@diplograph/curation';
import { type GraphQLSchema, GraphQLSchema as Schema } from 'graphql';

/** Where the API finds the curators' tokens and records their decisions. */
export interface Curation {
  curators: CuratorStore;
  log: DecisionLog;
}

/** What one request may do with decisions: who its curator is (none for anonymous clients). */
export interface RequestCuration {
  curator?: string;
  log: DecisionLog;
}

/** The files CURATORS_FILE and DECISIONS_LOG name (see the README). */
export function curationFromEnv(env: NodeJS.ProcessEnv = process.env): Curation {
  const { CURATORS_FILE, DECISIONS_LOG } = reviewEnv.parse(env);
  return { curators: new CuratorStore(CURATORS_FILE), log: new DecisionLog(DECISIONS_LOG) };
}

/**
 * The schema anonymous clients get: the same without its mutations, so that to them the API is
 * read-only exactly as before: no mutation type, and a mutation is an invalid document.
 */
export function withoutMutations(full: GraphQLSchema): GraphQLSchema {
  const config = full.toConfig();
  const mutation = full.getMutationType();
  return new Schema({ ...config, mutation: undefined, types: config.types.filter((t) => t !== mutation) });
}
