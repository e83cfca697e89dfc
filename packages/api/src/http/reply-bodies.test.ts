import { createYoga, useReadinessCheck } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useLandingPage } from './landing-page.js';
import { useReplyBodies } from './reply-bodies.js';

const app = (ready: boolean) =>
  createYoga({
    logging: false,
    landingPage: false,
    plugins: [useReplyBodies(), useReadinessCheck({ check: () => ready }), useLandingPage(true)],
  });
const get = (path: string, init: RequestInit = {}, ready = true) =>
  app(ready).fetch(`http://localhost${path}`, init);

describe('replies that would be empty', () => {
  it('say that the process is up at /health', async () => {
    const health = await get('/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
  });

  it('say whether the API is ready at /ready, and why not', async () => {
    expect(await (await get('/ready')).json()).toEqual({ status: 'ready' });
    const down = await get('/ready', {}, false);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ status: 'not ready' });
  });

  it('name their status otherwise', async () => {
    const missing = await get('/nowhere');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('404 Not Found\n');
  });

  it('stay empty for HEAD', async () => {
    expect(await (await get('/health', { method: 'HEAD' })).text()).toBe('');
  });
});

describe('the landing page at /', () => {
  it('leads to the explorer and GraphiQL', async () => {
    const page = await get('/');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toContain('href="/explorer/"');
    expect(html).toContain('href="/graphql"');
  });
});
