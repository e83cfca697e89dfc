import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  clickNode,
  drawnEdges,
  drawnNode,
  drawnNodes,
  graphql,
  neighbourCount,
  pagePerTest,
  screenshot,
  see,
} from './browser.js';

/** A hub: 36 relationships, more than one page of neighbours. */
const MEETING = 'gmmp-meeting-paris-2024-12';

let page: Page;
let errors: string[];

pagePerTest(
  (p, e) => {
    page = p;
    errors = e;
  },
  { acceptDownloads: true },
);

const status = () => page.locator('#status');
const summary = () => page.locator('#graph-summary');
const details = () => page.locator('#details');
const nodeCount = async () => (await drawnNodes(page)).length;

async function openExplorer(query = ''): Promise<void> {
  await page.goto(`${inject('apiUrl')}/explorer/${query}`);
  await page.locator('#graph[aria-busy="false"]').waitFor();
}

describe('the explorer for an analyst', () => {
  it('opens a picked search result with its neighbours, all in sight', async () => {
    await openExplorer();
    await page.keyboard.press('/');
    await page.keyboard.type('zerou', { delay: 40 });
    await see(page.locator('#search-results [role="option"]').first(), 'Khalid Zerouali');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const neighbours = await neighbourCount('khalid-zerouali');
    await see(status(), `Expanded Khalid Zerouali: ${neighbours} more nodes.`);
    const drawn = await drawnNodes(page);
    expect(drawn).toHaveLength(neighbours + 1);
    for (const node of drawn) expect(node.visible, `${node.id} is in sight`).toBe(true);
    expect((await drawnNode(page, 'khalid-zerouali')).classes).toContain('expanded');
    await screenshot(page, 'analyst-01-picked-with-neighbours');
  });

  it('dates each meeting among the search results, so meetings of one name tell apart', async () => {
    const { search } = await graphql<{ search: { type: string; node: { date: { text: string } | null } }[] }>(
      `{ search(query: "gmmp", first: 10, types: [Person, Organization, Country, Event, Commitment, Instrument, Place, Post, Theme, Axis]) {
        type node { ... on Event { date { text } } } } }`,
    );
    const dated = search.filter((hit) => hit.type === 'Event' && hit.node.date);
    expect(dated.length).toBeGreaterThan(1);
    await openExplorer();
    await page.keyboard.press('/');
    await page.keyboard.type('gmmp', { delay: 40 });
    const options = page.locator('#search-results [role="option"]:not(.article-hit)');
    await expect.poll(() => options.count()).toBe(search.length);
    const shown = await options.evaluateAll((all) =>
      all.map((o) => [o.querySelector('.type')?.textContent, o.querySelector('.when')?.textContent ?? null]),
    );
    expect(shown.filter(([type, when]) => type === 'Event' && when)).toHaveLength(dated.length);
    await screenshot(page, 'analyst-02-search-dates');
  });

  it("finds articles by their text, a date among it, and brings one article's facts into view", async () => {
    const { articleSearch } = await graphql<{
      articleSearch: { source: { id: string; title: string; facts: { id: string }[] } }[];
    }>('{ articleSearch(query: "28 octobre", first: 5) { source { id title facts(first: 200) { id } } } }');
    const [best] = articleSearch;
    if (!best) throw new Error('no article names the 28th of October');
    expect(best.source.facts.length).toBeGreaterThan(0);
    await openExplorer();
    await page.keyboard.press('/');
    await page.keyboard.type('28 octobre', { delay: 40 });
    const articles = page.locator('#search-results [role="option"].article-hit');
    await expect.poll(() => articles.count()).toBe(articleSearch.length);
    const first = articles.first();
    await see(first.locator('.name'), best.source.title);
    await expect(first.locator('.type').textContent()).resolves.toBe('Article');
    await see(first.locator('.excerpt'), '28');
    await screenshot(page, 'analyst-03-article-search');

    await first.click();
    await see(status(), `of “${best.source.title}” in view.`);
    const drawn = (await drawnNodes(page)).map((n) => n.id);
    expect(drawn.sort()).toEqual(best.source.facts.map((f) => f.id).sort());
  });

  it('pages through a hub’s neighbours, then says all are in', async () => {
    await openExplorer(`?nodes=${MEETING}&selected=${MEETING}`);
    // The panel tells the graph's relationships from the view's, which start at none.
    await see(details().locator('.properties'), '36 in the graph, 0 in view');
    await page.keyboard.press('e');
    await see(status(), 'is a hub with 36 relationships: neighbours 1–25 shown');
    await expect(status().getAttribute('data-tone')).resolves.toBe('warning');
    const first = await nodeCount();
    expect(first).toBe(26);
    await screenshot(page, 'analyst-04-hub-first-page');

    await page.keyboard.press('e');
    await see(status(), /Expanded .*: the last neighbours, \d+ more nodes?\./);
    const second = await nodeCount();
    expect(second).toBeGreaterThan(first);
    await page.keyboard.press('e');
    await see(status(), 'have been brought in');
    expect(await nodeCount()).toBe(second);
    const touching = (await drawnEdges(page)).filter((e) => e.source === MEETING || e.target === MEETING);
    await clickNode(page, MEETING);
    await see(details().locator('.properties'), `36 in the graph, ${touching.length} in view`);
    await screenshot(page, 'analyst-05-hub-all-pages');
  });

  it('expands a node by relationship type, with the counts the API gives', async () => {
    await openExplorer(`?nodes=${MEETING}&selected=${MEETING}`);
    const types = details().locator('.neighbour-types');
    const participants = types.locator('button[data-relationship="PARTICIPATED_IN"]');
    await participants.waitFor();
    const counts = await graphql<{
      neighbourCounts: { relationship: string; nodeType: string; count: number }[];
    }>(`query($id: ID!) { neighbourCounts(id: $id) { relationship nodeType count } }`, { id: MEETING });
    const through = counts.neighbourCounts.filter((c) => c.relationship === 'PARTICIPATED_IN');
    const total = through.reduce((sum, c) => sum + c.count, 0);
    for (const kind of through) await see(types, `${kind.count} ${kind.nodeType}`);
    await screenshot(page, 'analyst-06-by-type-counts');

    await participants.click();
    await see(status(), 'through participated in');
    const drawn = await drawnNodes(page);
    expect(drawn).toHaveLength(1 + Math.min(total, 25));
    const kinds = new Set(through.map((c) => c.nodeType));
    for (const node of drawn.filter((n) => n.id !== MEETING)) expect(kinds).toContain(node.type);
    await screenshot(page, 'analyst-07-by-type-expanded');
  });

  it('hides and shows node types from the legend, and keeps that in the link', async () => {
    await openExplorer(`?nodes=${MEETING}&selected=${MEETING}`);
    await page.keyboard.press('e');
    await see(status(), 'neighbours 1–25 shown');
    const types = new Set((await drawnNodes(page)).map((n) => n.type));
    const [hidden] = [...types].filter((t) => t !== 'Event');
    expect(hidden).toBeDefined();
    const toggle = page.locator(`#legend button[data-type="${hidden}"]`);
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await see(summary(), 'hidden');
    for (const node of await drawnNodes(page)) expect(node.visible, node.id).toBe(node.type !== hidden);
    expect(new URL(page.url()).searchParams.get('hide')).toBe(hidden);
    await screenshot(page, 'analyst-08-legend-filter');

    await page.reload();
    await expect(
      page.locator(`#legend button[data-type="${hidden}"]`).getAttribute('aria-pressed'),
    ).resolves.toBe('false');
    expect((await drawnNodes(page)).filter((n) => n.type === hidden && n.visible)).toEqual([]);
    await page.locator(`#legend button[data-type="${hidden}"]`).click();
    expect((await drawnNodes(page)).filter((n) => n.type === hidden).every((n) => n.visible)).toBe(true);
  });

  it('captions relationships and draws two between the same nodes apart, each clickable', async () => {
    // A pair of nodes joined by two relationships, found in the graph.
    const data = await graphql<{ neighbourhood: { edges: { source: string; target: string }[] } }>(
      `{ neighbourhood(id: "morocco", depth: 2, limit: 1000, perNode: 1000) { edges { source target } } }`,
    );
    const pairs = new Map<string, number>();
    for (const e of data.neighbourhood.edges) {
      const key = [e.source, e.target].sort().join(',');
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
    const pair = [...pairs].find(([, n]) => n >= 2)?.[0];
    expect(pair, 'the graph has two nodes joined twice').toBeDefined();
    await openExplorer(`?nodes=${pair}`);
    const edges = await drawnEdges(page);
    expect(edges.length).toBeGreaterThanOrEqual(2);
    const [a, b] = edges as [(typeof edges)[0], (typeof edges)[0]];
    expect(Math.hypot(a.x - b.x, a.y - b.y), 'their middles lie apart').toBeGreaterThan(10);
    for (const edge of edges) expect(edge.caption).toBe(edge.type.toLowerCase().replace(/_/g, ' '));
    await screenshot(page, 'analyst-09-parallel-edges');

    for (const edge of [a, b]) {
      await page.mouse.click(edge.x, edge.y);
      await expect.poll(() => new URL(page.url()).searchParams.get('selected')).toBe(edge.id);
    }
  });

  it('exports the view as PNG, JSON and CSV', async () => {
    await openExplorer('?nodes=khalid-zerouali,gmmp-meeting-paris-2024-12,morocco');
    const ids = (await drawnNodes(page)).map((n) => n.id).sort();
    const edges = await drawnEdges(page);
    const saved = async (button: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
      const path = await download.path();
      return { name: download.suggestedFilename(), bytes: await readFile(path) };
    };

    const png = await saved('#export-png');
    expect(png.name).toBe('diplograph-view.png');
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');

    const json = await saved('#export-json');
    expect(json.name).toBe('diplograph-view.json');
    const view = JSON.parse(json.bytes.toString());
    expect(view.nodes.map((n: { id: string }) => n.id).sort()).toEqual(ids);
    expect(view.edges).toHaveLength(edges.length);
    expect(view.nodes[0]).toEqual(
      expect.objectContaining({ type: expect.any(String), label: expect.any(String) }),
    );

    const csv = await saved('#export-csv');
    expect(csv.name).toBe('diplograph-view.csv');
    const lines = csv.bytes.toString().trimEnd().split('\r\n');
    expect(lines[0]).toBe('kind,id,type,label,source,target,date,origin');
    expect(lines.filter((l) => l.startsWith('node,'))).toHaveLength(ids.length);
    expect(lines.filter((l) => l.startsWith('relationship,'))).toHaveLength(edges.length);
    expect(lines.some((l) => l.startsWith('node,khalid-zerouali,Person,Khalid Zerouali,'))).toBe(true);
    await screenshot(page, 'analyst-10-export');
  });

  it('reopens a saved view with what was expanded, ready to collapse', async () => {
    await openExplorer('?nodes=khalid-zerouali&selected=khalid-zerouali');
    await page.keyboard.press('e');
    const neighbours = await neighbourCount('khalid-zerouali');
    await see(status(), `Expanded Khalid Zerouali: ${neighbours} more nodes.`);
    expect(new URL(page.url()).searchParams.get('expanded')).toBe('khalid-zerouali');
    await page.reload();
    await page.locator('#graph[aria-busy="false"]').waitFor();
    expect(await nodeCount()).toBe(neighbours + 1);
    expect((await drawnNode(page, 'khalid-zerouali')).classes).toContain('expanded');
    await expect(page.locator('#collapse').isDisabled()).resolves.toBe(false);
    await screenshot(page, 'analyst-11-reopened-expanded');
    await page.keyboard.press('c');
    await see(status(), 'Collapsed Khalid Zerouali');
    expect(await nodeCount()).toBe(1);
  });

  it('links each quoted passage to its article, and marks the articles without a date', async () => {
    const data = await graphql<{
      node: {
        evidence: { source: { title: string; url: string | null; published: { text: string } | null } }[];
      };
    }>(
      `query($id: ID!) { node(id: $id) { ... on Entity { evidence { source { title url published { text } } } } } }`,
      {
        id: MEETING,
      },
    );
    const sources = data.node.evidence.map((e) => e.source);
    expect(sources.some((s) => s.published === null)).toBe(true);
    await openExplorer(`?nodes=${MEETING}&selected=${MEETING}`);
    const captions = details().locator('.evidence-list figcaption');
    await expect.poll(() => captions.count()).toBe(sources.length);
    for (const [i, source] of sources.entries()) {
      const caption = captions.nth(i);
      if (source.url) await expect(caption.locator('a').getAttribute('href')).resolves.toBe(source.url);
      await expect(caption.locator('.undated').count()).resolves.toBe(source.published ? 0 : 1);
    }
    await screenshot(page, 'analyst-12-sources-undated');
  });

  it('lists in each panel what the API has for its type, and the articles naming the node', async () => {
    type Page = { totalCount: number; nodes: { id: string }[] };
    const data = await graphql<{
      gmmp: { convened: Page; mentionedIn: Page };
      morocco: { commitments: Page };
      posts: { nodes: { id: string; holders: { person: { id: string } }[] }[] };
      themes: { nodes: { id: string; events: Page; commitments: Page }[] };
    }>(`{
      gmmp: node(id: "gmmp") {
        ... on Organization { convened(first: 20) { totalCount nodes { id } } }
        ... on Entity { mentionedIn(first: 20) { totalCount nodes { id } } }
      }
      morocco: node(id: "morocco") { ... on Country { commitments(first: 20) { totalCount nodes { id } } } }
      posts(first: 10) { nodes { id holders { person { id } } } }
      themes(first: 10) {
        nodes { id events(first: 20) { totalCount nodes { id } } commitments(first: 20) { totalCount nodes { id } } }
      }
    }`);
    const ids = (page: Page) => page.nodes.map((n) => n.id);
    const listed = (section: string) =>
      details()
        .locator(`.${section} li > [data-node]`)
        .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-node')));
    const heading = (section: string) => details().locator(`.${section} h3`).textContent();
    const open = async (id: string) => {
      await openExplorer(`?nodes=${id}&selected=${id}`);
      await details().locator('.loading').waitFor({ state: 'detached' });
    };

    await open('gmmp');
    expect(data.gmmp.convened.totalCount).toBeGreaterThan(0);
    await expect(listed('related-convened')).resolves.toEqual(ids(data.gmmp.convened));
    const articles = details().locator('.articles li');
    await expect(articles.count()).resolves.toBe(data.gmmp.mentionedIn.nodes.length);
    await screenshot(page, 'analyst-13-organization-panel');

    await open('morocco');
    const commitments = data.morocco.commitments;
    expect(commitments.totalCount).toBeGreaterThan(commitments.nodes.length);
    await expect(listed('related-commitments')).resolves.toEqual(ids(commitments));
    await expect(heading('related-commitments')).resolves.toBe(
      `Commitments made (${commitments.nodes.length} of ${commitments.totalCount})`,
    );

    const post = data.posts.nodes.find((p) => p.holders.length > 0);
    expect(post).toBeDefined();
    if (post) {
      await open(post.id);
      const holders = await listed('holders');
      expect([...holders].sort()).toEqual(post.holders.map((h) => h.person.id).sort());
    }

    const theme = data.themes.nodes.find((t) => t.events.totalCount > 0 && t.commitments.totalCount > 0);
    expect(theme).toBeDefined();
    if (theme) {
      await open(theme.id);
      await expect(listed('related-events')).resolves.toEqual(ids(theme.events));
      await expect(listed('related-commitments')).resolves.toEqual(ids(theme.commitments));
      await screenshot(page, 'analyst-14-theme-panel');
    }
  });

  it("narrows the dates from a strip of the view's dates, widens them with Shift, and clears them", async () => {
    const JUNE = 'gmmp-7th-meeting-2025-06-25';
    await openExplorer(`?nodes=khalid-zerouali,${MEETING},${JUNE}`);
    await see(summary(), '3 nodes');
    // Two meetings half a year apart: a bar per month of 2024 and 2025, the person undated.
    const bars = page.locator('#timeline .bar');
    await expect.poll(() => bars.count()).toBe(24);
    const june = page.locator('#timeline .bar[data-from="2025-06-01"]');
    const december = page.locator('#timeline .bar[data-from="2024-12-01"]');
    await expect(june.getAttribute('aria-label')).resolves.toBe('2025-06: 1 dated node');
    await expect(
      page.locator('#timeline .bar[data-from="2025-01-01"]').getAttribute('aria-label'),
    ).resolves.toBe('2025-01: 0 dated nodes');
    const visible = async () =>
      (await drawnNodes(page))
        .filter((n) => n.visible)
        .map((n) => n.id)
        .sort();

    await june.click();
    await expect(page.locator('#date-from').inputValue()).resolves.toBe('2025-06-01');
    await expect(page.locator('#date-to').inputValue()).resolves.toBe('2025-06-30');
    await expect.poll(visible).toEqual([JUNE, 'khalid-zerouali']);
    await expect(june.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(december.getAttribute('aria-pressed')).resolves.toBe('false');
    expect(new URL(page.url()).searchParams.get('to')).toBe('2025-06-30');
    await screenshot(page, 'analyst-15-timeline');

    await december.click({ modifiers: ['Shift'] });
    await expect(page.locator('#date-from').inputValue()).resolves.toBe('2024-12-01');
    await expect.poll(visible).toEqual([MEETING, JUNE, 'khalid-zerouali'].sort());
    await expect(page.locator('#timeline .bar[aria-pressed="true"]').count()).resolves.toBe(7);

    await page.locator('#timeline .all').click();
    await expect(page.locator('#date-from').inputValue()).resolves.toBe('');
    await expect(page.locator('#timeline .bar[aria-pressed="true"]').count()).resolves.toBe(0);
    expect(new URL(page.url()).searchParams.get('from')).toBeNull();
  });

  it('says which ids of a link the graph does not have', async () => {
    await openExplorer('?nodes=khalid-zerouali,nobody-at-all');
    await see(status(), 'The link names 1 node the graph does not have: nobody-at-all.');
    expect((await drawnNodes(page)).map((n) => n.id)).toEqual(['khalid-zerouali']);
    await screenshot(page, 'analyst-16-unknown-id');
  });

  it('clears an earlier error when a new request starts', async () => {
    await openExplorer('?nodes=khalid-zerouali');
    await page.route('**/graphql', (route) => route.fulfill({ status: 503, body: 'busy' }));
    await clickNode(page, 'khalid-zerouali');
    await expect.poll(() => status().getAttribute('data-tone')).toBe('error');
    await screenshot(page, 'analyst-17-error');
    await page.unroute('**/graphql');
    await page.keyboard.press('e');
    await see(status(), 'Expanded Khalid Zerouali');
    await expect(status().getAttribute('data-tone')).resolves.toBe('info');
    // The page logged the failed request: that one is expected.
    errors.splice(0);
  });
});
