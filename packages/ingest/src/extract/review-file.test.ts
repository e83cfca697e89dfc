import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Proposal, readReviewFile, withProposals, writeReviewFile } from './review-file.js';

/** As an ingest does it: reads the review file, then writes it with this run's proposals. */
async function updateReviewFile(path: string, proposals: Proposal[]) {
  const review = withProposals(await readReviewFile(path), proposals);
  await writeReviewFile(path, review);
  return review;
}

const place = (name: string, decision: Proposal['decision'] = 'pending'): Proposal => ({
  id: `place:${name.toLowerCase()}`,
  decision,
  kind: 'place',
  name,
  placeKind: 'city',
  evidence: [
    {
      source: 'src-1',
      file: '1.txt',
      start: 0,
      end: name.length + 2,
      quote: `à ${name}`,
      section: 'body',
      sentence: `à ${name}`,
    },
  ],
});

describe('the review file', () => {
  it('reads a missing file as an empty one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'review-'));
    expect(await readReviewFile(join(dir, 'none.json'))).toEqual({
      format: 'diplograph-review/1',
      proposals: [],
    });
  });

  it('keeps decided proposals as the reviewer left them and replaces pending ones', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'review-')), 'review', 'proposals.json');
    await updateReviewFile(path, [place('Tanger'), place('Fès'), place('Safi')]);
    const review = await readReviewFile(path);
    review.proposals = review.proposals.map((p) =>
      p.id === 'place:tanger'
        ? { ...p, decision: 'accepted', placeKind: 'region' }
        : p.id === 'place:safi'
          ? { ...p, decision: 'rejected' }
          : p,
    );
    await writeFile(path, JSON.stringify(review));

    const updated = await updateReviewFile(path, [place('Tanger'), place('Safi'), place('Rabat')]);
    expect(updated.proposals.map((p) => [p.id, p.decision, p.kind === 'place' && p.placeKind])).toEqual([
      ['place:rabat', 'pending', 'city'],
      ['place:safi', 'rejected', 'city'],
      ['place:tanger', 'accepted', 'region'],
    ]);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(updated);
  });

  it('refuses a file it cannot read rather than overwrite a reviewer’s work', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'review-')), 'proposals.json');
    await writeFile(
      path,
      JSON.stringify({ format: 'diplograph-review/1', proposals: [{ ...place('Fès'), decision: 'ok' }] }),
    );
    await expect(updateReviewFile(path, [])).rejects.toThrow(/not a valid review file.*decision/s);
    await writeFile(path, '{ "format":');
    await expect(readReviewFile(path)).rejects.toThrow(/not valid JSON/);
  });
});
