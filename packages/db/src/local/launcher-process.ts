// The life of a launcher JVM (Neo4j's, CoreNLP's) seen from Node: spawn it with its log and pid
// file, wait for its READY line, tell whether it still runs, stop it.
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, unlinkSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { parsePidFile, summarizeLog } from './helpers.js';

const POLL_MS = 200;

export interface LauncherSpawn {
  /** How messages name what it runs, e.g. 'Neo4j'. */
  name: string;
  /** After `java`; the main class must be one of them (status checks find it in /proc). */
  args: string[];
  mainClass: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Receives stdout and stderr; overwritten on each start. */
  logPath: string;
  /** `{"pid":…,"port":…}`, removed when the JVM exits. */
  pidFile: string;
  port: number;
  /** Outlives this process (a `start` command); else shuts down with it (its stdin is a pipe). */
  detached: boolean;
  /** How long to wait for the READY line. */
  startTimeoutMs: number;
}

/**
 * Starts the JVM and resolves with its pid once its log has a line starting with `READY `. On a
 * failed start the JVM is killed and the error names the log and the exception lines in it.
 */
export async function spawnLauncher(opts: LauncherSpawn): Promise<number> {
  const logFd = openSync(opts.logPath, 'w');
  let child: ChildProcess;
  try {
    child = spawn('java', opts.args, {
      cwd: opts.cwd,
      env: opts.env,
      stdio: [opts.detached ? 'ignore' : 'pipe', logFd, logFd],
      detached: opts.detached,
    });
  } finally {
    closeSync(logFd);
  }
  const pid = child.pid;
  if (pid === undefined) {
    // Installing has just run `java -version`, so this is rare; spawn reports the cause as an event.
    const cause = await new Promise<Error>((r) => child.once('error', r));
    throw new Error(`could not start java for ${opts.name}: ${cause.message}`);
  }
  await writeFile(opts.pidFile, `${JSON.stringify({ pid, port: opts.port })}\n`);
  child.on('exit', () => removePidFileOf(opts.pidFile, pid));
  // Neither the child nor its stdin pipe keeps this process alive; when it exits, the pipe closes.
  child.unref();
  (child.stdin as { unref?: () => void } | null)?.unref?.();

  try {
    await waitForReady(child, opts.name, opts.logPath, opts.startTimeoutMs);
  } catch (error) {
    child.kill('SIGKILL');
    await rm(opts.pidFile, { force: true });
    throw error;
  }
  return pid;
}

export interface LauncherStatus {
  running: boolean;
  pid?: number;
  port?: number;
}

/** Whether the pid file names a live JVM running mainClass. */
export async function launcherStatus(pidFile: string, mainClass: string): Promise<LauncherStatus> {
  let text: string;
  try {
    text = await readFile(pidFile, 'utf8');
  } catch {
    return { running: false };
  }
  const entry = parsePidFile(text);
  if (!entry || !isLauncherAlive(entry.pid, mainClass)) return { running: false };
  return { running: true, pid: entry.pid, port: entry.port };
}

/**
 * Stops the JVM of the pid file: SIGTERM (a clean shutdown through the launcher's shutdown hook),
 * then SIGKILL if it is still up after `timeoutMs`. False when none was running.
 */
export async function stopLauncher(pidFile: string, mainClass: string, timeoutMs: number): Promise<boolean> {
  const status = await launcherStatus(pidFile, mainClass);
  if (!status.running || status.pid === undefined) {
    await rm(pidFile, { force: true });
    return false;
  }
  const { pid } = status;
  signal(pid, 'SIGTERM');
  if (!(await waitForExit(pid, mainClass, timeoutMs))) {
    signal(pid, 'SIGKILL');
    await waitForExit(pid, mainClass, 5_000);
  }
  await rm(pidFile, { force: true });
  return true;
}

/** Whether something accepts connections on 127.0.0.1:port. */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = connect({ host: '127.0.0.1', port });
    const done = (inUse: boolean) => {
      socket.destroy();
      resolvePromise(inUse);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function waitForReady(child: ChildProcess, name: string, logPath: string, timeoutMs: number): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const deadline = Date.now() + timeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const finish = (error?: Error) => {
      clearTimeout(timer);
      child.off('exit', onExit);
      child.off('error', onError);
      if (error) reject(error);
      else resolvePromise();
    };
    const onExit = (code: number | null, sig: string | null) => {
      const why = summarizeLog(readLog(logPath));
      const how = sig ? `was killed by ${sig}` : `exited with code ${code}`;
      finish(new Error(`${name} ${how} before it was ready; see ${logPath}${why ? `\n${why}` : ''}`));
    };
    const onError = (error: Error) => finish(new Error(`could not start java for ${name}: ${error.message}`));
    const poll = () => {
      if (/^READY /m.test(readLog(logPath))) return finish();
      if (Date.now() > deadline) {
        return finish(
          new Error(`${name} was not ready within ${Math.round(timeoutMs / 1000)} s; see ${logPath}`),
        );
      }
      timer = setTimeout(poll, POLL_MS);
    };
    child.on('exit', onExit);
    child.on('error', onError);
    poll();
  });
}

function readLog(logPath: string): string {
  try {
    return readFileSync(logPath, 'utf8');
  } catch {
    return '';
  }
}

/** Alive and, where /proc tells, still our launcher (pid files outlive crashes; pids get reused). */
function isLauncherAlive(pid: number, mainClass: string): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync('/proc/self')) return true;
  try {
    // A zombie (exited, not yet reaped) has an empty command line.
    return readFileSync(cmdline, 'utf8').split('\0').includes(mainClass);
  } catch {
    return false;
  }
}

async function waitForExit(pid: number, mainClass: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isLauncherAlive(pid, mainClass)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  return true;
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

function removePidFileOf(pidFile: string, pid: number): void {
  try {
    if (parsePidFile(readFileSync(pidFile, 'utf8'))?.pid === pid) unlinkSync(pidFile);
  } catch {
    // no pid file
  }
}
