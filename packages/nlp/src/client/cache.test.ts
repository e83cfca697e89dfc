import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnnotationCache } from './annotation-cache.js';
import { cacheKey } from './cache-key.js';

describe('cacheKey', () => {
  it('is the sha256 of version, language and text', () => {
    const key = cacheKey('corenlp-4.5.10+abc', 'fr', 'Bonjour.');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(cacheKey('corenlp-4.5.10+abc', 'fr', 'Bonjour.')).toBe(key);
  });

  it('changes with any of the three', () => {
    const keys = new Set([
      cacheKey('v1', 'fr', 'Bonjour.'),
      cacheKey('v2', 'fr', 'Bonjour.'),
      cacheKey('v1', 'es', 'Bonjour.'),
      cacheKey('v1', 'fr', 'Bonjour !'),
    ]);
    expect(keys.size).toBe(4);
  });

  it('cannot be forged by moving characters between the parts', () => {
    expect(cacheKey('v1', 'fr', 'fr')).not.toBe(cacheKey('v1f', 'fr', 'r'));
  });
});

describe('AnnotationCache', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nlp-cache-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const answer = {
    sentences: [
      { index: 0, tokens: [], basicDependencies: [], entitymentions: [], enhancedDependencies: [] },
    ],
  };

  it('keeps the server answer as it came and reads back the fields we use', async () => {
    const cache = new AnnotationCache(dir);
    const key = cacheKey('v', 'en', 'x');
    expect(await cache.get(key)).toBeUndefined();
    await cache.put(key, JSON.stringify(answer));
    expect(JSON.parse(await readFile(cache.path(key), 'utf8'))).toEqual(answer);
    expect(await cache.get(key)).toEqual({
      sentences: [{ index: 0, tokens: [], basicDependencies: [], entitymentions: [] }],
    });
    expect(cache.path(key)).toBe(join(dir, key.slice(0, 2), `${key}.json`));
  });

  it('leaves no temporary file behind', async () => {
    const cache = new AnnotationCache(dir);
    const key = cacheKey('v', 'en', 'y');
    await Promise.all([cache.put(key, JSON.stringify(answer)), cache.put(key, JSON.stringify(answer))]);
    expect(await readdir(dirname(cache.path(key)))).toEqual([`${key}.json`]);
  });

  it('treats a damaged file as missing', async () => {
    const cache = new AnnotationCache(dir);
    const key = cacheKey('v', 'en', 'z');
    await cache.put(key, '{"sentences": [');
    expect(await cache.get(key)).toBeUndefined();
    await writeFile(cache.path(key), '{"sentences": [{"index": "one"}]}');
    expect(await cache.get(key)).toBeUndefined();
  });
});
