import { join } from 'node:path';
import { repoRoot } from '@diplograph/db';

/** The shared corpus next to the repository, and the curated facts inside it. */
export const CORPUS_DIR = join(repoRoot(), '..', 'shared', 'corpus');
export const FACTS_DIR = join(repoRoot(), 'facts');
/** Articles written for the tests, to drop into a copy of the corpus. */
export const TEST_ARTICLES_DIR = join(repoRoot(), 'test', 'fixtures', 'articles');
/** An article naming a person of `TEST_ARTICLES_DIR` under another spelling: a duplicate to merge. */
export const DUPLICATE_ARTICLES_DIR = join(repoRoot(), 'test', 'fixtures', 'duplicates');
