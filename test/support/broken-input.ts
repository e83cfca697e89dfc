import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '@diplograph/db';
import { formatProblem, InvalidInputError, ingest } from '@diplograph/ingest';
import { expect } from 'vitest';
import { CORPUS_DIR, FACTS_DIR } from './paths.js';

/** Copies of the facts and the corpus that a bad-input case may break. */
export interface Input {
  facts: string;
  corpus: string;
}

export interface BadInputCase {
  name: string;
  breakInput: (input: Input) => Promise<void>;
  /** A problem the ingest must report, as the user reads it. */
  expected: RegExp;
}

/** Runs `use` on fresh copies of the facts and the corpus, removed afterwards. */
export async function withCopies<T>(use: (input: Input) => Promise<T>): Promise<T> {
  const root = await mkdtemp(join(tmpdir(), 'diplograph-bad-input-'));
  const input = { facts: join(root, 'facts'), corpus: join(root, 'corpus') };
  try {
    await cp(FACTS_DIR, input.facts, { recursive: true });
    await cp(CORPUS_DIR, input.corpus, { recursive: true });
    return await use(input);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Changes a file of a copy; a change that changes nothing is a broken case. */
export async function edit(file: string, change: (text: string) => string): Promise<void> {
  const text = await readFile(file, 'utf8');
  const changed = change(text);
  if (changed === text) throw new Error(`the case did not change ${file}`);
  await writeFile(file, changed);
}

/** Ingests broken input, which must be refused; returns the problems as the user sees them. */
export async function problemsOf(db: Database, input: Input): Promise<string[]> {
  const error = await ingest(db, { corpusDir: input.corpus, factsDir: input.facts }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InvalidInputError);
  return (error as InvalidInputError).problems.map(formatProblem);
}
