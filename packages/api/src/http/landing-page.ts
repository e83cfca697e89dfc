import type { Plugin } from 'graphql-yoga';

// Nothing but this document and its inline style.
const PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function page(graphiql: boolean): string {
  const ide = graphiql
    ? '<li><a href="/graphql">GraphiQL</a>: write GraphQL queries, with the README\'s examples as tabs</li>'
    : '<li><code>/graphql</code>: the GraphQL API (GraphiQL is off on this server)</li>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Diplograph</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#222}a{color:#1c5fa8}</style>
</head>
<body>
<h1>Diplograph</h1>
<p>A knowledge graph of diplomatic cooperation, every fact tied to the passage of the article that supports it.</p>
<ul>
<li><a href="/explorer/">Graph explorer</a>: search, expand and follow the graph without writing queries</li>
${ide}
</ul>
<p><a href="/health">/health</a> · <a href="/ready">/ready</a></p>
</body>
</html>
`;
}

/** Answers `/` with a small page that leads to the explorer and GraphiQL. */
export function useLandingPage(graphiql: boolean): Plugin {
  const html = page(graphiql);
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/' || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : html, {
          headers: {
            'content-type': 'text/html; charset=utf-8',
            'content-security-policy': PAGE_POLICY,
            'x-content-type-options': 'nosniff',
          },
        }),
      );
    },
  };
}
