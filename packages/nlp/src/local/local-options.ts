import { join } from 'node:path';
import { repoRoot } from '@diplograph/db';
import type { NlpEnv } from '../config.js';
import type { LocalNlpOptions } from './options.js';

/** Classpath, compiled server, and the CLI's pid file and log, shared by this checkout. */
export const LOCAL_NLP_STATE_DIR = join(repoRoot(), '.diplograph', 'nlp');

/** The local NLP server as the environment configures it. */
export function localNlpOptions(env: NlpEnv): LocalNlpOptions {
  return {
    port: env.NLP_LOCAL_PORT,
    heap: env.NLP_LOCAL_HEAP,
    stateDir: LOCAL_NLP_STATE_DIR,
    runDir: LOCAL_NLP_STATE_DIR,
  };
}
