import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest, readCorpus } from '@diplograph/ingest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTestDatabase } from './support/database.js';
import { dumpGraph, loadCorpus } from './support/ingest.js';
import { CORPUS_DIR, FACTS_DIR } from './support/paths.js';

const db = connectTestDatabase();

beforeAll(() => loadCorpus(db));
afterAll(() => db.close());

/** The actors of an event with a role, by id, sorted. */
async function actorsWithRole(eventId: string, role: string) {
  const rows = await db.read<{ id: string }>(
    'MATCH (a:Actor)-[r:PARTICIPATED_IN {role: $role}]->(:Event {id: $eventId}) RETURN a.id AS id ORDER BY id',
    { eventId, role },
  );
  return rows.map((r) => r.id);
}

async function event(id: string) {
  const [row] = await db.read<{
    date: string;
    earliest: string;
    latest: string;
    places: string[];
    sources: string[];
  }>(
    `MATCH (e:Event {id: $id})
     RETURN e.date AS date, e.dateEarliest AS earliest, e.dateLatest AS latest,
       COLLECT { MATCH (e)-[:TOOK_PLACE_IN]->(p) RETURN p.id ORDER BY p.id } AS places,
       COLLECT { MATCH (e)-[:SUPPORTED_BY]->(:Evidence)-[:QUOTED_FROM]->(s) RETURN DISTINCT s.id ORDER BY s.id } AS sources`,
    { id },
  );
  return row;
}

async function holders(postId: string, day: string) {
  const rows = await db.read<{ id: string }>(
    `MATCH (p:Person)-[h:HELD]->(:Post {id: $postId})
     WHERE h.knownFrom <= date($day) <= h.knownTo RETURN p.id AS id ORDER BY id`,
    { postId, day },
  );
  return rows.map((r) => r.id);
}

describe('src-001: the GMMP meeting in Paris (3 Dec 2024)', () => {
  it('was led by Khalid Zerouali and co-chaired by Samira Sitaïl', async () => {
    expect(await actorsWithRole('gmmp-meeting-paris-2024-12', 'led-delegation')).toEqual(['khalid-zerouali']);
    expect(await actorsWithRole('gmmp-meeting-paris-2024-12', 'co-chaired')).toEqual(['samira-sitail']);
  });

  it('took place in Paris, at the Chancellerie, between the declaration and the report', async () => {
    expect(await event('gmmp-meeting-paris-2024-12')).toMatchObject({
      date: '2024-10-28/2024-12-03',
      places: ['chancellerie', 'paris'],
    });
  });

  it('continues the Marrakech meeting of "le 3 octobre dernier", resolved to 3 Oct 2024', async () => {
    expect((await event('gmmp-meeting-marrakech-2024-10-03'))?.date).toBe('2024-10-03');
    const rows = await db.read(
      'MATCH (:Event {id: "gmmp-meeting-paris-2024-12"})-[:CONTINUES]->(m:Event) RETURN m.id AS id',
    );
    expect(rows).toEqual([{ id: 'gmmp-meeting-marrakech-2024-10-03' }]);
  });

  it('records the GMMP as created in May 2018', async () => {
    const [row] = await db.read(
      'MATCH (o:Organization {id: "gmmp"}) RETURN o.founded AS founded, o.acronym AS acronym',
    );
    expect(row).toEqual({ founded: '2018-05', acronym: 'GMMP' });
  });

  it('holds the session planned in France for the first quarter of 2025', async () => {
    const [row] = await db.read<{ status: string; date: string; precision: string }>(
      'MATCH (e:Event {id: "gmmp-next-session-2025-q1"}) RETURN e.status AS status, e.date AS date, e.datePrecision AS precision',
    );
    expect(row).toEqual({ status: 'planned', date: '2025-Q1', precision: 'quarter' });
  });
});

describe('src-000 and src-001 report one meeting', () => {
  it('is one event node supported by both articles', async () => {
    expect((await event('gmmp-meeting-paris-2024-12'))?.sources).toEqual(['src-000', 'src-001']);
    const [row] = await db.read<{ n: number }>(
      'MATCH (e:Event) WHERE e.name CONTAINS "Chancellerie" OR e.id STARTS WITH "gmmp-meeting-paris" RETURN count(e) AS n',
    );
    expect(row?.n).toBe(1);
  });
});

