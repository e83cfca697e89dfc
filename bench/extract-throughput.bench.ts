/**
 * Throughput of machine reading: page segmentation, publication date, mention linking, dates and
 * proposals, over 1,000 articles made at run time by recombining and perturbing the corpus (nothing
 * of it is written anywhere). Not a test; run it with
 *
 *   pnpm exec vitest bench --run --project unit bench/extract-throughput.bench.ts
 *
 * It prints articles per second; the goal is 1,000 articles in under a minute.
 */
import { join } from 'node:path';
import { repoRoot } from '@diplograph/db';
import {
  articleSources,
  buildGazetteer,
  compileInput,
  extractArticle,
  findPublicationDate,
  segmentPage,
} from '@diplograph/ingest';
import { bench } from 'vitest';

const ARTICLES = 1_000;
const corpusDir = join(repoRoot(), '..', 'shared', 'corpus');
const input = await compileInput({ corpusDir, factsDir: join(repoRoot(), 'facts') });
const gazetteer = buildGazetteer(input.graph);

/** A small deterministic generator (mulberry32), so that every run reads the same articles. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The corpus as pools of lines by region kind: titles, datelines, story lines and noise blocks. */
const pools: Record<'title' | 'dateline' | 'story' | 'noise', string[]> = {
  title: [],
  dateline: [],
  story: [],
  noise: [],
};
for (const { article } of articleSources(input.graph, input.articles)) {
  for (const region of article.regions) {
    const text = article.text.slice(region.start, region.end).trim();
    if (!text) continue;
    if (region.kind === 'noise') pools.noise.push(text);
    else if (region.kind === 'title' || region.kind === 'dateline') pools[region.kind].push(text);
    else pools.story.push(...text.split('\n').filter((line) => line.trim()));
  }
}
const people = input.graph.nodes.filter((n) => n.label === 'Person').map((n) => String(n.props.name));

const lengths = input.articles.map((a) => a.text.length);

/**
 * One article as long as a corpus article, give or take 30%: a title, maybe a dateline, story lines
 * drawn at random, maybe a block of noise; people's names swapped and years shifted.
 */
function syntheticArticle(seed: number): string {
  const next = random(seed);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)] as T;
  const swap = new Map(people.map((name) => [name, pick(people)]));
  const perturb = (line: string) =>
    line
      .replace(/\b(20[12]\d)\b/g, (year) => String(Number(year) + Math.floor(next() * 3) - 1))
      .replace(new RegExp(people.join('|'), 'g'), (name) => swap.get(name) ?? name);
  const length = pick(lengths) * (0.7 + 0.6 * next());
  const lines = [pick(pools.title)];
  if (next() < 0.7) lines.push(pick(pools.dateline));
  if (next() < 0.5) lines.push(pick(pools.noise));
  while (lines.join('\n').length < length) lines.push(pick(pools.story));
  return lines.map(perturb).join('\n');
}

const texts = Array.from({ length: ARTICLES }, (_, i) => syntheticArticle(i + 1));
const characters = texts.reduce((n, t) => n + t.length, 0);

function readAll(): void {
  texts.forEach((text, i) => {
    const regions = segmentPage(text);
    const published = findPublicationDate(text, regions)?.date ?? null;
    extractArticle({ text, regions }, { id: `bench-${i}`, file: `${i}.txt`, text, published }, gazetteer);
  });
}

bench(
  `read ${ARTICLES.toLocaleString('en')} articles (${Math.round(characters / ARTICLES).toLocaleString('en')} characters each on average)`,
  () => {
    const started = performance.now();
    readAll();
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${ARTICLES} articles in ${seconds.toFixed(2)} s: ${Math.round(ARTICLES / seconds)} articles/s`,
    );
  },
  { iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 },
);
