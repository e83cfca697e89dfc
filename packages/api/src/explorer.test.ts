import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useExplorer } from './explorer.js';

let built: string;
let app: ReturnType<typeof createYoga>;
const get = (path: string, init: RequestInit = {}) => app.fetch(`http://localhost${path}`, init);

beforeAll(async () => {
  built = await mkdtemp(join(tmpdir(), 'diplograph-explorer-'));
  await mkdir(join(built, 'assets'));
  await writeFile(join(built, 'index.html'), '<!doctype html><title>explorer</title>');
  await writeFile(join(built, 'assets', 'index-abc123.js'), 'console.log(1)');
  await writeFile(join(built, 'assets', 'index-abc123.css'), 'body{}');
  await writeFile(join(tmpdir(), 'secret.txt'), 'not for the web');
  app = createYoga({ plugins: [useExplorer(built)], logging: false });
});

afterAll(async () => {
  await rm(built, { recursive: true, force: true });
});

describe('serving the built explorer at /explorer/', () => {
  it('serves the page and its assets with their content types', async () => {
    const page = await get('/explorer/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).toContain('<title>explorer</title>');

    const script = await get('/explorer/assets/index-abc123.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await get('/explorer/assets/index-abc123.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
  });

  it('answers HEAD without a body', async () => {
    const head = await get('/explorer/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('redirects /explorer to /explorer/, keeping the view in the query string', async () => {
    const response = await get('/explorer?nodes=khalid-zerouali');
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe('/explorer/?nodes=khalid-zerouali');
  });

  it('serves nothing outside the built folder', async () => {
    for (const path of [
      '/explorer/..%2fsecret.txt',
      '/explorer/..%2f..%2fsecret.txt',
      `/explorer/${encodeURIComponent(join(tmpdir(), 'secret.txt'))}`,
      '/explorer/assets%2f..%2f..%2fsecret.txt',
      '/explorer/index.html%00.js',
      '/explorer/%E0%A4%A',
      '/explorer/assets',
      '/explorer/missing.js',
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('not for the web');
    }
  });

  it('only reads', async () => {
    const post = await get('/explorer/', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('leaves other paths to the API', async () => {
    const other = await get('/explorer-not/');
    expect(other.status).toBe(404);
    expect(other.headers.get('x-content-type-options')).toBeNull();
  });

  it('says how to build the explorer when it is not built', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'diplograph-explorer-'));
    try {
      const notBuilt = createYoga({ plugins: [useExplorer(empty)], logging: false });
      const response = await notBuilt.fetch('http://localhost/explorer/');
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('The explorer is not built. Run `pnpm run build`');
    } finally {
      await rm(empty, { recursive: true });
    }
  });
});
