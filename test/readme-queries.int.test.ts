import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readmeExamples } from '@diplograph/api';
import { repoRoot } from '@diplograph/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api.js';
import { connectTestDatabase } from './support/database.js';
import { loadCorpus } from './support/ingest.js';

// The README's example queries, taken from its text, asked of the curated corpus: each must answer
// what the sentence above it asks, no more and no less.
const db = connectTestDatabase();
let api: TestApi;
let examples: Array<{ question: string; query: string }>;

beforeAll(async () => {
  await loadCorpus(db);
  api = await startTestApi(db);
  examples = readmeExamples(await readFile(join(repoRoot(), 'README.md'), 'utf8'));
});
afterAll(async () => {
  await api?.close();
  await db.close();
});

/** Runs the README example whose question starts with `start`, failing on any error. */
async function answer(start: string): Promise<any> {
  const example = examples.find((e) => e.question.startsWith(start));
  expect(example, `a README example asking "${start}…"`).toBeDefined();
  const { data, errors } = await api.query((example as { query: string }).query);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data;
}

describe('the README examples, asked as written', () => {
  it('are all covered here', () => {
    expect(examples.map((e) => e.question)).toEqual([
      'Which commitments trace back to the October 2024 declaration, and through what?',
      "Who was France's directeur de l'immigration on 3 December 2024, and on 25 June 2025?",
      'Who co-chaired the 7th GMMP meeting, when and where?',
      'How are Samira Sitaïl and Bruno Retailleau connected?',
      'Which meetings did Abdelouafi Laftit and Bruno Retailleau both attend, and what post did each hold on the day?',
      'Search, blind to accents and case, by the start of a word: what matches, named, or quoted with its article when a passage matches:',
    ]);
  });

  it('lineage: every commitment that derives from the declaration, each with the path and its quotes', async () => {
    const data = await answer('Which commitments trace back');
    const expected = await db.read<{ id: string }>(
      `MATCH (c:Commitment)-[:DERIVES_FROM]->+(:Instrument {id: 'joint-declaration-2024-10-28'})
       RETURN DISTINCT c.id AS id ORDER BY id`,
    );
    const items = data.lineage.edges.map((e: any) => e.node);
    expect(items.map((i: any) => i.node.id).sort()).toEqual(expected.map((r) => r.id));
    expect(data.lineage.totalCount).toBe(expected.length);
    for (const item of items) {
      expect(item.path.length).toBe(item.depth);
      expect(item.path.at(-1).to.name).toMatch(/déclaration/i);
      for (const step of item.path) expect(step.evidence.length).toBeGreaterThan(0);
    }
  });

  it('post holders: Simon Fetet in December 2024, Frédéric Joram in June 2025', async () => {
    const data = await answer("Who was France's directeur");
    expect(data.dec.map((h: any) => h.person.name)).toEqual(['Simon Fetet']);
    expect(data.dec[0].evidence.length).toBeGreaterThan(0);
    expect(data.jun.map((h: any) => h.person.name)).toEqual(['Frédéric Joram']);
  });

  it('the 7th GMMP meeting alone: its co-chairs, date and place', async () => {
    const data = await answer('Who co-chaired the 7th GMMP meeting');
    expect(data.events.nodes).toHaveLength(1);
    const [meeting] = data.events.nodes;
    expect(meeting.number).toBe(7);
    expect(meeting.date).toEqual({ text: '2025-06-25', precision: 'DAY' });
    expect(meeting.places.nodes.map((p: any) => p.name)).toEqual(['Paris']);
    expect(meeting.participants.edges.map((e: any) => e.node.name).sort()).toEqual([
      'Frédéric Joram',
      'Khalid Zerouali',
    ]);
    for (const edge of meeting.participants.edges) expect(edge.evidence.length).toBeGreaterThan(0);
  });

  it('connection: every shortest path from Samira Sitaïl to Bruno Retailleau, and the view of them', async () => {
    const data = await answer('How are Samira Sitaïl and Bruno Retailleau connected?');
    const [shortest] = await db.read<{ length: number }>(
      // Connected through facts: passages and sources are not links between actors.
      `MATCH p = SHORTEST 1 (:Entity {id: 'samira-sitail'})
         (()-[r]-() WHERE NOT type(r) IN ['SUPPORTED_BY', 'QUOTED_FROM', 'MENTIONS']){1,8}
         (:Entity {id: 'bruno-retailleau'})
       RETURN length(p) AS length`,
    );
    const { paths, view } = data.shortestPaths;
    expect(paths.length).toBeGreaterThan(0);
    const inView = new Set(view.nodes.map((n: any) => n.id));
    for (const path of paths) {
      expect(path.length).toBe(shortest?.length);
      expect(path.nodeIds[0]).toBe('samira-sitail');
      expect(path.nodeIds.at(-1)).toBe('bruno-retailleau');
      for (const id of path.nodeIds) expect(inView.has(id)).toBe(true);
    }
  });

  it('meetings both attended: exactly those where each took part, every participant with the post held that day or none', async () => {
    const data = await answer('Which meetings did Abdelouafi Laftit and Bruno Retailleau both attend');
    const expected = await db.read<{ name: string }>(
      `MATCH (:Entity {id: 'abdelouafi-laftit'})-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(:Entity {id: 'bruno-retailleau'})
       RETURN DISTINCT e.name AS name ORDER BY name`,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(data.events.nodes.map((e: any) => e.name).sort()).toEqual(expected.map((r) => r.name));
    for (const event of data.events.nodes) {
      const names = event.participants.edges.map((p: any) => p.node.name);
      expect(names).toEqual(expect.arrayContaining(['Abdelouafi Laftit', 'Bruno Retailleau']));
    }
  });

  it('search: Samira Sitaïl first, and every hit says what it is (a name, or a quote with its article)', async () => {
    const data = await answer('Search, blind to accents and case');
    const hits = data.search;
    expect(hits[0].node.id).toBe('samira-sitail');
    for (const hit of hits) {
      if (hit.type === 'Evidence') expect(hit.node.quote && hit.node.source.title).toBeTruthy();
      else expect(hit.node.name).toBeTruthy();
    }
  });
});
