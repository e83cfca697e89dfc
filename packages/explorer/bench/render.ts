import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import type { ExplorerHook } from '../src/debug-hook.js';
import type { GraphView } from '../src/types.js';
import { syntheticGraph } from './synthetic-graph.js';

/**
 * Render benchmark: loads a 5,000-node, ~10,000-relationship graph into the built explorer in
 * headless Chromium, through the page's debug hook (window.explorer.load), and measures in the
 * browser the time to first render and the frame times while panning with the mouse.
 *
 *   pnpm --filter @diplograph/explorer bench [nodes] [edgesPerNode]
 */
const NODES = Number(process.argv[2] ?? 5_000);
const EDGES_PER_NODE = Number(process.argv[3] ?? 2);
const PAN_MS = 4_000;
const CHROMIUM = '/usr/bin/chromium';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

if (!existsSync(join(root, 'dist', 'index.html')))
  throw new Error('Build the explorer first: pnpm run build');
if (!existsSync(CHROMIUM))
  throw new Error(`Needs Debian's Chromium at ${CHROMIUM}: apt-get install -y chromium`);

const view = syntheticGraph(NODES, EDGES_PER_NODE);
// The published build (dist), not where Vite writes the next one (vite.config.ts).
const server = await preview({
  root,
  build: { outDir: 'dist' },
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: 4870 },
});
const browser = await chromium.launch({
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
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${server.resolvedUrls?.local[0]}`);
  await page.waitForFunction(() => Boolean(window.explorer));
  // CPU time of the page's main thread: unlike wall-clock time, other processes on the machine do not inflate it.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const mainThreadCpuMs = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return 1000 * (metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN);
  };

  // From handing the view to the page until the frame after the graph is drawn.
  const workBeforeLoad = await mainThreadCpuMs();
  const firstRenderMs = await page.evaluate(async (graph: GraphView) => {
    const start = performance.now();
    await window.explorer?.load(graph);
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    return performance.now() - start;
  }, view);
  const loadWorkMs = (await mainThreadCpuMs()) - workBeforeLoad;

  // Pan by dragging the background (a corner, where the rings of the layout leave it empty).
  const box = await page.locator('#graph').boundingBox();
  if (!box) throw new Error('the graph is not on the page');
  const start = { x: box.x + 12, y: box.y + 12 };
  // The frame callback hangs off window rather than a local name: tsx would wrap a named local
  // in a helper (__name) that does not exist in the page.
  await page.evaluate(() => {
    let last = performance.now();
    window.frameDeltas = [];
    window.stopFrames = false;
    window.onFrame = (now: number) => {
      window.frameDeltas?.push(now - last);
      last = now;
      if (!window.stopFrames && window.onFrame) requestAnimationFrame(window.onFrame);
    };
    requestAnimationFrame(window.onFrame);
  });
  const workBeforePan = await mainThreadCpuMs();
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const panStart = Date.now();
  for (let i = 0; Date.now() - panStart < PAN_MS; i++) {
    const angle = i / 20;
    await page.mouse.move(start.x + 300 + 250 * Math.cos(angle), start.y + 250 + 200 * Math.sin(angle));
  }
  await page.mouse.up();
  const deltas = await page.evaluate(() => {
    window.stopFrames = true;
    return (window.frameDeltas ?? []).slice(1);
  });
  const panWorkMs = (await mainThreadCpuMs()) - workBeforePan;
  const drawn = (await page.evaluate(() => window.explorer?.drawnNodes().length)) ?? 0;

  const sorted = [...deltas].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(`graph: ${view.nodes.length} nodes, ${view.edges.length} relationships (${drawn} drawn)`);
  console.log(
    `time to first render (load, layout, first frame): ${ms(firstRenderMs)} ` +
      `(main-thread CPU ${ms(loadWorkMs)}; machine load ${loadavg()[0]?.toFixed(1)})`,
  );
  console.log(
    `panning for ${PAN_MS / 1000} s: ${deltas.length} frames, frame time p50 ${ms(at(0.5))}, ` +
      `p95 ${ms(at(0.95))}, max ${ms(sorted.at(-1) ?? Number.NaN)}; ` +
      `main-thread CPU ${ms(panWorkMs / Math.max(deltas.length, 1))} a frame`,
  );
} finally {
  await browser.close();
  await server.close();
}

declare global {
  interface Window {
    explorer?: ExplorerHook;
    frameDeltas?: number[];
    stopFrames?: boolean;
    onFrame?: (now: number) => void;
  }
}
