import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readGold, readReadingGold } from './gold.js';

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

describe('the reading gold', async () => {
  const written = new URL('written/', new URL('../../../../gold/', import.meta.url));
  const files = [
    ...(await readReadingGold(gold)).map((file) => ({ file, folder: corpus })),
    ...(await readReadingGold(fileURLToPath(written))).map((file) => ({ file, folder: written })),
  ];

  it('keeps our own articles in the written split, and the corpus articles out of it', () => {
    for (const { file, folder } of files)
      expect(file.split === 'written', file.file).toBe(folder === written);
  });

  for (const { file, folder } of files) {
    it(`of ${file.file} quotes the article exactly, in short passages, and refers to its own ids`, () => {
      const text = readFileSync(new URL(file.file, folder), 'utf8');
      const items = [
        ...file.people,
        ...file.organizations,
        ...file.places,
        ...file.meetings,
        ...file.documents,
        ...file.commitments,
        ...file.noise,
      ];
      for (const { quote } of items) {
        expect(text, quote).toContain(quote);
        expect(quote.split(/\s+/).length, quote).toBeLessThanOrEqual(20);
      }
      const meetings = new Set(file.meetings.map((m) => m.id));
      for (const d of file.documents) if (d.adoptedAt) expect(meetings).toContain(d.adoptedAt);
      for (const c of file.commitments) if (c.madeAt) expect(meetings).toContain(c.madeAt);
      const documents = new Set(file.documents.map((d) => d.id));
      for (const c of file.commitments)
        if (c.derivesFrom?.match(/^d\d+$/)) expect(documents).toContain(c.derivesFrom);
    });
  }
});
