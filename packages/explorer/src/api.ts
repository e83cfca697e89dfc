import { curatorToken } from './curator-token.js';

/** Where the public GraphQL API answers: the same origin as the page. */
const ENDPOINT = '/graphql';

/** The API's refusal, with its code (CONFLICT, BAD_USER_INPUT…) when it gave one. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/**
 * Sends one GraphQL operation and returns its data, or throws with the API's first error message
 * (hints about unknown ids aside).
 * A signed-in curator's token goes with it: the API then offers the decisions' mutations.
 */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const token = curatorToken();
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => ({}))) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  // A hint that an id names nothing leaves the answer whole: the page says which ids it lacks.
  const failure = body.errors?.find((error) => error.extensions?.code !== 'UNKNOWN_ID');
  if (failure) throw new ApiError(failure.message, failure.extensions?.code);
  if (!response.ok || !body.data) throw new ApiError(`the API answered ${response.status}`);
  return body.data;
}
