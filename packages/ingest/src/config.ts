import { join } from 'node:path';
import { repoRoot, unsetIfEmpty } from '@diplograph/db';
import { z } from 'zod';

const path = (fallback: string) => z.preprocess(unsetIfEmpty, z.string().min(1).default(fallback));

/** Longest the ingest's one write transaction may take unless INGEST_TIMEOUT_MS says otherwise. */
export const DEFAULT_INGEST_TIMEOUT_MS = 30 * 60_000;

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
    z.coerce.number().int().positive().default(DEFAULT_INGEST_TIMEOUT_MS),
  ),
});
export type IngestEnv = z.infer<typeof ingestEnv>;
