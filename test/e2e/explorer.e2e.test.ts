import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  clickNode,
  drawnNode,
  drawnNodes,
  neighbourCount,
  pagePerTest,
  screenshot,
  see,
  shown,
} from './browser.js';

const MEETING = 'gmmp-meeting-paris-2024-12';
const COMMITMENT = 'paris-2024-global-agenda';
const DECLARATION = 'joint-declaration-2024-10-28';
/** Machine-read: no curated fact names him, and the meeting comes from an article read by machine. */
const BOURITA = 'person-nasser-bourita';
const MADRID_2019 = 'event-2019-09-26-place-madrid-khalid-zerouali';
const DECLARATION_NAME = 'Déclaration conjointe sur le Partenariat d’Exception Renforcé';
const SOURCE_TITLE =
  'France-Maroc : une réunion inédite organisée à Paris pour améliorer les procédures migratoires !';

let page: Page;

pagePerTest((p) => {
  page = p;
});

const details = () => page.locator('#details');
const highlight = () => page.locator('#highlight');
const status = () => page.locator('#status');
const summary = () => page.locator('#graph-summary');

/** The panel says the selected fact is machine-read, with how sure the reading is (its number is the ingest's to tune). */
async function seeMachineRead(): Promise<void> {
  await expect
    .poll(() => shown(details().locator('.provenance')), { timeout: 10_000 })
    .toMatch(/^machine-read, confidence (0\.\d\d|1\.00)$/);
}

async function openExplorer(query = ''): Promise<void> {
  await page.goto(`${inject('apiUrl')}/explorer/${query}`);
  await page.locator('#graph[aria-busy="false"]').waitFor();
}

/** Types into the search box as a person would, and picks the first result with the keyboard. */
async function searchAndPick(text: string, expected: string): Promise<void> {
  await page.keyboard.press('/');
  await page.keyboard.type(text, { delay: 40 });
  await see(page.locator('#search-results [role="option"]').first(), expected);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await see(details().locator('h2'), expected);
}

