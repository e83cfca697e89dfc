import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  type LauncherStatus,
  launcherPaths,
  launcherStatus,
  portInUse,
  spawnLauncher,
  stopLauncher,
} from '@diplograph/db';
import { MAIN_CLASS } from '../corenlp-files.js';
import { installNlp } from './install.js';
import { javaArgs, type LocalNlpOptions, validateOptions } from './options.js';

export interface RunningNlp {
  /** e.g. http://127.0.0.1:9000 */
  url: string;
  pid: number;
  /** SIGTERM, wait for the JVM to exit, remove the pid file. */
  stop(): Promise<void>;
}

const PID_FILE = 'nlp.pid';
/** stdout and stderr of the server: its READY line, CoreNLP's log, errors. */
const LOG_FILE = 'nlp.log';

/**
 * Starts the NLP server on 127.0.0.1:<port> and resolves once its three pipelines are loaded.
 * Installs first if needed. `detached`: the JVM outlives this process (for a `start` command);
 * otherwise it shuts down when this process exits, even when killed (stdin EOF).
 */
export async function startLocalNlp(opts: LocalNlpOptions, mode: { detached: boolean }): Promise<RunningNlp> {
  validateOptions(opts);
  const runDir = resolve(opts.runDir);
  const status = await localNlpStatus(runDir);
  if (status.running) {
    throw new Error(
      `the NLP server is already running on port ${status.port} for ${runDir} (pid ${status.pid})`,
    );
  }
  if (await portInUse(opts.port)) throw new Error(`port ${opts.port} on 127.0.0.1 is already in use`);
  await installNlp(opts.stateDir);

  await mkdir(runDir, { recursive: true });
  const pid = await spawnLauncher({
    name: 'the NLP server',
    args: javaArgs(opts, launcherPaths(resolve(opts.stateDir)).argFile, !mode.detached),
    mainClass: MAIN_CLASS,
    cwd: runDir,
    env: process.env,
    logPath: join(runDir, LOG_FILE),
    pidFile: join(runDir, PID_FILE),
    port: opts.port,
    detached: mode.detached,
    startTimeoutMs: opts.startTimeoutMs ?? 300_000,
  });
  return {
    url: `http://127.0.0.1:${opts.port}`,
    pid,
    stop: async () => {
      await stopLocalNlp(runDir);
    },
  };
}

/** SIGTERM, then SIGKILL after `timeoutMs`. False when none was running. */
export function stopLocalNlp(runDir: string, timeoutMs = 30_000): Promise<boolean> {
  return stopLauncher(join(resolve(runDir), PID_FILE), MAIN_CLASS, timeoutMs);
}

export function localNlpStatus(runDir: string): Promise<LauncherStatus> {
  return launcherStatus(join(resolve(runDir), PID_FILE), MAIN_CLASS);
}
