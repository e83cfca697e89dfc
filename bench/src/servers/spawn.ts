import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ServerProcess {
  name: string;
  url: string;
  pid: number;
  /** Resident memory now, in MiB. */
  rssMiB(): number;
  stop(): Promise<void>;
}

/** Starts a server as a node child process and resolves once it prints `ready` on stdout. */
export async function spawnServer(
  name: string,
  script: string,
  url: string,
  env: NodeJS.ProcessEnv,
  ready: RegExp,
): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, [script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with code ${code}:\n${output}`));
    });
  });
  // Keep draining its output so that a chatty server never blocks on a full pipe.
  child.stdout?.removeAllListeners('data').resume();
  child.stderr
    ?.removeAllListeners('data')
    .on('data', (chunk: Buffer) => process.stderr.write(`[${name}] ${chunk}`));
  child.removeAllListeners('exit');
  const pid = child.pid as number;
  return {
    name,
    url,
    pid,
    rssMiB: () => {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}
