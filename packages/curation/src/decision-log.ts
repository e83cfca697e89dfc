import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type Decision, decision } from '@diplograph/schema';

/** A line of the log that cannot be read as a decision. */
export interface LogProblem {
  line: number;
  message: string;
}

/**
 * The curators' decisions, one JSON object a line, only ever appended to: the record of who
 * decided what, when and why, outside the database so that a rebuild loses none of it.
 */
export class DecisionLog {
  constructor(readonly file: string) {}

  /** Appends one decision and waits until it is on disk. */
  async append(entry: Decision): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true, mode: 0o700 });
    const handle = await open(this.file, 'a', 0o600);
    try {
      await handle.appendFile(`${JSON.stringify(decision.parse(entry))}\n`, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  /**
   * Every decision in the order it was made. A decision written twice (a write transaction the
   * driver retried) counts once; an unreadable line is a problem, never skipped in silence.
   */
  async read(): Promise<{ decisions: Decision[]; problems: LogProblem[] }> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { decisions: [], problems: [] };
      throw error;
    }
    const problems: LogProblem[] = [];
    const byId = new Map<string, Decision>();
    text.split('\n').forEach((line, index) => {
      if (line.trim() === '') return;
      let data: unknown;
      try {
        data = JSON.parse(line);
      } catch {
        problems.push({ line: index + 1, message: 'not JSON (a line cut short?)' });
        return;
      }
      const parsed = decision.safeParse(data);
      if (!parsed.success) {
        problems.push({ line: index + 1, message: parsed.error.issues[0]?.message ?? 'not a decision' });
      } else if (!byId.has(parsed.data.id)) {
        byId.set(parsed.data.id, parsed.data);
      }
    });
    return { decisions: orderDecisions([...byId.values()]), problems };
  }
}

/** Decisions in the order they were made: by time, then by id for those of the same instant. */
export function orderDecisions(decisions: readonly Decision[]): Decision[] {
  return [...decisions].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}
