import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type SourceMetadataInput, sourceMetadataInput } from '@diplograph/schema';
import { explainIssues } from '../facts/explain-issues.js';
import { formatPath, type Problem } from '../problems.js';
import { type Region, segmentPage } from '../text/page.js';

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

const utf8 = new TextDecoder('utf-8', { fatal: true });

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
  const path = join(dir, file);
  const size = (await stat(path)).size;
  if (size > MAX_ARTICLE_BYTES) {
    return {
      problems: [{ file, message: `${size} bytes is more than the ${MAX_ARTICLE_BYTES}-byte limit` }],
    };
  }
  const bytes = await readFile(path);
  const text = decodeArticle(bytes);
  if (typeof text !== 'string') return { problems: [{ file, ...text }] };
  const metadata = await readSidecar(dir, file);
  if ('problems' in metadata) return { problems: metadata.problems };
  return {
    article: {
      file,
      text,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      regions: segmentPage(text),
      metadata: metadata.value,
    },
    problems: [],
  };
}

/** Decodes an article as UTF-8 text, or says where and why it is not. */
export function decodeArticle(bytes: Uint8Array): string | { line?: number; message: string } {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const line = lineOfFirstInvalidByte(bytes);
    return { line, message: 'is not valid UTF-8 text (save the article as UTF-8)' };
  }
  if (text.trim() === '') return { message: 'is empty' };
  const nul = text.indexOf('\0');
  if (nul >= 0) return { line: lineAt(text, nul), message: 'contains a NUL character: not a text article' };
  return text;
}

async function readSidecar(
  dir: string,
  file: string,
): Promise<{ value: SourceMetadataInput | null } | { problems: Problem[] }> {
  const sidecar = file.replace(/\.txt$/, '.json');
  let raw: string;
  try {
    raw = await readFile(join(dir, sidecar), 'utf8');
  } catch {
    return { value: null };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
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

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  // Decode line by line: the first line that fails holds the bad byte.
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        utf8.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}

export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
