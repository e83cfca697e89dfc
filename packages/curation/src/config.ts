import { join } from 'node:path';
import { repoRoot, varWithDefault } from '@diplograph/db';
import { z } from 'zod';

const STATE_DIR = join(repoRoot(), '.diplograph');

/**
 * Where curation keeps its state: both files lie outside the repository's tracked content (the
 * default folder is ignored by git) and outside the database, which a rebuild empties.
 */
export const reviewEnv = z.object({
  /** The curators and the sha256 of their tokens (JSON, mode 0600). */
  CURATORS_FILE: varWithDefault(z.string().min(1), join(STATE_DIR, 'curators.json')),
  /** The append-only log of the curators' decisions (one JSON object a line). */
  DECISIONS_LOG: varWithDefault(z.string().min(1), join(STATE_DIR, 'decisions.jsonl')),
  /** The fact file `review export` writes the decisions to, for version control. */
  DECISIONS_EXPORT: varWithDefault(z.string().min(1), join(repoRoot(), 'facts', 'decisions.yaml')),
});
export type ReviewEnv = z.infer<typeof reviewEnv>;
