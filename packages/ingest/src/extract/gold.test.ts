import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readGold } from './gold.js';

const gold = fileURLToPath(new URL('../../../../gold/', import.meta.url));
const corpus = new URL('../../../../../shared/corpus/', import.meta.url);

describe('the gold annotations', async () => {
  const files = await readGold(gold);

  it('cover the five articles', () => {
    expect(files).toHaveLength(5);
  });

  for (const file of files) {
    it(`of ${file.file} hold the article's text at their offsets and lines`, () => {
      const text = readFileSync(new URL(file.file, corpus), 'utf8');
      const { people, organizations, acronyms, places, meetings } = file.proposals;
      for (const item of [
        ...file.mentions,
        ...file.dates,
        ...people,
        ...organizations,
        ...acronyms,
        ...places,
        ...meetings,
      ]) {
        expect(text.slice(item.start, item.end)).toBe(item.text);
        expect(text.slice(0, item.start).split('\n').length).toBe(item.line);
      }
    });
  }
});
