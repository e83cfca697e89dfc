import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '@diplograph/ingest';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectTestDatabase, resetGraph } from '../support/database.js';
import { loadCorpus } from '../support/ingest.js';
import { CORPUS_DIR, DUPLICATE_ARTICLES_DIR, FACTS_DIR, TEST_ARTICLES_DIR } from '../support/paths.js';
import { pagePerTest, screenshot, see, shown } from './browser.js';

// A curator reviews machine-read facts in the explorer: signs in with a token, walks the review
// queue with the keyboard and decides; the API answers with the decisions made. Readers get the
// queue without decisions, and the API refuses their mutations. The decisions change the graph
// the other end-to-end files read, so the corpus is loaded again at the end.

let page: Page;
let errors: string[];

// The corpus with two articles of our own that name one person under two spellings, so that the
// queue holds a duplicate to merge whatever the shared corpus holds.
beforeAll(async () => {
  const corpus = await mkdtemp(join(tmpdir(), 'e2e-review-corpus-'));
  const db = connectTestDatabase();
  try {
    for (const dir of [CORPUS_DIR, TEST_ARTICLES_DIR, DUPLICATE_ARTICLES_DIR])
      await cp(dir, corpus, { recursive: true, filter: (source) => !source.endsWith('README.md') });
    await resetGraph(db);
    await ingest(db, { corpusDir: corpus, factsDir: FACTS_DIR });
  } finally {
    await db.close();
    await rm(corpus, { recursive: true, force: true });
  }
}, 300_000);

afterAll(async () => {
  const db = connectTestDatabase();
  try {
    await loadCorpus(db);
  } finally {
    await db.close();
  }
}, 300_000);

pagePerTest((p, e) => {
  page = p;
  errors = e;
});

/**
 * Asks the API as an anonymous reader would: what the graph now holds. It must not fail; the
 * paths given may carry a hint that their id names nothing (a rejected fact's, say).
 */
