import type { Json, Question, Vars } from './queries/question.js';

export const SYSTEMS = ['api', 'neo4jGraphql', 'cypher'] as const;
export type System = (typeof SYSTEMS)[number];

export const SYSTEM_TITLES: Record<System, string> = {
  api: '(a) our API',
  neo4jGraphql: '(b) @neo4j/graphql',
  cypher: '(c) raw Cypher',
};

/** The HTTP request that asks `question` with `args` of one system. */
export function requestOf(system: System, base: string, question: Question, args: Vars) {
  if (system === 'cypher')
    return { url: `${base}/${question.name}`, path: `/${question.name}`, body: JSON.stringify(args) };
  const ask = system === 'api' ? question.api : question.neo4jGraphql;
  return {
    url: `${base}/graphql`,
    path: '/graphql',
    body: JSON.stringify({ query: ask.query, variables: ask.variables(args) }),
  };
}

/** Asks once and returns the answer's key; throws on any error in the response. */
export async function askKey(system: System, base: string, question: Question, args: Vars): Promise<unknown> {
  const { url, body } = requestOf(system, base, question, args);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const json = (await response.json()) as { data?: unknown; errors?: unknown };
  if (!response.ok || json.errors || !json.data) {
    throw new Error(
      `${system} failed on ${question.name} ${JSON.stringify(args)}: ${JSON.stringify(json.errors ?? json)}`,
    );
  }
  if (system === 'cypher') return question.cypher.key(json.data as Json[]);
  return (system === 'api' ? question.api : question.neo4jGraphql).key(json.data as Json);
}