describe('src-002: the 7th GMMP meeting', () => {
  it('was co-chaired by Khalid Zerouali and Frédéric Joram on 25 June 2025 in Paris', async () => {
    expect(await actorsWithRole('gmmp-7th-meeting-2025-06-25', 'co-chaired')).toEqual([
      'frederic-joram',
      'khalid-zerouali',
    ]);
    expect(await event('gmmp-7th-meeting-2025-06-25')).toMatchObject({
      date: '2025-06-25',
      places: ['paris'],
    });
  });

  it('takes the 14 April 2025 Rabat meeting from the photo caption, marked as a caption', async () => {
    expect(await actorsWithRole('laftit-retailleau-meeting-rabat-2025-04-14', 'received')).toEqual([
      'abdelouafi-laftit',
    ]);
    // Machine reading adds the other articles that report the same meeting; src-002's is its caption.
    const rows = await db.read<{ section: string }>(
      'MATCH (:Event {id: "laftit-retailleau-meeting-rabat-2025-04-14"})-[:SUPPORTED_BY]->(e:Evidence {sourceId: "src-002"}) RETURN DISTINCT e.section AS section',
    );
    expect(rows).toEqual([{ section: 'caption' }]);
  });

  it('dates the LPC joint mission between May and June 2025', async () => {
    expect((await event('lpc-joint-mission-2025'))?.date).toBe('2025-05/2025-06');
  });
});

describe('src-003: the 5+5 roadmap', () => {
  it('was adopted "lundi" in Marrakech, resolved to Monday 2 March 2020, at the conference of 1-2 March', async () => {
    const [row] = await db.read(
      `MATCH (r:Instrument {id: "roadmap-5plus5-2020"})-[:ADOPTED_AT]->(c:Event)
       RETURN r.date AS adopted, c.date AS conference, COLLECT { MATCH (c)-[:TOOK_PLACE_IN]->(p) RETURN p.id } AS places`,
    );
    expect(row).toEqual({
      adopted: '2020-03-02',
      conference: '2020-03-01/2020-03-02',
      places: ['marrakech'],
    });
  });

  it('has six axes in order, each with its measures', async () => {
    const rows = await db.read<{ order: number; measures: number }>(
      `MATCH (:Instrument {id: "roadmap-5plus5-2020"})-[:HAS_AXIS]->(a:Axis)
       RETURN a.order AS order, COUNT { (a)<-[:UNDER_AXIS]-(:Commitment {kind: "measure"}) } AS measures ORDER BY order`,
    );
    expect(rows.map((r) => r.order)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows.every((r) => r.measures > 0)).toBe(true);
    const total = rows.reduce((sum, r) => sum + r.measures, 0);
    const [derived] = await db.read<{ n: number }>(
      'MATCH (:Commitment)-[:DERIVES_FROM {how: "measure-of"}]->(:Instrument {id: "roadmap-5plus5-2020"}) RETURN count(*) AS n',
    );
    expect(derived?.n).toBe(total);
  });
});

describe('src-004: the Retailleau-Laftit meeting in Rabat', () => {
  it('is dated "mardi" before 30/10/2024, resolved to 29 Oct 2024, in Rabat', async () => {
    expect(await event('laftit-retailleau-meeting-rabat-2024-10-29')).toMatchObject({
      date: '2024-10-29',
      places: ['rabat'],
    });
  });

  it('holds the commitment to draw up a bilateral roadmap', async () => {
    const rows = await db.read(
      'MATCH (c:Commitment {id: "interior-2024-bilateral-roadmap"})-[:MADE_AT]->(e:Event) RETURN c.status AS status, e.id AS event',
    );
    expect(rows).toEqual([{ status: 'planned', event: 'laftit-retailleau-meeting-rabat-2024-10-29' }]);
  });
});

