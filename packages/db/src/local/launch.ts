import { mkdir, statfs } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  DEFAULT_MIN_FREE_DISK,
  javaArgs,
  type LocalNeo4jOptions,
  lackOfDisk,
  launcherEnv,
  MAIN_CLASS,
  validateOptions,
} from './helpers.js';
import { installNeo4j } from './install.js';
import { launcherPaths } from './install-launcher.js';
import { launcherStatus, portInUse, spawnLauncher, stopLauncher } from './launcher-process.js';

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
  const pid = await spawnLauncher({
    name: 'Neo4j',
    args: javaArgs({ ...opts, dataDir }, launcherPaths(resolve(opts.stateDir)).argFile, !mode.detached),
    mainClass: MAIN_CLASS,
    cwd: dataDir,
    env: launcherEnv(process.env, opts.password),
    logPath: join(dataDir, LAUNCHER_LOG),
    pidFile: join(dataDir, PID_FILE),
    port: opts.port,
    detached: mode.detached,
    startTimeoutMs: opts.startTimeoutMs ?? 180_000,
  });
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
export function stopLocalNeo4j(dataDir: string, timeoutMs = 60_000): Promise<boolean> {
  return stopLauncher(join(resolve(dataDir), PID_FILE), MAIN_CLASS, timeoutMs);
}

export function localNeo4jStatus(
  dataDir: string,
): Promise<{ running: boolean; pid?: number; port?: number }> {
  return launcherStatus(join(resolve(dataDir), PID_FILE), MAIN_CLASS);
}