async function ask<T>(
  query: string,
  variables: Record<string, unknown> = {},
  unknownAt: string[] = [],
): Promise<T> {
  const response = await fetch(`${inject('apiUrl')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: T;
    errors?: { path?: string[]; extensions?: { code?: string } }[];
  };
  expect((body.errors ?? []).map((e) => [e.extensions?.code, e.path?.join('.')])).toEqual(
    unknownAt.map((path) => ['UNKNOWN_ID', path]),
  );
  return body.data as T;
}

const review = () => page.locator('#review');
const status = () => page.locator('#status');
/** The fact the queue shows, once it has settled. */
async function currentFact(): Promise<string> {
  await page.locator('#review[aria-busy="false"] .review-fact').waitFor();
  await page.locator('#graph[aria-busy="false"]').waitFor();
  const fact = await review().locator('.review-fact').getAttribute('data-fact');
  if (!fact) throw new Error('the review queue shows no fact');
  return fact;
}

async function openQueue(): Promise<void> {
  await page.goto(`${inject('apiUrl')}/explorer/`);
  await page.locator('#graph[aria-busy="false"]').waitFor();
  await page.locator('#review-toggle').click();
  await currentFact();
}

/** Narrows the queue to one type of fact and returns the first such fact. */
async function narrow(type: string): Promise<string> {
  await review().locator('#review-filter').selectOption(type);
  await expect
    .poll(() => page.locator('#review[aria-busy="false"] .review-fact').getAttribute('data-type'))
    .toBe(type);
  return currentFact();
}

/** Waits until the queue moves past the fact: a decision about it landed. */
async function decided(fact: string): Promise<void> {
  await expect
    .poll(() => review().locator('.review-fact').getAttribute('data-fact'), { timeout: 15_000 })
    .not.toBe(fact);
  await currentFact();
}

async function signIn(token: string): Promise<void> {
  await page.locator('.curator summary').click();
  await page.locator('#curator-token').fill(token);
  await page.locator('#curator-token').press('Enter');
}

describe('a curator in the explorer', () => {
  it('signs in, corrects a date and a role, rejects and accepts a commitment, and merges a duplicate person', async () => {
    await openQueue();
    await signIn(inject('curatorToken'));
    await see(status(), 'Signed in as a curator');
    await see(page.locator('#curator-state'), 'Signed in as a curator');
    await expect(page.evaluate(() => document.cookie)).resolves.toBe('');
    await review().locator('#review-actions').waitFor();

    // The least sure facts come first: each shown with its passage marked in its article.
    const first = await ask<{ reviewQueue: { items: { fact: string; confidence: number }[] } }>(
      '{ reviewQueue(first: 2) { items { fact confidence } } }',
    );
    const [a, b] = first.reviewQueue.items;
    expect(a && b && a.confidence <= b.confidence).toBe(true);
    const passage = review().locator('.article-text mark').first();
    await passage.waitFor();
    expect((await shown(passage)).length).toBeGreaterThan(0);
    await screenshot(page, 'review-01-queue');

    // A meeting's date.
    const meeting = await narrow('Event');
    await review().locator('#review-date').fill('2024-06');
    await review().locator('#review-reason').fill('the article dates it in June');
    await review().locator('#review-date').press('Enter');
    await decided(meeting);
    await see(status(), 'Corrected the date to 2024-06');
    const dated = await ask<{ node: { date: { text: string; precision: string } } }>(
      'query ($id: ID!) { node(id: $id) { ... on Event { date { text precision } } } }',
      { id: meeting },
    );
    expect(dated.node.date).toEqual({ text: '2024-06', precision: 'MONTH' });

    // A participant's role.
    const participation = await narrow('PARTICIPATED_IN');
    const [from, event] = await review()
      .locator('.ends button')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-node')));
    await review().locator('#review-role').fill('co-chaired');
    await review().locator('#review-role').press('Enter');
    await decided(participation);
    const role = await ask<{ factReview: { review: string } }>(
      'query ($id: ID!) { factReview(id: $id) { review } }',
      { id: participation },
    );
    expect(role.factReview.review).toBe('corrected');
    const participants = await ask<{
      node: { participants: { edges: { role: string; node: { id: string } }[] } };
    }>(
      'query ($id: ID!) { node(id: $id) { ... on Event { participants(first: 50) { edges { role node { id } } } } } }',
      { id: event },
    );
    expect(participants.node.participants.edges).toContainEqual({ role: 'CO_CHAIRED', node: { id: from } });
    await screenshot(page, 'review-02-role-corrected');

    // A commitment rejected with R, the next accepted with A: keys alone.
    const rejected = await narrow('Commitment');
    await page.keyboard.press('r');
    await decided(rejected);
    await see(status(), 'Rejected');
    const accepted = await currentFact();
    await page.keyboard.press('a');
    await decided(accepted);
    await see(status(), 'Accepted');
    const commitments = await ask<{ rejected: { id: string } | null; accepted: { review: string } }>(
      'query ($rejected: ID!, $accepted: ID!) { rejected: node(id: $rejected) { id } accepted: factReview(id: $accepted) { review } }',
      { rejected, accepted },
      ['rejected'],
    );
    expect(commitments).toEqual({ rejected: null, accepted: { review: 'accepted' } });

    // N passes over people until one may be a duplicate of another, then merges it.
    await narrow('Person');
    for (let i = 0; i < 40 && (await review().locator('.candidates .merge').count()) === 0; i++) {
      const shownFact = await currentFact();
      await page.keyboard.press('n');
      await decided(shownFact);
    }
    const duplicate = await currentFact();
    const merge = review().locator('.candidates .merge').first();
    const into = await merge.getAttribute('data-into');
    expect(into).toBeTruthy();
    await screenshot(page, 'review-03-duplicate');
    await merge.click();
    await decided(duplicate);
    await see(status(), `Merged into ${into}`);
    const merged = await ask<{ gone: { id: string } | null; resolved: string; kept: { id: string } }>(
      'query ($gone: ID!, $kept: ID!) { gone: node(id: $gone) { id } resolved: resolveId(id: $gone) kept: node(id: $kept) { id } }',
      { gone: duplicate, kept: into },
      ['gone'],
    );
    expect(merged).toEqual({ gone: null, resolved: into, kept: { id: into } });
    // The merged person left the view; the one kept is in it.
    const drawn = await page.evaluate(() => window.explorer?.drawnNodes().map((n) => n.id) ?? []);
    expect(drawn).not.toContain(duplicate);
    expect(drawn).toContain(into);

    // The decisions are recorded with their curator.
    const log = await ask<{ decisions: { curator: string; kind: string; fact: string }[] }>(
      '{ decisions(curator: "e2e-curator") { curator kind fact } }',
    );
    expect(log.decisions.map((d) => [d.kind, d.fact])).toEqual([
      ['CORRECT', meeting],
      ['CORRECT', participation],
      ['REJECT', rejected],
      ['ACCEPT', accepted],
      ['MERGE', duplicate],
    ]);
  }, 240_000);

  it('passes from fact to fact in queue order with N, and stays on the last one past the end', async () => {
    await openQueue();
    // The type of fact with the fewest waiting, so that N reaches its end.
    const types = ['Place', 'Organization', 'Instrument', 'Event', 'Person'];
    const counts = await Promise.all(
      types.map((type) =>
        ask<{ reviewQueue: { totalCount: number; items: { fact: string }[] } }>(
          'query ($types: [String!]) { reviewQueue(first: 100, types: $types) { totalCount items { fact } } }',
          { types: [type] },
        ),
      ),
    );
    const fewest = counts
      .map((answer, i) => ({ type: types[i] ?? '', ...answer.reviewQueue }))
      .filter((q) => q.totalCount > 1 && q.totalCount <= 100)
      .sort((x, y) => x.totalCount - y.totalCount)[0];
    expect(fewest).toBeDefined();
    if (!fewest) return;
    const seen = [await narrow(fewest.type)];
    for (let i = 1; i < fewest.totalCount; i++) {
      await page.keyboard.press('n');
      await decided(seen[i - 1] ?? '');
      seen.push(await currentFact());
    }
    expect(seen).toEqual(fewest.items.map((item) => item.fact));
    await page.keyboard.press('n');
    await see(
      review().locator('.review-position'),
      `Fact ${fewest.totalCount} of ${fewest.totalCount} waiting`,
    );
    expect(await currentFact()).toBe(fewest.items.at(-1)?.fact);
  });

  it('shows readers the review state of the facts in the panels', async () => {
    // The meeting whose date the curator corrected.
    const { decisions } = await ask<{ decisions: { fact: string; kind: string }[] }>(
      '{ decisions(curator: "e2e-curator") { fact kind } }',
    );
    const fact = decisions.find((d) => d.kind === 'CORRECT')?.fact ?? '';
    expect(fact).not.toBe('');
    await page.goto(
      `${inject('apiUrl')}/explorer/?nodes=${encodeURIComponent(fact)}&selected=${encodeURIComponent(fact)}`,
    );
    await page.locator('#graph[aria-busy="false"]').waitFor();
    await see(page.locator('#details .review-state'), 'corrected by a curator');
    await screenshot(page, 'review-04-reader-sees-state');
  });
  it('tells a curator whose fact another curator decided first that theirs stands, and moves on', async () => {
    await openQueue();
    await signIn(inject('curatorToken'));
    await review().locator('#review-actions').waitFor();
    const fact = await narrow('Commitment');
    expect(await page.evaluate(() => window.explorer?.drawnNodes().map((n) => n.id))).toContain(fact);

    // Meanwhile, from another client, the other curator rejects the commitment shown.
    const response = await fetch(`${inject('apiUrl')}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        authorization: `Bearer ${inject('otherCuratorToken')}`,
      },
      body: JSON.stringify({
        query: 'mutation ($fact: ID!) { rejectFact(fact: $fact, reason: "read twice") { id } }',
        variables: { fact },
      }),
    });
    expect((await response.json()).errors).toBeUndefined();

    await page.keyboard.press('a');
    await see(status(), 'Another curator decided');
    await see(status(), 'theirs stands, yours was not recorded');
    await decided(fact);
    expect(await page.evaluate(() => window.explorer?.drawnNodes().map((n) => n.id))).not.toContain(fact);
    const log = await ask<{ decisions: { curator: string; kind: string }[] }>(
      'query ($fact: ID!) { decisions(fact: $fact) { curator kind } }',
      { fact },
    );
    expect(log.decisions).toEqual([{ curator: 'e2e-other-curator', kind: 'REJECT' }]);
    await screenshot(page, 'review-05-conflict');
  });
});

