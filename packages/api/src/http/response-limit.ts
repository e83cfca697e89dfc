import type { Plugin } from 'graphql-yoga';

/**
 * Caps the size of a GraphQL answer: one over `maxBytes` is replaced by an error saying so (400,
 * RESPONSE_TOO_LARGE), with the headers it had. The cost estimate refuses most such queries before
 * they run; this holds for what it misjudges (long texts, large properties), so that no answer
 * ties up the process and the network with tens of megabytes.
 */
export function useResponseLimit(maxBytes: number): Plugin {
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      if (new URL(request.url).pathname !== '/graphql') return;
      if (!/^application\/(graphql-response\+)?json/.test(response.headers.get('content-type') ?? '')) return;
      const body = await response.text();
      if (Buffer.byteLength(body) <= maxBytes) {
        return setResponse(
          new fetchAPI.Response(body, { status: response.status, headers: response.headers }),
        );
      }
      const error = {
        message: `The answer is over ${maxBytes} bytes; ask for less (fewer aliases, fields, or a smaller page or limit).`,
        extensions: { code: 'RESPONSE_TOO_LARGE' },
      };
      setResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [error] }), {
          status: 400,
          headers: response.headers,
        }),
      );
    },
  };
}
