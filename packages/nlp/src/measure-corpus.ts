#!/usr/bin/env node
// Times every article of the corpus through the NLP server, bypassing the cache, and checks that
// every token's offsets point at its originalText. Prints counts and figures only, never text.
// usage: node packages/nlp/dist/measure-corpus.js [concurrency]   (CORPUS_DIR, NLP_URL as usual)
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readEnv, repoRoot } from '@diplograph/db';
import type { Annotation } from './annotation.js';
import { NlpClient } from './client/nlp-client.js';
import { nlpConfig, nlpEnv } from './config.js';
import { isLanguage, type Language } from './language.js';

interface Article {
  text: string;
  language: Language;
}

async function readCorpus(dir: string): Promise<Article[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(join(dir, name), 'utf8');
      const sidecar = await readFile(join(dir, name.replace(/\.txt$/, '.json')), 'utf8').catch(() => '{}');
      const language: unknown = JSON.parse(sidecar).language;
      return { text, language: typeof language === 'string' && isLanguage(language) ? language : 'fr' };
    }),
  );
}

function misplacedTokens(text: string, annotation: Annotation): number {
  let misplaced = 0;
  for (const sentence of annotation.sentences) {
    for (const t of sentence.tokens) {
      if (text.slice(t.characterOffsetBegin, t.characterOffsetEnd) !== t.originalText) misplaced++;
    }
  }
  return misplaced;
}

async function main(): Promise<void> {
  const concurrency = Number(process.argv[2] ?? 2);
  const corpusDir = resolve(process.env.CORPUS_DIR ?? join(repoRoot(), '..', 'shared', 'corpus'));
  const config = nlpConfig(readEnv(nlpEnv));
  const articles = await readCorpus(corpusDir);
  const cacheDir = await mkdtemp(join(tmpdir(), 'nlp-measure-'));
  try {
    const client = new NlpClient({ ...config, cacheDir });
    const started = performance.now();
    const annotations = await client.annotateAll(articles, { concurrency });
    const seconds = (performance.now() - started) / 1000;
    const byLanguage = new Map<Language, number>();
    let tokens = 0;
    let sentences = 0;
    let mentions = 0;
    let misplaced = 0;
    annotations.forEach((annotation, i) => {
      const article = articles[i];
      if (!article) return;
      const count = annotation.sentences.reduce((n, s) => n + s.tokens.length, 0);
      tokens += count;
      byLanguage.set(article.language, (byLanguage.get(article.language) ?? 0) + count);
      sentences += annotation.sentences.length;
      mentions += annotation.sentences.reduce((n, s) => n + s.entitymentions.length, 0);
      misplaced += misplacedTokens(article.text, annotation);
    });
    const characters = articles.reduce((n, a) => n + a.text.length, 0);
    console.log(
      `${articles.length} articles, ${characters} characters, concurrency ${concurrency}, ${config.url}`,
    );
    console.log(
      `${sentences} sentences, ${tokens} tokens (${[...byLanguage].map(([l, n]) => `${l} ${n}`).join(', ')})`,
    );
    console.log(`${mentions} entity mentions; tokens whose offsets miss their originalText: ${misplaced}`);
    console.log(
      `${seconds.toFixed(1)} s: ${Math.round(tokens / seconds)} tokens/s, ${(articles.length / seconds).toFixed(1)} articles/s`,
    );
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
