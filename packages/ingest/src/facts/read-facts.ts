import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type FactFile, factFile } from '@diplograph/schema';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { formatPath, type Problem } from '../problems.js';
import { readTextFile } from '../read-text-file.js';
import { explainIssues } from './explain-issues.js';

/** A validated fact file, able to say on which line any of its data stands. */
export interface FactDocument {
  file: string;
  data: FactFile;
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

const FACT_FILE = /\.(ya?ml|json)$/;
/** A fact file larger than this is not hand-made; reading it whole would only waste memory. */
export const MAX_FACT_FILE_BYTES = 50 * 1024 * 1024;
/** YAML aliases a file may expand: enough for any hand-made file, too few for an alias bomb. */
const MAX_ALIASES = 1_000;

/** Reads and validates every fact file of a folder; problems are collected, not thrown. */
export async function readFacts(dir: string): Promise<{ documents: FactDocument[]; problems: Problem[] }> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => FACT_FILE.test(name)).sort();
  } catch (error) {
    return {
      documents: [],
      problems: [{ file: dir, message: `cannot read the facts folder: ${reason(error)}` }],
    };
  }
  const documents: FactDocument[] = [];
  const problems: Problem[] = [];
  for (const name of names) {
    const read = await readTextFile(join(dir, name), MAX_FACT_FILE_BYTES);
    const result = 'text' in read ? parseFactFile(name, read.text) : { problems: [{ file: name, ...read }] };
    if (result.document) documents.push(result.document);
    problems.push(...result.problems);
  }
  return { documents, problems };
}

/** Parses one fact file (YAML, or JSON which YAML reads too) and validates it against the model. */
export function parseFactFile(file: string, text: string): { document?: FactDocument; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({ file, line: lineAt(e.pos[0]), message: firstLine(e.message) })),
    };
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    // A missing field has no node: point at the nearest enclosing one.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lineAt(node.range[0]);
    }
    return undefined;
  };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? {};
  } catch (error) {
    return {
      problems: [{ file, message: `cannot be read as data: ${firstLine((error as Error).message)}` }],
    };
  }
  const parsed = factFile.safeParse(data);
  if (!parsed.success) {
    return {
      problems: explainIssues(parsed.error.issues).map((issue) => ({
        file,
        line: lineOf(issue.path),
        path: formatPath(issue.path) || undefined,
        message: issue.message,
      })),
    };
  }
  return { document: { file, data: parsed.data, lineOf }, problems: [] };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
