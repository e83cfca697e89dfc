import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readmeExamples } from '@diplograph/api';
import { repoRoot } from '@diplograph/db';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectErrors, launchChromium, screenshot } from './browser.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('GraphiQL', () => {
  it('loads and runs a README query with the network closed to all but the API', async () => {
    const api = inject('apiUrl');
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = collectErrors(page);
    // Everything that is not the API is refused, as on a machine with no internet.
    const refused: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${api}/`) || url.startsWith('blob:') || url.startsWith('data:'))
        return route.continue();
      refused.push(url);
      return route.abort('internetdisconnected');
    });

    await page.goto(`${api}/`);
    await page.getByRole('link', { name: 'GraphiQL' }).click();
    await page.waitForURL(`${api}/graphql`);
    await expect(page.title()).resolves.toBe('Diplograph');

    // One saved tab per README example, the first open.
    const examples = readmeExamples(await readFile(join(repoRoot(), 'README.md'), 'utf8'));
    const tabs = page.locator('.graphiql-tab');
    await expect.poll(() => tabs.count(), { timeout: 20_000 }).toBe(examples.length);
    await expect.poll(() => tabs.first().textContent()).toContain('WhichCommitmentsTraceBack');
    await expect.poll(() => page.locator('.graphiql-query-editor').textContent()).toContain('lineage(of:');

    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    await expect.poll(() => response.textContent(), { timeout: 20_000 }).toContain('"totalCount"');
    expect(await response.textContent()).not.toContain('"errors"');
    await screenshot(page, 'graphiql-offline');

    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
