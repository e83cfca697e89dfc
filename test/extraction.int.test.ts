import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest, type Proposal, readReviewFile, segmentPage } from '@diplograph/ingest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTestDatabase, resetGraph } from './support/database.js';
import { dumpGraph } from './support/ingest.js';
import { CORPUS_DIR, FACTS_DIR } from './support/paths.js';

const db = connectTestDatabase();
afterAll(() => db.close());

interface MentionRow {
  source: string;
  file: string;
  entity: string;
  start: number;
  end: number;
  surface: string;
  section: string;
  sentence: string;
}

async function mentions(where = 'true', params: Record<string, unknown> = {}): Promise<MentionRow[]> {
  return db.read<MentionRow>(
    `MATCH (s:Source)-[m:MENTIONS]->(e:Entity) WHERE ${where}
     RETURN s.id AS source, s.file AS file, e.id AS entity, m.start AS start, m.end AS end,
       m.surface AS surface, m.section AS section, m.sentence AS sentence
     ORDER BY source, start`,
    params,
  );
}

async function ingestWithReview(corpusDir: string) {
  const reviewFile = join(await mkdtemp(join(tmpdir(), 'diplograph-review-')), 'proposals.json');
  const result = await ingest(db, { corpusDir, factsDir: FACTS_DIR, reviewFile });
  return { result, proposals: (await readReviewFile(reviewFile)).proposals };
}

describe('mention linking on the corpus', () => {
  let proposals: Proposal[];
  beforeAll(async () => {
    await resetGraph(db);
    ({ proposals } = await ingestWithReview(CORPUS_DIR));
  });

  it('links the known people of src-004 with offsets into the article and the sentence around them', async () => {
    const rows = await mentions("s.id = 'src-004' AND e:Person");
    const text = await readFile(join(CORPUS_DIR, rows[0]?.file ?? ''), 'utf8');
    expect(rows.map((r) => [r.entity, r.surface])).toEqual([
      ['bruno-retailleau', 'ministre de l’Intérieur français, Bruno Retailleau'],
      ['abdelouafi-laftit', 'homologue marocain Abdelouafi Laftit'],
      ...Array(5).fill(['bruno-retailleau', 'Retailleau']),
    ]);
    for (const row of rows) {
      expect(text.slice(row.start, row.end)).toBe(row.surface);
      expect(row.sentence).toContain(row.surface);
      expect(text).toContain(row.sentence);
      expect(row.section).toBe('body');
    }
  });

  it('marks the mentions in the photo caption of src-002 as such', async () => {
    const rows = await mentions("s.id = 'src-002' AND m.section = 'caption'");
    expect(rows.map((r) => r.entity)).toEqual(['abdelouafi-laftit', 'bruno-retailleau', 'rabat']);
  });

  it('links nothing in page noise: tickers, sidebars, read-also links', async () => {
    const rows = await mentions();
    expect(rows.length).toBeGreaterThan(100);
    const texts = new Map<string, string>();
    for (const row of rows) {
      const text = texts.get(row.file) ?? (await readFile(join(CORPUS_DIR, row.file), 'utf8'));
      texts.set(row.file, text);
      const region = segmentPage(text).find((r) => r.start <= row.start && row.start < r.end);
      expect(region?.kind, `${row.source}: ${row.surface}`).not.toBe('noise');
    }
    // The src-004 sidebar names Laftit three times and the src-003 ticker names Marrakech: none is linked.
    expect((await mentions("s.id = 'src-004' AND e.id = 'abdelouafi-laftit'")).length).toBe(1);
  });

  it('gives the same graph on a second run', async () => {
    const before = await dumpGraph(db);
    const { result } = await ingestWithReview(CORPUS_DIR);
    expect([result.removedNodes, result.removedRelationships]).toEqual([0, 0]);
    expect(await dumpGraph(db)).toEqual(before);
  });

  it('writes proposals to the review file, never into the graph', async () => {
    expect(proposals.map((p) => p.id)).toEqual(
      expect.arrayContaining(['acronym:pme', 'organization:ministere-de-l-interieur']),
    );
    const [row] = await db.read<{ n: number }>(
      "MATCH (n:Entity) WHERE n.name IN ['PME', 'petites et moyennes entreprises', 'ministère de l’Intérieur'] RETURN count(n) AS n",
    );
    expect(row?.n).toBe(0);
  });
});

