// Pure parts of the local NLP server's launch: no I/O, unit-tested in options.test.ts.
import { MAIN_CLASS } from '../corenlp-files.js';

export interface LocalNlpOptions {
  port: number;
  /** JVM heap (-Xmx), e.g. '6g'. */
  heap: string;
  /** Where the classpath file and the compiled server live, e.g. <repo>/.diplograph/nlp. */
  stateDir: string;
  /** Where its pid file and log go: the state directory for the CLI, a temporary one for tests. */
  runDir: string;
  /** Texts annotated at once (default 2, one per core). */
  threads?: number;
  /** How long to wait for READY before giving up (default 300 000: three pipelines load in about a minute). */
  startTimeoutMs?: number;
}

/**
 * -Xms is left to the JVM, so the resident size follows what the models take; running out of heap
 * exits rather than leaving a server that answers nothing.
 */
export const JVM_FLAGS = ['-XX:+UseG1GC', '-XX:+ExitOnOutOfMemoryError', '-XX:-OmitStackTraceInFastThrow'];

const SIZE = /^\d+[kmg]$/i;

/** Throws one error naming every invalid option. */
export function validateOptions(opts: LocalNlpOptions): void {
  const problems: string[] = [];
  if (!Number.isInteger(opts.port) || opts.port < 1 || opts.port > 65535) problems.push(`port ${opts.port}`);
  if (!SIZE.test(opts.heap)) problems.push(`heap '${opts.heap}' (expected e.g. '6g')`);
  const threads = opts.threads ?? 2;
  if (!Number.isInteger(threads) || threads < 1) problems.push(`threads ${threads}`);
  if (problems.length > 0) throw new Error(`invalid local NLP server options: ${problems.join('; ')}`);
}

/** Command line after `java`; the classpath comes from the @argfile written at install time. */
export function javaArgs(opts: LocalNlpOptions, argFile: string, attached: boolean): string[] {
  const args = [
    `@${argFile}`,
    `-Xmx${opts.heap}`,
    ...JVM_FLAGS,
    MAIN_CLASS,
    '--port',
    String(opts.port),
    '--threads',
    String(opts.threads ?? 2),
  ];
  if (attached) args.push('--exit-on-stdin-eof');
  return args;
}
