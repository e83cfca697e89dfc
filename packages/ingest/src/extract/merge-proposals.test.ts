import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInput, loadInput } from '../ingest.js';
import { InvalidInputError } from '../problems.js';
import { ACCEPTED_FACTS_FILE, mergeProposals } from './merge-proposals.js';
import { readReviewFile, withProposals, writeReviewFile } from './review-file.js';

const ARTICLE = [
  'Tanger et Algésiras renforcent leur coopération portuaire',
  'Publié : 5 février 2025 à 09h12 par La rédaction',
  'Le maire de Tanger, Karim Tazi, a reçu mardi à Tanger son homologue Lucia Ortega, directrice de l’Agence Portuaire d’Algésiras (APA).',
  'Les deux parties ont évoqué les zones d’activités logistiques (ZAL) et prévu une session à Algésiras au deuxième trimestre 2025.',
].join('\n');

const FACTS = `places:
  - id: tanger
    name: Tanger
    kind: city
    evidence:
      src-010-port: ["reçu mardi à Tanger"]
`;

/** A corpus of one invented article, its facts, and a review file of its proposals. */
async function workspace() {
  const root = await mkdtemp(join(tmpdir(), 'merge-'));
  const dirs = { corpusDir: join(root, 'corpus'), factsDir: join(root, 'facts') };
  await mkdir(dirs.corpusDir);
  await mkdir(dirs.factsDir);
  await writeFile(join(dirs.corpusDir, '010_port.txt'), ARTICLE);
  await writeFile(join(dirs.factsDir, 'places.yaml'), FACTS);
  const reviewFile = join(root, 'review', 'proposals.json');
  await writeReviewFile(
    reviewFile,
    withProposals(await readReviewFile(reviewFile), (await loadInput(dirs)).proposals),
  );
  return { ...dirs, reviewFile };
}

async function decide(reviewFile: string, decisions: Record<string, 'accepted' | 'rejected'>) {
  const review = await readReviewFile(reviewFile);
  review.proposals = review.proposals.map((p) => ({ ...p, decision: decisions[p.id] ?? p.decision }));
  await writeReviewFile(reviewFile, review);
}

describe('mergeProposals', () => {
  it('appends the accepted proposals to the facts, checked as the ingest checks them', async () => {
    const options = await workspace();
    expect((await readReviewFile(options.reviewFile)).proposals.map((p) => p.id)).toEqual([
      'acronym:zal',
      'meeting:2025-02-04@tanger',
      'meeting:2025-Q2@algesiras',
      'organization:agence-portuaire-d-algesiras',
      'person:karim-tazi',
      'person:lucia-ortega',
      'place:algesiras',
    ]);
    await decide(options.reviewFile, {
      'acronym:zal': 'accepted',
      'meeting:2025-02-04@tanger': 'accepted',
      'meeting:2025-Q2@algesiras': 'accepted',
      'organization:agence-portuaire-d-algesiras': 'accepted',
      'person:lucia-ortega': 'accepted',
      'place:algesiras': 'accepted',
      'person:karim-tazi': 'rejected',
    });

    const { merged, factFile } = await mergeProposals(options);
    expect(merged).toHaveLength(6);
    expect(factFile).toBe(join(options.factsDir, ACCEPTED_FACTS_FILE));
    expect(await readFile(factFile, 'utf8')).toContain('date: "2025-Q2"');

    const { graph } = await compileInput(options);
    const ids = (label: string) => graph.nodes.filter((n) => n.label === label).map((n) => n.id);
    expect(ids('Person')).toEqual(['lucia-ortega']);
    expect(ids('Organization')).toEqual(['apa']);
    expect(ids('Theme')).toEqual(['zal']);
    expect(ids('Place').sort()).toEqual(['algesiras', 'tanger']);
    expect(
      graph.relationships.filter((r) => r.type === 'TOOK_PLACE_IN').map((r) => `${r.from} -> ${r.to}`),
    ).toEqual(['reunion-a-tanger-2025-02-04 -> tanger', 'session-a-algesiras-2025-q2 -> algesiras']);
    expect(graph.nodes.find((n) => n.id === 'session-a-algesiras-2025-q2')?.props).toMatchObject({
      status: 'planned',
      date: '2025-Q2',
    });

    const decisions = (await readReviewFile(options.reviewFile)).proposals.map((p) => [p.id, p.decision]);
    expect(decisions.filter(([, d]) => d !== 'merged')).toEqual([['person:karim-tazi', 'rejected']]);
    // What is merged is known: the next ingest proposes none of it.
    expect((await loadInput(options)).proposals.map((p) => p.id)).toEqual(['person:karim-tazi']);
    expect(await mergeProposals(options)).toMatchObject({ merged: [] });
  });

  it('writes nothing when the new entries would not pass the ingest checks', async () => {
    const options = await workspace();
    const review = await readReviewFile(options.reviewFile);
    review.proposals = review.proposals.map((p) =>
      p.id === 'person:lucia-ortega'
        ? {
            ...p,
            decision: 'accepted',
            evidence: p.evidence.map((e) => ({ ...e, quote: 'Lucia Ortega, reine' })),
          }
        : p,
    );
    await writeReviewFile(options.reviewFile, review);
    const before = await readFile(options.reviewFile, 'utf8');

    const error = await mergeProposals(options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).message).toMatch(/accepted-proposals\.yaml.*quote not found/s);
    await expect(readFile(join(options.factsDir, ACCEPTED_FACTS_FILE))).rejects.toThrow(/ENOENT/);
    expect(await readFile(options.reviewFile, 'utf8')).toBe(before);
  });
});
