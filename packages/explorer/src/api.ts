import { curatorToken } from './curator-token.js';

/** Where the public GraphQL API answers: the same origin as the page. */
const ENDPOINT = '/graphql';

export class ApiError extends Error {}

/**
 * Sends one GraphQL operation and returns its data, or throws with the API's first error message.
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
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new ApiError(body.errors[0]?.message ?? 'the API answered with an error');
  if (!response.ok || !body.data) throw new ApiError(`the API answered ${response.status}`);
  return body.data;
}
