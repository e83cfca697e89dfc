import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from '@diplograph/db';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, inject } from 'vitest';
import type { DrawnEdge, DrawnNode } from '../../packages/explorer/src/graph.js';
import { PER_NODE } from '../../packages/explorer/src/queries.js';

/** Debian's Chromium: Playwright never downloads a browser here. */
export const CHROMIUM = '/usr/bin/chromium';

/** Where the runs save their screenshots (git ignores it). */
export const SCREENSHOTS = join(repoRoot(), 'test-results', 'e2e');

/**
 * Headless Chromium with the flags this machine needs: no sandbox (tests run as root), no GPU, and
 * none of Chromium's own network traffic, which the closed network refuses. Playwright gives every
 * launch a fresh temporary profile (--user-data-dir).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** Page errors and console errors, so that a test can say none happened. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** The nodes the explorer has drawn, once it is idle (see the page's debug hook). */
export async function drawnNodes(page: Page): Promise<DrawnNode[]> {
  await page.locator('#graph[aria-busy="false"]').waitFor();
  return page.evaluate(() => {
    if (!window.explorer) throw new Error('the explorer page has no debug hook');
    return window.explorer.drawnNodes();
  });
}

export async function drawnNode(page: Page, id: string): Promise<DrawnNode> {
  const node = (await drawnNodes(page)).find((n) => n.id === id);
  expect(node, `${id} is drawn`).toBeDefined();
  expect(node?.visible, `${id} is on screen (drawn at ${node?.x}, ${node?.y})`).toBe(true);
  return node as DrawnNode;
}

/** Clicks where the node is drawn on the canvas, as an analyst would. */
export async function clickNode(page: Page, id: string): Promise<void> {
  const { x, y } = await drawnNode(page, id);
  await page.mouse.click(x, y);
}

/** The relationships the explorer has drawn, once it is idle. */
export async function drawnEdges(page: Page): Promise<DrawnEdge[]> {
  await page.locator('#graph[aria-busy="false"]').waitFor();
  return page.evaluate(() => {
    if (!window.explorer) throw new Error('the explorer page has no debug hook');
    return window.explorer.drawnEdges();
  });
}

declare global {
  interface Window {
    explorer?: { drawnNodes(): DrawnNode[]; drawnEdges(): DrawnEdge[] };
  }
}

/** The text the element shows on screen: what is hidden by CSS is left out. */
export function shown(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the rendered text, the point here.
  return locator.innerText();
}

/**
 * Waits until the element shows the text (or matches it), then passes; fails after 30 s. The first
 * requests to a freshly loaded graph are slow on a busy two-core machine (a suite's first test has
 * taken 18–36 s in all, under the load of a parallel run), and a wait is not a measure of speed:
 * the benchmarks are.
 */
export async function see(locator: Locator, text: string | RegExp): Promise<void> {
  const check = expect.poll(() => shown(locator), { timeout: 30_000 });
  await (typeof text === 'string' ? check.toContain(text) : check.toMatch(text));
}

/**
 * One Chromium for the test file and a fresh page for each test, handed to `use` with the list of
 * the errors it logs: a test whose page logged one fails.
 */
export function pagePerTest(
  use: (page: Page, errors: string[]) => void,
  options: { acceptDownloads?: boolean } = {},
): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (!browser) throw new Error('Chromium did not start');
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, ...options });
    const errors = collectErrors(page);
    use(page, errors);
    return async () => {
      expect(errors).toEqual([]);
      await page.close();
    };
  });
}

/** Asks the API under test a query, as a reader would (no token): its data. */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${inject('apiUrl')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const { data } = (await response.json()) as { data: T };
  return data;
}

/**
 * How many neighbours expanding this node alone brings into the view, as the API counts them.
 * What machine reading adds around a node changes with the corpus and the rules: tests ask.
 */
export async function neighbourCount(id: string): Promise<number> {
  const data = await graphql<{ neighbourhood: { nodes: unknown[] } }>(
    'query ($id: ID!, $perNode: Int!) { neighbourhood(id: $id, depth: 1, perNode: $perNode) { nodes { id } } }',
    { id, perNode: PER_NODE },
  );
  return data.neighbourhood.nodes.length - 1;
}