describe('a reader without a token', () => {
  it('is offered no decisions, and the API refuses a mutation sent from the page', async () => {
    await openQueue();
    await see(review(), 'Sign in as a curator to decide.');
    expect(await review().locator('#review-actions').count()).toBe(0);
    expect(await review().locator('.candidates .merge').count()).toBe(0);
    const fact = await currentFact();
    await page.keyboard.press('r');
    await see(status(), 'Sign in as a curator to decide.');
    expect(await review().locator('.review-fact').getAttribute('data-fact')).toBe(fact);

    const refused = await page.evaluate(async (id) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: `mutation { rejectFact(fact: "${id}", reason: "x") { id } }` }),
      });
      return { status: response.status, body: await response.text() };
    }, fact);
    expect(refused.status).toBe(400);
    expect(refused.body).toContain('read-only');
    // The browser logs the refusal it was sent to provoke.
    errors.splice(
      errors.indexOf('Failed to load resource: the server responded with a status of 400 (Bad Request)'),
      1,
    );
    const still = await ask<{ factReview: { review: string | null } | null }>(
      'query ($id: ID!) { factReview(id: $id) { review } }',
      { id: fact },
    );
    expect(still.factReview).toEqual({ review: null });
    await screenshot(page, 'review-06-reader');
  });
});