describe('posts by date', () => {
  it('gives France’s directeur de l’immigration as Fetet on 2024-12-03 and Joram on 2025-06-25', async () => {
    expect(await holders('director-of-immigration-france', '2024-12-03')).toEqual(['simon-fetet']);
    expect(await holders('director-of-immigration-france', '2025-06-25')).toEqual(['frederic-joram']);
  });

  it('keeps both of Zerouali’s titles, each with its date', async () => {
    const rows = await db.read<{ title: string; attested: string[] }>(
      `MATCH (:Person {id: "khalid-zerouali"})-[h:HELD]->(:Post {id: "director-of-migration-and-border-surveillance-morocco"})
       RETURN h.title AS title, h.attested AS attested ORDER BY h.knownFrom`,
    );
    expect(rows.map((r) => r.attested)).toEqual([['2024-12-03'], ['2025-06-25']]);
    expect(rows[1]?.title).toMatch(/^Wali directeur/);
  });

  it('bounds each holder’s possible tenure by the other holder’s dates', async () => {
    const rows = await db.read(
      `MATCH (p:Person)-[h:HELD]->(:Post {id: "director-of-immigration-france"})
       RETURN p.id AS id, h.possibleFrom AS possibleFrom, h.possibleTo AS possibleTo ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: 'frederic-joram', possibleFrom: '2024-12-04', possibleTo: null },
      { id: 'simon-fetet', possibleFrom: null, possibleTo: '2025-06-24' },
    ]);
  });
});

describe('lineage', () => {
  it('traces commitments back to the 28 Oct 2024 joint declaration, and none of the 5+5 roadmap', async () => {
    const rows = await db.read<{ id: string }>(
      `MATCH (c:Commitment)-[:DERIVES_FROM*1..10]->(:Instrument {id: "joint-declaration-2024-10-28"})
       RETURN DISTINCT c.id AS id ORDER BY id`,
    );
    const ids = rows.map((r) => r.id);
    expect(ids).toContain('paris-2024-diaspora-rights-consular-services');
    expect(ids).toContain('gmmp7-unaccompanied-minors-repatriation');
    expect(ids.filter((id) => id.startsWith('roadmap-5plus5'))).toEqual([]);
  });
});

describe('evidence', () => {
  it('supports every fact node with at least one passage', async () => {
    const rows = await db.read(
      'MATCH (n:Entity) WHERE NOT n:Source AND NOT n:Evidence AND NOT (n)-[:SUPPORTED_BY]->() RETURN n.id AS id',
    );
    expect(rows).toEqual([]);
  });

  it('supports every fact relationship with passages that exist', async () => {
    const rows = await db.read(
      `MATCH ()-[r]->() WHERE NOT type(r) IN ['SUPPORTED_BY', 'QUOTED_FROM', 'MENTIONS']
       AND (size(coalesce(r.evidence, [])) = 0 OR any(id IN r.evidence WHERE NOT EXISTS { (:Evidence {id: id}) }))
       RETURN type(r) AS type, r.id AS id`,
    );
    expect(rows).toEqual([]);
  });

  it('quotes each passage exactly at its offsets, outside page noise', async () => {
    const { articles } = await readCorpus(CORPUS_DIR);
    const passages = await db.read<{ file: string; quote: string; start: number; end: number }>(
      'MATCH (e:Evidence)-[:QUOTED_FROM]->(s:Source) RETURN s.file AS file, e.quote AS quote, e.start AS start, e.end AS end',
    );
    expect(passages.length).toBeGreaterThan(100);
    for (const passage of passages) {
      const article = articles.find((a) => a.file === passage.file);
      expect(article?.text.slice(passage.start, passage.end)).toBe(passage.quote);
      const noise = article?.regions.filter((r) => r.kind === 'noise') ?? [];
      expect(noise.some((r) => r.start <= passage.start && passage.start < r.end)).toBe(false);
    }
  });

  it('takes no actor from page noise: tickers, sidebars and related-article lists', async () => {
    const rows = await db.read<{ name: string }>('MATCH (a:Actor) RETURN a.name AS name');
    const names = rows.map((r) => r.name).join(' | ');
    for (const noisy of [
      'Akhannouch',
      'Rhamir',
      'Bouhoute',
      'Fettah',
      'Ammor',
      'Chokrane',
      'Hassad',
      'Trump',
      'Gueye',
    ]) {
      expect(names).not.toContain(noisy);
    }
  });
});

/** A copy of the curated facts, in a folder of its own, where Simon Fetet's name is spelt otherwise. */
async function factsWithFetetRenamed(): Promise<string> {
  const facts = await mkdtemp(join(tmpdir(), 'diplograph-facts-'));
  await cp(FACTS_DIR, facts, { recursive: true });
  const people = join(facts, 'people.yaml');
  await writeFile(people, (await readFile(people, 'utf8')).replace('name: Simon Fetet', 'name: Simon FETET'));
  return facts;
}

/** Nodes and relationships of the graph. */
async function countGraph() {
  const [row] = await db.read<{ nodes: number; relationships: number }>(
    'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return row ?? { nodes: 0, relationships: 0 };
}

describe('running the ingest again', () => {
  it('leaves the same graph: same counts and properties', async () => {
    const before = await dumpGraph(db);
    const result = await ingest(db, { corpusDir: CORPUS_DIR, factsDir: FACTS_DIR });
    expect(result.removedNodes + result.removedRelationships).toBe(0);
    expect(await dumpGraph(db)).toEqual(before);
  });

  it('updates a changed fact in place and removes a fact that left the curated set', async () => {
    const facts = await factsWithFetetRenamed();
    try {
      const commitments = join(facts, 'commitments.yaml');
      const text = await readFile(commitments, 'utf8');
      const start = text.indexOf('  - id: retailleau-regular-visits-morocco');
      const end = text.indexOf('\n  - id:', start + 1);
      await writeFile(commitments, text.slice(0, start) + text.slice(end + 1));

      const ids = async () =>
        (await db.read<{ id: string }>('MATCH (n:Entity) RETURN n.id AS id')).map((r) => r.id);
      const before = await ids();
      const counted = await countGraph();
      const result = await ingest(db, { corpusDir: CORPUS_DIR, factsDir: facts });
      const after = new Set(await ids());
      const removed = before.filter((id) => !after.has(id));
      // The run adds nothing: what it says it removed is all that went, relationships included
      // (it once left out those that went with their nodes).
      const left = await countGraph();
      expect(result.removedNodes).toBe(counted.nodes - left.nodes);
      expect(result.removedRelationships).toBe(counted.relationships - left.relationships);
      expect(result.removedRelationships).toBeGreaterThan(0);
      // The commitment leaves, with the passages that supported nothing else.
      expect(removed).toContain('retailleau-regular-visits-morocco');
      expect(removed.filter((id) => !id.includes('@'))).toEqual(['retailleau-regular-visits-morocco']);
      const rows = await db.read(
        `OPTIONAL MATCH (p:Person {id: "simon-fetet"}) OPTIONAL MATCH (c:Commitment {id: "retailleau-regular-visits-morocco"})
         RETURN p.name AS name, c IS NULL AS removed`,
      );
      expect(rows).toEqual([{ name: 'Simon FETET', removed: true }]);
    } finally {
      await rm(facts, { recursive: true, force: true });
      await ingest(db, { corpusDir: CORPUS_DIR, factsDir: FACTS_DIR });
    }
  });

  it('rewrites only the rows that changed, and leaves the graph a full write would', async () => {
    const write = (cypher: string) => db.writeTransaction((tx) => db.run(tx, cypher));
    const facts = await factsWithFetetRenamed();
    try {
      // A mark on every row that a rewrite of the row would wipe (a row replaces all properties).
      await write('MATCH (n:Entity) SET n.untouched = true');
      await write('MATCH (:Entity)-[r]->() SET r.untouched = true');
      await ingest(db, { corpusDir: CORPUS_DIR, factsDir: facts });
      const rewritten = await db.read<{ id: string }>(
        'MATCH (n:Entity) WHERE n.untouched IS NULL RETURN n.id AS id',
      );
      expect(rewritten.map((row) => row.id)).toEqual(['simon-fetet']);
      const [relationships] = await db.read<{ rewritten: number; all: number }>(
        'MATCH (:Entity)-[r]->() RETURN count(CASE WHEN r.untouched IS NULL THEN r END) AS rewritten, count(r) AS all',
      );
      expect(relationships?.rewritten).toBeLessThan((relationships?.all ?? 0) / 100);

      // The same graph as a full write of these facts into an empty database gives.
      await write('MATCH (n:Entity) REMOVE n.untouched');
      await write('MATCH (:Entity)-[r]->() REMOVE r.untouched');
      const merged = await dumpGraph(db);
      await write('MATCH (n:Entity) DETACH DELETE n');
      await ingest(db, { corpusDir: CORPUS_DIR, factsDir: facts });
      expect(await dumpGraph(db)).toEqual(merged);
    } finally {
      await rm(facts, { recursive: true, force: true });
      await ingest(db, { corpusDir: CORPUS_DIR, factsDir: FACTS_DIR });
    }
  });
});
