import { createHash } from 'node:crypto';
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type SourceMetadataInput, sourceMetadataInput } from '@diplograph/schema';
import { explainIssues } from '../facts/explain-issues.js';
import { formatPath, type Problem } from '../problems.js';
import { readTextFile } from '../read-text-file.js';
import { segmentPage } from '../text/page.js';
import type { Region } from '../text/region.js';

/** An article of the corpus folder, read and segmented into title, body, captions and noise. */
export interface Article {
  /** File name in the corpus folder, e.g. `001_0f7cd1c163b1b32f.txt`. */
  file: string;
  text: string;
  sha256: string;
  regions: Region[];
  /** From the sidecar `<name>.json` next to the article, when there is one. */
  metadata: SourceMetadataInput | null;
}

/** Larger files are not news articles; reading them whole would only waste memory. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** Reads every `.txt` article of the folder; problems are collected, not thrown. */
export async function readCorpus(dir: string): Promise<{ articles: Article[]; problems: Problem[] }> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.txt')).sort();
  } catch (error) {
    const message = `cannot read the corpus folder: ${error instanceof Error ? error.message : error}`;
    return { articles: [], problems: [{ file: dir, message }] };
  }
  const articles: Article[] = [];
  const problems: Problem[] = [];
  for (const file of names) {
    const result = await readArticle(dir, file);
    if (result.article) articles.push(result.article);
    problems.push(...result.problems);
  }
  return { articles, problems };
}

export async function readArticle(
  dir: string,
  file: string,
): Promise<{ article?: Article; problems: Problem[] }> {
  const read = await readTextFile(join(dir, file), MAX_ARTICLE_BYTES);
  if (!('text' in read)) return { problems: [{ file, ...read }] };
  if (read.text.trim() === '') return { problems: [{ file, message: 'is empty' }] };
  const metadata = await readSidecar(dir, file);
  if ('problems' in metadata) return { problems: metadata.problems };
  return {
    article: {
      file,
      text: read.text,
      sha256: createHash('sha256').update(read.bytes).digest('hex'),
      regions: segmentPage(read.text),
      metadata: metadata.value,
    },
    problems: [],
  };
}

async function readSidecar(
  dir: string,
  file: string,
): Promise<{ value: SourceMetadataInput | null } | { problems: Problem[] }> {
  const sidecar = file.replace(/\.txt$/, '.json');
  const path = join(dir, sidecar);
  if (!(await exists(path))) return { value: null };
  const read = await readTextFile(path, MAX_ARTICLE_BYTES);
  if (!('text' in read)) return { problems: [{ file: sidecar, ...read }] };
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch (error) {
    return { problems: [{ file: sidecar, message: `is not valid JSON: ${(error as Error).message}` }] };
  }
  const parsed = sourceMetadataInput.safeParse(json);
  if (parsed.success) return { value: parsed.data };
  return {
    problems: explainIssues(parsed.error.issues).map((issue) => ({
      file: sidecar,
      path: formatPath(issue.path) || undefined,
      message: issue.message,
    })),
  };
}

/** Whether something is there, a link included (dangling or not): the reader then says what it is. */
async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}
