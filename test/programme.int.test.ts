import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileInput, ingest } from '@diplograph/ingest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api.js';
import { connectTestDatabase, resetGraph } from './support/database.js';

// A programme (a seasonal-workers scheme), the model's newest entity type, from a fact file to an
// answer of the API. The article is written for this test in our own words; nothing in it is
// taken from the corpus.

const ARTICLE = `Saisonniers : la campagne de recrutement reprend
Rabat, le 12 janvier 2027
Le programme espagnol GECCO de recrutement en origine ouvre une nouvelle campagne pour la récolte des fruits rouges.
Côté marocain, le programme est géré par l'ANAPEC, qui présélectionne les candidates.
L'accord de main-d'œuvre signé en 2001 entre les deux pays sert de cadre au programme GECCO.
`;

const FACTS = `sources:
  - id: src-gecco
    file: 950_gecco-campagne.txt
    published: "2027-01-12"
    language: fr

countries:
  - id: morocco
    name: Maroc
    evidence:
      src-gecco: ["Côté marocain"]

organizations:
  - id: anapec
    name: Agence nationale de promotion de l'emploi et des compétences
    acronym: ANAPEC
    kind: directorate
    country: morocco
    evidence:
      src-gecco: ["géré par l'ANAPEC"]

instruments:
  - id: labour-agreement-2001
    name: Accord de main-d'œuvre de 2001
    kind: agreement
    status: signed
    date: "2001"
    evidence:
      src-gecco: ["L'accord de main-d'œuvre signé en 2001"]

programmes:
  - id: gecco
    name: GECCO
    acronym: GECCO
    aliases: [recrutement en origine]
    description: Spain's scheme for recruiting seasonal farm workers in their country of origin.
    evidence:
      src-gecco: ["Le programme espagnol GECCO de recrutement en origine"]
    runBy:
      - id: anapec
        evidence:
          src-gecco: ["le programme est géré par l'ANAPEC"]
    establishedBy:
      - id: labour-agreement-2001
        evidence:
          src-gecco: ["sert de cadre au programme GECCO"]
`;

const db = connectTestDatabase();
let dir: string;
let api: TestApi;

/** Writes the article and a fact file (FACTS, or another) into a fresh folder of the test's. */
async function input(facts = FACTS) {
  const root = await mkdtemp(join(dir, 'input-'));
  const corpusDir = join(root, 'corpus');
  const factsDir = join(root, 'facts');
  await mkdir(corpusDir);
  await mkdir(factsDir);
  await writeFile(join(corpusDir, '950_gecco-campagne.txt'), ARTICLE);
  await writeFile(join(factsDir, 'programmes.yaml'), facts);
  return { corpusDir, factsDir };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'programme-'));
  await resetGraph(db);
  await ingest(db, { ...(await input()), nlp: null });
  api = await startTestApi(db);
});
afterAll(async () => {
  await api?.close();
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

const EDGE = 'evidence { quote source { id } } node { id name }';

describe('a programme', () => {
  it('is listed with who runs it and what set it up, each with its passage', async () => {
    const { data, errors } = await api.query<{ programmes: any }>(
      `{ programmes(first: 5) {
          totalCount
          nodes {
            id name acronym aliases description origin
            evidence { quote source { id } }
            runBy(first: 5) { totalCount edges { ${EDGE} } }
            establishedBy(first: 5) { edges { ${EDGE} node { ... on Instrument { kind } } } }
          }
      } }`,
    );
    expect(errors).toBeUndefined();
    expect(data?.programmes.totalCount).toBe(1);
    const [gecco] = data?.programmes.nodes ?? [];
    expect(gecco).toMatchObject({
      id: 'gecco',
      name: 'GECCO',
      acronym: 'GECCO',
      aliases: ['recrutement en origine'],
      origin: 'CURATED',
      evidence: [
        { quote: 'Le programme espagnol GECCO de recrutement en origine', source: { id: 'src-gecco' } },
      ],
    });
    expect(gecco.runBy.edges).toEqual([
      {
        evidence: [{ quote: "le programme est géré par l'ANAPEC", source: { id: 'src-gecco' } }],
        node: { id: 'anapec', name: "Agence nationale de promotion de l'emploi et des compétences" },
      },
    ]);
    expect(gecco.establishedBy.edges).toEqual([
      {
        evidence: [{ quote: 'sert de cadre au programme GECCO', source: { id: 'src-gecco' } }],
        node: { id: 'labour-agreement-2001', name: "Accord de main-d'œuvre de 2001", kind: 'AGREEMENT' },
      },
    ]);
  });

  it('is found by id, and from the body that runs it and the instrument that set it up', async () => {
    const { data, errors } = await api.query<Record<string, any>>(
      `{ gecco: node(id: "gecco") { __typename ... on Entity { name } }
         anapec: node(id: "anapec") { ... on Organization { programmes(first: 5) { edges { ${EDGE} } } } }
         agreement: node(id: "labour-agreement-2001") { ... on Instrument { programmes(first: 5) { nodes { id } } } }
         entities: nodes(ids: ["gecco"]) { id } }`,
    );
    expect(errors).toBeUndefined();
    expect(data?.gecco).toEqual({ __typename: 'Programme', name: 'GECCO' });
    expect(data?.anapec.programmes.edges).toEqual([
      {
        evidence: [{ quote: "le programme est géré par l'ANAPEC", source: { id: 'src-gecco' } }],
        node: { id: 'gecco', name: 'GECCO' },
      },
    ]);
    expect(data?.agreement.programmes.nodes).toEqual([{ id: 'gecco' }]);
    expect(data?.entities).toEqual([{ id: 'gecco' }]);
  });

  it('is found by search, by its acronym or the words of an alias', async () => {
    const { data, errors } = await api.query<Record<string, any>>(
      `{ acronym: search(query: "gecco", types: [Programme], first: 5) { type node { id } }
         alias: search(query: "recrutement origine", first: 5) { type node { id } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data?.acronym).toEqual([{ type: 'Programme', node: { id: 'gecco' } }]);
    expect(data?.alias[0]).toEqual({ type: 'Programme', node: { id: 'gecco' } });
  });

  it('is a node of the neighbourhood of the body that runs it', async () => {
    const { data, errors } = await api.query<{ neighbourhood: any }>(
      `{ neighbourhood(id: "anapec", depth: 1) { nodes { id type } edges { type source target } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data?.neighbourhood.nodes).toContainEqual({ id: 'gecco', type: 'Programme' });
    expect(data?.neighbourhood.edges).toContainEqual({ type: 'RUN_BY', source: 'gecco', target: 'anapec' });
  });

  it('is refused when run by what is not a body, naming what RUN_BY takes', async () => {
    const wrong = FACTS.replace('      - id: anapec\n', '      - id: morocco\n');
    await expect(compileInput(await input(wrong))).rejects.toThrow(
      '"morocco" is a Country; RUN_BY takes Organization',
    );
  });
});
