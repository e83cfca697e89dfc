import { type ChildProcess, spawn } from 'node:child_process';
import { repoRoot } from '@diplograph/db';

/** The API's own entry point (packages/api/src/main.ts) running as a separate process. */
export interface ApiProcess {
  url: string;
  pid: number;
  /** What it printed on stdout so far, one JSON log line each (and its ready line). */
  lines: string[];
  stderr: () => string;
  /** Resolves when it exits, with its exit code or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal: NodeJS.Signals): void;
}

const READY = /Diplograph API ready at (http:\/\/\S+)\/graphql/;

/**
 * Starts `main.ts` from the sources (tsx, with the workspace's `source` condition) against the
 * given Neo4j and waits until it listens. `env` adds or overrides API variables (PORT, LOG_LEVEL...).
 */
export function startApiProcess(
  neo4j: { uri: string; user: string; password: string; database: string },
  env: Record<string, string> = {},
): Promise<ApiProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'packages/api/src/main.ts'],
    {
      cwd: repoRoot(),
      env: {
        ...process.env,
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: neo4j.user,
        NEO4J_PASSWORD: neo4j.password,
        NEO4J_DATABASE: neo4j.database,
        PORT: '0',
        LOG_LEVEL: 'info',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const lines: string[] = [];
  let stderr = '';
  let partial = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      const text = partial + chunk.toString();
      const complete = text.split('\n');
      partial = complete.pop() ?? '';
      for (const line of complete) {
        lines.push(line);
        const ready = READY.exec(line);
        if (ready?.[1] && child.pid !== undefined) {
          resolve({
            url: ready[1],
            pid: child.pid,
            lines,
            stderr: () => stderr,
            exited,
            kill: (signal) => child.kill(signal),
          });
        }
      }
    });
    void exited.then(({ code, signal }) =>
      reject(new Error(`the API exited before it was ready (${code ?? signal}): ${stderr}`)),
    );
  });
}
