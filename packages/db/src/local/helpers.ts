// Pure helpers of the local Neo4j launcher: no I/O, unit-tested in helpers.test.ts.

export interface LocalNeo4jOptions {
  port: number;
  /** Neo4j home of this instance: databases, transaction logs, logs/ and the pid file. */
  dataDir: string;
  /** Set as the password of user `neo4j` on every start (at least 8 characters). */
  password: string;
  /** JVM heap, both -Xms and -Xmx, e.g. '1g'. */
  heap: string;
  /** server.memory.pagecache.size, e.g. '512m'. */
  pageCache: string;
  /** dbms.memory.transaction.total.max; Neo4j's default is 70% of the heap. */
  txMemory?: string;
  /** db.transaction.timeout; the launcher's default is '60s'. */
  txTimeout?: string;
  /** Where the classpath file and compiled launcher live, e.g. <repo>/.diplograph/neo4j. */
  stateDir: string;
  /** How long to wait for Bolt before giving up (default 180 000). */
  startTimeoutMs?: number;
  /**
   * Free disk space the data folder's disk must have before a start, e.g. '1g' (the default); '0'
   * checks nothing. Neo4j preallocates 256 MiB of transaction log per database, and with less
   * room it fails to start with errors that do not say why ("Database name 'system' is invalid").
   */
  minFreeDisk?: string;
}

export const DEFAULT_MIN_FREE_DISK = '1g';

export const MAIN_CLASS = 'Launcher';

/** Flags that bin/neo4j would pass (server.jvm.additional in the shipped neo4j.conf). */
export const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-XX:+ExitOnOutOfMemoryError',
];

/** Sizes as both the JVM and neo4j.conf read them: '512m', '1g', '1024k'. */
const SIZE = /^\d+[kmg]?$/i;
const DURATION = /^\d+(ms|s|m|h|d)?$/;

/** Throws one error naming every invalid option. */
export function validateOptions(opts: LocalNeo4jOptions): void {
  const problems: string[] = [];
  if (!Number.isInteger(opts.port) || opts.port < 1 || opts.port > 65535) problems.push(`port ${opts.port}`);
  if (opts.password.length < 8) problems.push('password shorter than 8 characters (Neo4j refuses it)');
  if (!SIZE.test(opts.heap)) problems.push(`heap '${opts.heap}' (expected e.g. '1g' or '512m')`);
  if (!SIZE.test(opts.pageCache)) problems.push(`pageCache '${opts.pageCache}' (expected e.g. '512m')`);
  if (opts.txMemory !== undefined && !SIZE.test(opts.txMemory)) {
    problems.push(`txMemory '${opts.txMemory}' (expected e.g. '512m')`);
  }
  if (opts.minFreeDisk !== undefined && !SIZE.test(opts.minFreeDisk)) {
    problems.push(`minFreeDisk '${opts.minFreeDisk}' (expected e.g. '1g')`);
  }
  if (opts.txTimeout !== undefined && !DURATION.test(opts.txTimeout)) {
    problems.push(`txTimeout '${opts.txTimeout}' (expected e.g. '60s')`);
  }
  if (problems.length > 0) throw new Error(`invalid local Neo4j options: ${problems.join('; ')}`);
}

/** Bytes of a size as validateOptions accepts it: '512m', '1g', '1024k', '4096'. */
export function sizeBytes(size: string): number {
  const unit = size.slice(-1).toLowerCase();
  const power = { k: 1, m: 2, g: 3 }[unit];
  return power === undefined ? Number(size) : Number(size.slice(0, -1)) * 1024 ** power;
}

/** What to say when the disk has less room than the local Neo4j needs to start; undefined when it has enough. */
export function lackOfDisk(dataDir: string, freeBytes: number, minimum: string): string | undefined {
  if (freeBytes >= sizeBytes(minimum)) return undefined;
  const mib = (bytes: number) => `${Math.floor(bytes / 1024 ** 2)} MiB`;
  return (
    `not enough free disk for Neo4j: ${mib(freeBytes)} free on the disk of ${dataDir}, ` +
    `${mib(sizeBytes(minimum))} needed (NEO4J_LOCAL_MIN_FREE_DISK): free some space, or set ` +
    'NEO4J_LOCAL_DATA_DIR to a folder on a larger disk'
  );
}

/** Command line after `java`; the classpath comes from the @argfile written at install time. */
export function javaArgs(opts: LocalNeo4jOptions, argFile: string, attached: boolean): string[] {
  const args = [
    `@${argFile}`,
    `-Xms${opts.heap}`,
    `-Xmx${opts.heap}`,
    ...JVM_FLAGS,
    MAIN_CLASS,
    '--port',
    String(opts.port),
    '--data-dir',
    opts.dataDir,
    '--page-cache',
    opts.pageCache,
  ];
  if (opts.txMemory !== undefined) args.push('--tx-memory', opts.txMemory);
  if (opts.txTimeout !== undefined) args.push('--tx-timeout', opts.txTimeout);
  if (attached) args.push('--exit-on-stdin-eof');
  return args;
}

/** Environment variables that Launcher.java reads as fallbacks for its flags. */
const LAUNCHER_ENV = [
  'NEO4J_PORT',
  'NEO4J_DATA_DIR',
  'NEO4J_PAGE_CACHE',
  'NEO4J_TX_TIMEOUT',
  'NEO4J_TX_MEMORY',
];

/**
 * The launcher's environment: the parent's, minus variables the launcher would mistake for its
 * own settings, plus the password (in the environment, not in argv where `ps` shows it).
 */
export function launcherEnv(parent: NodeJS.ProcessEnv, password: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...parent, NEO4J_PASSWORD: password };
  for (const name of LAUNCHER_ENV) delete env[name];
  return env;
}

/** Quotes one argument for a java/javac @argfile (backslash and double quote are escaped). */
export function argFileQuote(arg: string): string {
  return `"${arg.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Major version from `java -version` output: `openjdk version "17.0.15"` → 17, `"1.8.0_402"` → 8. */
export function javaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/** The `<neo4j.version>` property of the launcher's pom.xml. */
export function pomNeo4jVersion(pom: string): string {
  return pomProperty(pom, 'neo4j.version');
}

/** A `<properties>` entry of a pom, e.g. `pomProperty(pom, 'neo4j.version')` → '5.26.30'. */
export function pomProperty(pom: string, name: string): string {
  const tag = name.replace(/\./g, '\\.');
  const match = new RegExp(`<${tag}>\\s*([^<\\s]+)\\s*</${tag}>`).exec(pom);
  if (!match?.[1]) throw new Error(`pom.xml has no <${name}> property`);
  return match[1];
}

export interface PidFile {
  pid: number;
  port: number;
}

export function parsePidFile(text: string): PidFile | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const { pid, port } = value as Record<string, unknown>;
    if (!Number.isInteger(pid) || !Number.isInteger(port)) return undefined;
    return { pid: pid as number, port: port as number };
  } catch {
    return undefined;
  }
}

/**
 * The useful part of a launcher log after a failed start: the last lines that are not stack frames
 * (the exception and its causes), at most `max` of them.
 */
export function summarizeLog(log: string, max = 3): string {
  const lines = log
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l !== '' && !/^\s/.test(l) && !l.startsWith('READY '));
  return lines.slice(-max).join('\n');
}
