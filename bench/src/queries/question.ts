import { RELATIONSHIP_TYPES } from '@diplograph/schema';
import type { Picks } from '../synthetic/generate.js';

export type Vars = Record<string, unknown>;
export type Json = Record<string, unknown>;

/** How one system asks a question: a request, and how to read the answer into a comparable key. */
export interface GraphqlAsk {
  query: string;
  variables: (args: Vars) => Vars;
  /** The answer reduced to what must agree across systems (ids, counts), as canonical JSON. */
  key: (data: Json) => unknown;
}

export interface CypherAsk {
  statement: string;
  params: (args: Vars) => Vars;
  key: (rows: Json[]) => unknown;
}

/**
 * One analyst question, asked three ways: (a) our API, (b) @neo4j/graphql, (c) one Cypher
 * statement through neo4j-driver. All three return the same data.
 */
export interface Question {
  name: string;
  title: string;
  /** Argument sets spread over the graph; requests cycle through them. */
  args: (picks: Picks) => Vars[];
  api: GraphqlAsk;
  neo4jGraphql: GraphqlAsk;
  cypher: CypherAsk;
}

/** Relationship types of facts: graph views leave out passages, sources and mentions. */
export const FACT_TYPES: string[] = RELATIONSHIP_TYPES.filter(
  (t) => !['SUPPORTED_BY', 'QUOTED_FROM', 'MENTIONS'].includes(t),
);

/** A node's type as the API names it: its label other than Entity and Actor. */
export const TYPE_OF = (n: string) => `[l IN labels(${n}) WHERE NOT l IN ['Entity', 'Actor']][0]`;

export const sorted = <T>(items: T[], by: (item: T) => string): T[] =>
  [...items].sort((a, b) => (by(a) < by(b) ? -1 : by(a) > by(b) ? 1 : 0));

export const quotes = (evidence: { quote: string }[]): string[] => evidence.map((e) => e.quote).sort();

// biome-ignore lint/suspicious/noExplicitAny: answers are read as loose JSON, then reduced to keys.
export type Loose = any;