/** An invented article in the style of the corpus, with a sidebar of other articles after it. */
const NEW_ARTICLE = [
  'Rabat et Madrid installent un comité conjoint sur la mobilité des saisonniers',
  'Publié : 12 mars 2025 à 11h40 par La rédaction',
  'Le ministre de l’Intérieur, Abdelouafi Laftit, a reçu mardi à Rabat la secrétaire d’État espagnole aux Migrations, Lucía Ortega Marín.',
  'Les deux responsables ont installé le Comité Conjoint sur la Mobilité Saisonnière (CCMS), chargé de suivre les contrats des travailleurs agricoles.',
  'M. Zerouali, qui co-présidait la séance, a rappelé les acquis du Groupe Migratoire Mixte Permanent avec la France.',
  'La prochaine réunion du comité se tiendra à Huelva au deuxième trimestre 2025.',
  'Derniers articles',
  'Économie : le ministre des Finances, Karim Benslimane, présente le budget',
  'Société - Des parents manifestent devant le lycée Descartes à Rabat.',
  'Sabrina Alaoui - 11 mars 2025',
].join('\n');

describe('a new article dropped into the corpus folder', () => {
  const file = '005_nouvel-article.txt';
  let proposals: Proposal[];
  beforeAll(async () => {
    const corpusDir = join(await mkdtemp(join(tmpdir(), 'diplograph-corpus-')), 'corpus');
    await cp(CORPUS_DIR, corpusDir, { recursive: true });
    await writeFile(join(corpusDir, file), NEW_ARTICLE);
    await resetGraph(db);
    ({ proposals } = await ingestWithReview(corpusDir));
  });

  it('gets its Source, dated from the page', async () => {
    const [source] = await db.read(
      'MATCH (s:Source {file: $file}) RETURN s.id AS id, s.published AS published, s.publishedInferred AS inferred',
      {
        file,
      },
    );
    expect(source).toEqual({ id: 'src-005-nouvel-article', published: '2025-03-12', inferred: true });
  });

  it('is linked to the known actors and places it names, by name, title or surname', async () => {
    const rows = await mentions('s.file = $file', { file });
    expect(rows.map((r) => [r.entity, r.surface, r.section])).toEqual([
      ['rabat', 'Rabat', 'title'],
      ['abdelouafi-laftit', 'ministre de l’Intérieur, Abdelouafi Laftit', 'body'],
      ['rabat', 'Rabat', 'body'],
      ['khalid-zerouali', 'M. Zerouali', 'body'],
      ['gmmp', 'Groupe Migratoire Mixte Permanent', 'body'],
      ['france', 'France', 'body'],
    ]);
  });

  it('brings proposals of the new person, body, place and meetings, with their evidence', () => {
    const fromNewArticle = proposals.filter((p) => p.evidence.some((e) => e.file === file));
    expect(
      fromNewArticle.map((p) => {
        const { decision, evidence, ...fields } = p;
        return fields;
      }),
    ).toEqual([
      {
        id: 'meeting:2025-03-11@rabat',
        kind: 'meeting',
        name: 'Réunion à Rabat',
        eventKind: 'bilateral-meeting',
        eventStatus: 'held',
        date: '2025-03-11',
        place: 'Rabat',
        placeId: 'rabat',
      },
      {
        id: 'meeting:2025-Q2@huelva',
        kind: 'meeting',
        name: 'Réunion à Huelva',
        eventKind: 'bilateral-meeting',
        eventStatus: 'planned',
        date: '2025-Q2',
        place: 'Huelva',
        placeId: null,
      },
      {
        id: 'organization:comite-conjoint-sur-la-mobilite-saisonniere',
        kind: 'organization',
        name: 'Comité Conjoint sur la Mobilité Saisonnière',
        acronym: 'CCMS',
        organizationKind: 'committee',
      },
      {
        id: 'person:lucia-ortega-marin',
        kind: 'person',
        name: 'Lucía Ortega Marín',
        title: 'secrétaire d’État espagnole aux Migrations',
        organization: null,
      },
      { id: 'place:huelva', kind: 'place', name: 'Huelva', placeKind: 'city' },
    ]);
    for (const evidence of fromNewArticle.flatMap((p) => p.evidence)) {
      expect(NEW_ARTICLE.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    }
  });

  it('links and proposes nothing from its sidebar', async () => {
    expect(JSON.stringify(proposals)).not.toMatch(/Benslimane|Alaoui|Descartes|Finances/);
    const rows = await mentions('s.file = $file AND m.start >= $sidebar', {
      file,
      sidebar: NEW_ARTICLE.indexOf('Derniers articles'),
    });
    expect(rows).toEqual([]);
  });
});
