import { STATUS_CODES } from 'node:http';
import type { Plugin } from 'graphql-yoga';

/** What /health and /ready say, as JSON, by status. */
const PROBES: Record<string, Record<number, { status: string; detail?: string }>> = {
  '/health': { 200: { status: 'ok' } },
  '/ready': {
    200: { status: 'ready' },
    503: { status: 'not ready', detail: 'Neo4j does not answer, or lacks a migration' },
  },
};

/**
 * Gives a body to the replies that Yoga sends without one (the probes, a 404, a 415): a person
 * or a script reading them is told what the status means. Answers to HEAD, 204, 304 and
 * redirects stay empty, as HTTP wants them.
 */
export function useReplyBodies(): Plugin {
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      const { status } = response;
      if (request.method === 'HEAD' || status === 204 || status === 304 || (status >= 300 && status < 400))
        return;
      if (response.headers.has('content-type')) return;
      if ((await response.clone().text()) !== '') return;
      const probe = PROBES[new URL(request.url).pathname]?.[status];
      const headers = new fetchAPI.Headers(response.headers);
      if (probe) {
        headers.set('content-type', 'application/json; charset=utf-8');
        return setResponse(new fetchAPI.Response(JSON.stringify(probe), { status, headers }));
      }
      headers.set('content-type', 'text/plain; charset=utf-8');
      setResponse(
        new fetchAPI.Response(`${status} ${response.statusText || STATUS_CODES[status] || 'Error'}\n`, {
          status,
          headers,
        }),
      );
    },
  };
}
