import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, unlinkSync } from 'node:fs';
import { mkdir, readFile, rm, statfs, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import {
  DEFAULT_MIN_FREE_DISK,
  javaArgs,
  type LocalNeo4jOptions,
  lackOfDisk,
  launcherEnv,
  parsePidFile,
  summarizeLog,
  validateOptions,
} from './helpers.js';
import { installNeo4j, statePaths } from './install.js';

export interface RunningNeo4j {
  uri: string;
  user: string;
  password: string;
  pid: number;
  /** SIGTERM, wait for a clean shutdown, remove the pid file. */
  stop(): Promise<void>;
}

const PID_FILE = 'neo4j.pid';
/** stdout and stderr of the launcher (its READY line, startup errors); Neo4j's own logs are next to it. */
const LAUNCHER_LOG = join('logs', 'launcher.log');
const POLL_MS = 200;

/**
 * Starts Neo4j on 127.0.0.1:<port> with dataDir as its home and resolves once Bolt accepts
 * connections. Installs first if needed. `detached`: the JVM outlives this process (for a `start`
 * command); otherwise it shuts down when this process exits, even when killed (stdin EOF).
 */
export async function startLocalNeo4j(
  opts: LocalNeo4jOptions,
  mode: { detached: boolean },
): Promise<RunningNeo4j> {
  validateOptions(opts);
  const dataDir = resolve(opts.dataDir);
  const status = await localNeo4jStatus(dataDir);
  if (status.running) {
    throw new Error(`Neo4j is already running on port ${status.port} for ${dataDir} (pid ${status.pid})`);
  }
  if (await portInUse(opts.port)) throw new Error(`port ${opts.port} on 127.0.0.1 is already in use`);
  await installNeo4j(opts.stateDir);

  await mkdir(join(dataDir, 'logs'), { recursive: true });
  const disk = await statfs(dataDir);
  const lack = lackOfDisk(dataDir, disk.bavail * disk.bsize, opts.minFreeDisk ?? DEFAULT_MIN_FREE_DISK);
  if (lack) throw new Error(lack);
  const logPath = join(dataDir, LAUNCHER_LOG);
  const logFd = openSync(logPath, 'w');
  let child: ChildProcess;
  try {
    const argFile = statePaths(resolve(opts.stateDir)).argFile;
    child = spawn('java', javaArgs({ ...opts, dataDir }, argFile, !mode.detached), {
      cwd: dataDir,
      env: launcherEnv(process.env, opts.password),
      stdio: [mode.detached ? 'ignore' : 'pipe', logFd, logFd],
      detached: mode.detached,
    });
  } finally {
    closeSync(logFd);
  }
  const pid = child.pid;
  if (pid === undefined) {
    // installNeo4j has just run `java -version`, so this is rare; spawn reports the cause as an event.
    const cause = await new Promise<Error>((r) => child.once('error', r));
    throw new Error(`could not start java for Neo4j: ${cause.message}`);
  }
  const pidFile = join(dataDir, PID_FILE);
  await writeFile(pidFile, `${JSON.stringify({ pid, port: opts.port })}\n`);
  child.on('exit', () => removePidFileOf(pidFile, pid));
  // Neither the child nor its stdin pipe keeps this process alive; when it exits, the pipe closes.
  child.unref();
  (child.stdin as { unref?: () => void } | null)?.unref?.();

  try {
    await waitForReady(child, logPath, opts.startTimeoutMs ?? 180_000);
  } catch (error) {
    child.kill('SIGKILL');
    await rm(pidFile, { force: true });
    throw error;
  }
  return {
    uri: `bolt://127.0.0.1:${opts.port}`,
    user: 'neo4j',
    password: opts.password,
    pid,
    stop: async () => {
      await stopLocalNeo4j(dataDir);
    },
  };
}

/**
 * Stops the Neo4j whose pid file is in dataDir: SIGTERM (a clean shutdown through the launcher's
 * shutdown hook), then SIGKILL if it is still up after `timeoutMs`. False when none was running.
 */
export async function stopLocalNeo4j(dataDir: string, timeoutMs = 60_000): Promise<boolean> {
  const pidFile = join(resolve(dataDir), PID_FILE);
  const status = await localNeo4jStatus(dataDir);
  if (!status.running || status.pid === undefined) {
    await rm(pidFile, { force: true });
    return false;
  }
  const { pid } = status;
  signal(pid, 'SIGTERM');
  if (!(await waitForExit(pid, timeoutMs))) {
    signal(pid, 'SIGKILL');
    await waitForExit(pid, 5_000);
  }
  await rm(pidFile, { force: true });
  return true;
}

export async function localNeo4jStatus(
  dataDir: string,
): Promise<{ running: boolean; pid?: number; port?: number }> {
  let text: string;
  try {
    text = await readFile(join(resolve(dataDir), PID_FILE), 'utf8');
  } catch {
    return { running: false };
  }
  const entry = parsePidFile(text);
  if (!entry || !isLauncherAlive(entry.pid)) return { running: false };
  return { running: true, pid: entry.pid, port: entry.port };
}

function waitForReady(child: ChildProcess, logPath: string, timeoutMs: number): Promise<void> {
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
      finish(new Error(`Neo4j ${how} before it was ready; see ${logPath}${why ? `\n${why}` : ''}`));
    };
    const onError = (error: Error) => finish(new Error(`could not start java for Neo4j: ${error.message}`));
    const poll = () => {
      if (/^READY /m.test(readLog(logPath))) return finish();
      if (Date.now() > deadline) {
        return finish(
          new Error(`Neo4j was not ready within ${Math.round(timeoutMs / 1000)} s; see ${logPath}`),
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
function isLauncherAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync('/proc/self')) return true;
  try {
    // A zombie (exited, not yet reaped) has an empty command line.
    return readFileSync(cmdline, 'utf8').split('\0').includes('Launcher');
  } catch {
    return false;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isLauncherAlive(pid)) {
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

function portInUse(port: number): Promise<boolean> {
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