describe('the graph explorer', () => {
  it('takes an analyst from a name to the evidence behind a commitment’s lineage', async () => {
    await openExplorer();
    await expect(page.title()).resolves.toBe('Diplograph explorer');

    // Search as you type: "zerou" finds Khalid Zerouali first.
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-input');
    await page.keyboard.type('zerou', { delay: 40 });
    const first = page.locator('#search-results [role="option"]').first();
    await see(first, 'Khalid Zerouali');
    await see(first, 'Person');
    await screenshot(page, '01-search');

    // Pick him with the keyboard: he is drawn, and the panel shows his posts and participations.
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#search-input').getAttribute('aria-activedescendant')).resolves.toBe(
      'search-option-0',
    );
    await page.keyboard.press('Enter');
    await see(details().locator('h2'), 'Khalid Zerouali');
    await drawnNode(page, 'khalid-zerouali');
    // He comes with his neighbours: his post, Morocco, his two GMMP meetings, and what machine
    // reading found about him (a meeting in Madrid among them).
    const neighbours = await neighbourCount('khalid-zerouali');
    expect(neighbours).toBeGreaterThanOrEqual(5);
    await see(status(), `Expanded Khalid Zerouali: ${neighbours} more nodes.`);
    await see(summary(), `${neighbours + 1} nodes`);
    await see(summary(), 'Selected: Khalid Zerouali (Person).');
    await see(details().locator('.part', { hasText: 'Posts' }), '3 Dec 2024');
    await see(
      details().locator('.part', { hasText: 'Posts' }),
      'Directeur de la Migration et de la Surveillance des Frontières',
    );
    const participations = details().locator('.part', { hasText: 'Participations' });
    await see(participations, 'Réunion du GMMP à Paris (Chancellerie)');
    await see(participations, 'led delegation');
    await see(participations, '« La délégation marocaine, dirigée par Khalid Zerouali »');
    await screenshot(page, '02-picked');

    // Expanding again with the keyboard says that all his neighbours are in.
    await page.keyboard.press('e');
    await see(status(), 'All the neighbours of Khalid Zerouali have been brought in.');
    await see(summary(), `${neighbours + 1} nodes`);
    await drawnNode(page, MEETING);
    await screenshot(page, '03-expanded');

    // Click the meeting on the canvas: the panel describes it, and warns that it is a hub.
    await clickNode(page, MEETING);
    await see(details().locator('h2'), 'Réunion du GMMP à Paris (Chancellerie)');
    await see(details().locator('.date'), '28 Oct 2024 – 3 Dec 2024');
    await see(details().locator('.part', { hasText: 'Participants' }), 'Khalid Zerouali');
    await see(details().locator('.part', { hasText: 'Commitments made there' }), 'Build a global agenda');
    await see(page.locator('#expand'), 'Expand (hub: 36 relationships, 25 at a time)');
    await screenshot(page, '04-meeting');

    // Expanding a hub brings a page of its neighbours, and the status line says so.
    await page.locator('#expand').click();
    await see(status(), 'is a hub with 36 relationships: neighbours 1–25 shown');
    await expect(status().getAttribute('data-tone')).resolves.toBe('warning');
    await drawnNode(page, COMMITMENT);
    await screenshot(page, '05-meeting-expanded');

    // Click a commitment the meeting made.
    await clickNode(page, COMMITMENT);
    await see(details().locator('h2'), 'Build a global agenda that combines easier legal mobility');
    await see(details().locator('.part', { hasText: 'Made at' }), 'Réunion du GMMP à Paris (Chancellerie)');
    await see(details().locator('.part', { hasText: 'Derives from' }), `${DECLARATION_NAME} framed by`);
    // What the curators wrote about it is marked as theirs, apart from what the article says.
    await see(details().locator('.description'), 'Curators’ note: The article calls shared responsibility');

    // Its lineage leads to the joint declaration of 28 Oct 2024, with the quoted evidence and its source.
    await page.keyboard.press('l');
    await see(highlight().locator('h2'), 'Lineage of Build a global agenda');
    const ancestor = highlight().locator('.lineage-entry', { hasText: DECLARATION_NAME });
    await see(ancestor, '28 Oct 2024');
    await see(ancestor, 'framed by');
    await see(
      ancestor.locator('blockquote'),
      '« Cette réunion s’inscrit dans le cadre de la Déclaration conjointe »',
    );
    await see(ancestor.locator('figcaption'), `${SOURCE_TITLE} — 3 Dec 2024`);
    expect((await drawnNode(page, DECLARATION)).classes).toContain('highlighted');
    expect((await drawnNode(page, COMMITMENT)).classes).toContain('highlighted');
    // What the lineage does not hold is faded, wherever it is drawn (the view moved to the lineage).
    const zerouali = (await drawnNodes(page)).find((n) => n.id === 'khalid-zerouali');
    expect(zerouali?.classes).toContain('faded');
    expect(new URL(page.url()).searchParams.get('lineage')).toBe(COMMITMENT);
    await screenshot(page, '06-lineage');

    // Follow it to the declaration and read the evidence for it.
    await ancestor.locator(`button[data-node="${DECLARATION}"]`).click();
    await see(details().locator('h2'), DECLARATION_NAME);
    await see(details().locator('.date'), '28 Oct 2024');
    const evidence = details().locator('.evidence-list figure', {
      hasText: 'signée à Rabat le 28 octobre 2024',
    });
    await see(
      evidence.locator('blockquote'),
      '« la Déclaration conjointe sur le Partenariat d’Exception Renforcé signée à Rabat le 28 octobre 2024 »',
    );
    await see(evidence.locator('figcaption'), `${SOURCE_TITLE} — 3 Dec 2024`);
    await screenshot(page, '07-evidence');

    // The link reopens the same view: its nodes, the lineage highlighted, the declaration selected.
    const link = page.url();
    const nodes = (await drawnNodes(page)).map((n) => n.id).sort();
    await page.goto('about:blank');
    await page.goto(link);
    await see(details().locator('h2'), DECLARATION_NAME);
    await see(highlight().locator('h2'), 'Lineage of Build a global agenda');
    const reopened = await drawnNodes(page);
    expect(reopened.map((n) => n.id).sort()).toEqual(nodes);
    expect(reopened.find((n) => n.id === DECLARATION)?.classes).toEqual(
      expect.arrayContaining(['selected', 'highlighted']),
    );
    await screenshot(page, '08-reopened');
  });

  it('finds the shortest path between two nodes chosen with the P key', async () => {
    await openExplorer();
    await searchAndPick('zerou', 'Khalid Zerouali');
    await page.keyboard.press('p');
    await see(status(), 'Path from Khalid Zerouali: select another node');
    await searchAndPick('declaration conjointe partenariat', DECLARATION_NAME);
    await see(page.locator('#path'), 'Path from Khalid Zerouali to here');
    await page.keyboard.press('p');
    await see(highlight().locator('h2'), 'Shortest path: 2 steps');
    const steps = highlight().locator('ol > li');
    await expect(steps.count()).resolves.toBe(3);
    await see(steps.nth(0), 'Khalid Zerouali');
    await see(steps.nth(2), DECLARATION_NAME);
    const path = new URL(page.url()).searchParams.get('path');
    expect(path).toBe(`khalid-zerouali,${DECLARATION}`);
    const highlighted = (await drawnNodes(page)).filter((n) => n.classes.includes('highlighted'));
    expect(highlighted.map((n) => n.id)).toEqual(expect.arrayContaining(['khalid-zerouali', DECLARATION]));
    expect(highlighted).toHaveLength(3);
    await screenshot(page, '09-path');

    await page.keyboard.press('Escape');
    await expect.poll(() => shown(highlight())).toBe('');
    expect(new URL(page.url()).searchParams.get('path')).toBeNull();
  });

  it('hides what falls outside the chosen dates, and keeps the dates in the link', async () => {
    await openExplorer(`?nodes=khalid-zerouali,${MEETING},gmmp-7th-meeting-2025-06-25`);
    await see(summary(), '3 nodes');
    await page.locator('#date-from').fill('2025-01-01');
    await page.locator('#date-from').dispatchEvent('change');
    await see(status(), '1 node is outside the dates chosen and hidden.');
    const drawn = await drawnNodes(page);
    expect(drawn.find((n) => n.id === MEETING)?.visible).toBe(false);
    expect(drawn.find((n) => n.id === 'gmmp-7th-meeting-2025-06-25')?.visible).toBe(true);
    expect(drawn.find((n) => n.id === 'khalid-zerouali')?.visible).toBe(true);
    expect(new URL(page.url()).searchParams.get('from')).toBe('2025-01-01');
    await screenshot(page, '10-dates');

    await page.reload();
    await expect(page.locator('#date-from').inputValue()).resolves.toBe('2025-01-01');
    expect((await drawnNodes(page)).find((n) => n.id === MEETING)?.visible).toBe(false);
  });

  it('is usable with the keyboard alone: expand, collapse, and move through the panel', async () => {
    await openExplorer();
    await searchAndPick('zerou', 'Khalid Zerouali');
    const neighbours = await neighbourCount('khalid-zerouali');
    await see(summary(), `${neighbours + 1} nodes`);
    await page.keyboard.press('c');
    await see(status(), `Collapsed Khalid Zerouali: ${neighbours} nodes removed.`);
    await see(summary(), '1 node');

    // Tab reaches the names in the panel; Enter on one selects it and brings it into the view.
    const meeting = details().locator(`.part button[data-node="${MEETING}"]`);
    await meeting.waitFor();
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if (await meeting.evaluate((button) => button === document.activeElement)) break;
    }
    await expect(meeting.evaluate((button) => button === document.activeElement)).resolves.toBe(true);
    const outline = await meeting.evaluate((button) => getComputedStyle(button).outlineStyle);
    expect(outline, 'the focused name shows a focus ring').not.toBe('none');
    await screenshot(page, '11-keyboard-focus');
    await page.keyboard.press('Enter');
    await see(details().locator('h2'), 'Réunion du GMMP à Paris (Chancellerie)');
    await see(summary(), '2 nodes');
    // The button is gone with the old panel: the focus lands on the new one's heading.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('details-title');
  });

  it('shows a relationship with the passages behind it', async () => {
    await openExplorer(`?nodes=khalid-zerouali,${MEETING}`);
    const [from, to] = [await drawnNode(page, 'khalid-zerouali'), await drawnNode(page, MEETING)];
    await page.mouse.click((from.x + to.x) / 2, (from.y + to.y) / 2);
    await see(details().locator('h2'), 'participated in');
    await see(details().locator('.properties'), 'led-delegation');
    await see(details().locator('.provenance'), 'curated');
    await see(
      details().locator('.evidence-list'),
      '« La délégation marocaine, dirigée par Khalid Zerouali »',
    );
  });

  it('marks machine-read facts, says how sure the reading is, and hides them with Curated only', async () => {
    await openExplorer();
    // Only machine-read articles name him: machine reading added him, and the panel says so.
    await searchAndPick('Bourita', 'Nasser Bourita');
    await seeMachineRead();
    expect((await drawnNode(page, BOURITA)).borderStyle, 'a machine-read node is dashed').toBe('dashed');
    await see(status(), 'Expanded Nasser Bourita');
    await drawnNode(page, 'morocco');
    await screenshot(page, '12-machine-read');

    // A curated actor says curated, and keeps its solid border.
    await searchAndPick('zerou', 'Khalid Zerouali');
    await see(details().locator('.provenance'), 'curated');
    expect((await drawnNode(page, 'khalid-zerouali')).borderStyle).toBe('solid');
    await see(status(), 'Expanded Khalid Zerouali');
    const before = await drawnNodes(page);
    const machine = before.filter((n) => n.borderStyle === 'dashed').map((n) => n.id);
    expect(machine).toEqual(expect.arrayContaining([BOURITA, MADRID_2019]));

    // Curated only hides what machine reading added, keeps the curated facts, and stays in the link.
    await page.locator('#curated-only').check();
    await see(status(), `Curated only: ${machine.length} machine-read nodes`);
    await see(summary(), `(${machine.length} hidden)`);
    const after = await drawnNodes(page);
    for (const node of after) {
      expect(node.visible, `${node.id} is shown unless machine-read`).toBe(!machine.includes(node.id));
    }
    expect(after.find((n) => n.id === 'morocco')?.visible).toBe(true);
    expect(new URL(page.url()).searchParams.get('curated')).toBe('only');
    await screenshot(page, '13-curated-only');

    // The link reopens it with the toggle on; turning it off shows them again.
    await page.reload();
    await expect(page.locator('#curated-only').isChecked()).resolves.toBe(true);
    expect((await drawnNodes(page)).find((n) => n.id === BOURITA)?.visible).toBe(false);
    await page.locator('#curated-only').uncheck();
    await see(status(), 'Machine-read nodes and relationships are shown.');
    expect((await drawnNodes(page)).find((n) => n.id === BOURITA)?.visible).toBe(true);
    expect(new URL(page.url()).searchParams.get('curated')).toBeNull();
  });

  it('says a machine-read relationship is machine-read, with its confidence', async () => {
    await openExplorer(`?nodes=${BOURITA},morocco`);
    const [from, to] = [await drawnNode(page, BOURITA), await drawnNode(page, 'morocco')];
    await page.mouse.click((from.x + to.x) / 2, (from.y + to.y) / 2);
    await see(details().locator('h2'), 'of country');
    await seeMachineRead();
    await expect(shown(details().locator('.properties'))).resolves.not.toContain('origin');
    // Machine-read facts rest on passages of their article too.
    await see(details().locator('.evidence-list'), 'Bourita');
    await screenshot(page, '14-machine-read-relationship');
  });
});
