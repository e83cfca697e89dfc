import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { repoRoot } from '@diplograph/db';
import type { Plugin } from 'graphql-yoga';

const PREFIX = '/explorer';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

// The page only talks to this origin; style attributes are how it colours legend swatches.
const PAGE_POLICY =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const NOT_BUILT =
  'The explorer is not built. Run `pnpm run build` at the repository root (`./diplograph up` does it), then reload.\n';

/**
 * Serves the built explorer (packages/explorer/dist) at /explorer/: its static files only, for GET
 * and HEAD, never anything outside that folder. The page itself uses the public /graphql.
 */
export function useExplorer(dir = join(repoRoot(), 'packages', 'explorer', 'dist')): Plugin {
  const root = resolve(dir);
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== PREFIX && !url.pathname.startsWith(`${PREFIX}/`)) return;
      const reply = (
        status: number,
        body: string | Uint8Array<ArrayBuffer> | null,
        headers: Record<string, string> = {},
      ) =>
        endResponse(
          new fetchAPI.Response(request.method === 'HEAD' ? null : body, {
            status,
            headers: { 'x-content-type-options': 'nosniff', ...headers },
          }),
        );
      const text = { 'content-type': 'text/plain; charset=utf-8' };

      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return reply(405, 'Method not allowed\n', { ...text, allow: 'GET, HEAD' });
      }
      // Relative asset URLs in the page need the trailing slash; the query string is the view's state.
      if (url.pathname === PREFIX) return reply(308, null, { location: `${PREFIX}/${url.search}` });
      if (!(await isFile(join(root, 'index.html')))) return reply(503, NOT_BUILT, text);

      const file = fileFor(root, url.pathname.slice(PREFIX.length + 1));
      if (!file || !(await isFile(file))) return reply(404, 'Not found\n', text);
      const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
      return reply(200, new Uint8Array(await readFile(file)), {
        'content-type': type,
        // Vite names built assets by their content hash: they never change under the same name.
        'cache-control': file.startsWith(join(root, 'assets') + sep)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
        ...(type.startsWith('text/html') ? { 'content-security-policy': PAGE_POLICY } : {}),
      });
    },
  };
}

/** The file a URL path names inside the root, or undefined when it would lie outside it. */
function fileFor(root: string, path: string): string | undefined {
  let relative: string;
  try {
    relative = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (relative.includes('\0')) return undefined;
  const file = resolve(root, relative || 'index.html');
  return file.startsWith(root + sep) ? file : undefined;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
