import { join } from 'node:path';
import { repoRoot, unsetIfEmpty } from '@diplograph/db';
import { z } from 'zod';

const path = (fallback: string) => z.preprocess(unsetIfEmpty, z.string().min(1).default(fallback));

/** Where the ingest reads from and writes its review file. */
export const ingestEnv = z.object({
  /** Folder of source articles (`*.txt`, optional `*.json` sidecars). */
  CORPUS_DIR: path(join(repoRoot(), '..', 'shared', 'corpus')),
  /** Folder of curated fact files (`*.yaml`). */
  FACTS_DIR: path(join(repoRoot(), 'facts')),
  /** The proposals of machine reading, for review (JSON; see the README). */
  REVIEW_FILE: path(join(repoRoot(), 'review', 'proposals.json')),
  /** Folder of the hand-written gold annotations that `evaluate` scores against. */
  GOLD_DIR: path(join(repoRoot(), 'gold')),
  /** Longest the ingest's write transaction may take. */
  INGEST_TIMEOUT_MS: z.preprocess(
    unsetIfEmpty,
    z.coerce
      .number()
      .int()
      .positive()
      .default(30 * 60_000),
  ),
});
export type IngestEnv = z.infer<typeof ingestEnv>;
