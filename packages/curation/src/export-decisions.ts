import { readFile, rename, writeFile } from 'node:fs/promises';
import { type Decision, factFile } from '@diplograph/schema';
import { parse, stringify } from 'yaml';
import type { DecisionLog } from './decision-log.js';
import { orderDecisions } from './decision-log.js';

const HEADER = `# Curators' decisions about machine-read facts, written by \`./diplograph review export\` from
# the decisions log. The ingest applies them on every run; keep this file under version control.
`;

/**
 * Writes every decision of the log, and those the file held already, to a fact file of one
 * `decisions` section: the log may have been lost or be another machine's, and no decision is
 * dropped by exporting. Returns how many the file holds.
 */
export async function exportDecisions(log: DecisionLog, file: string): Promise<number> {
  const [logged, exported] = await Promise.all([log.read(), readExported(file)]);
  if (logged.problems.length > 0) {
    const lines = logged.problems.map((p) => `${log.file}:${p.line}: ${p.message}`);
    throw new Error(`the decisions log has lines that are not decisions:\n${lines.join('\n')}`);
  }
  const byId = new Map<string, Decision>();
  for (const d of [...exported, ...logged.decisions]) byId.set(d.id, d);
  const decisions = orderDecisions([...byId.values()]);
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, HEADER + stringify({ decisions }, { lineWidth: 0 }));
  await rename(temporary, file);
  return decisions.length;
}

async function readExported(file: string): Promise<Decision[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return factFile.parse(parse(text) ?? {}).decisions;
}
