import { join } from 'node:path';
import { jvmSize, optionalVar, repoRoot, tcpPort, varWithDefault } from '@diplograph/db';
import { z } from 'zod';

/** Which NLP server to use, how to run the local one, and where annotations are cached. */
export const nlpEnv = z.object({
  /** Another running NLP server (ours or one answering the same API). Unset: the local one. */
  NLP_URL: optionalVar(z.string().regex(/^https?:\/\/[^/]+/, 'an http:// or https:// URL')),
  NLP_LOCAL_PORT: varWithDefault(tcpPort, 9000),
  /** The three pipelines hold about 1.4 GB of live heap; the rest is room for long texts, two at once. */
  NLP_LOCAL_HEAP: varWithDefault(jvmSize, '6g'),
  NLP_CACHE_DIR: varWithDefault(z.string().min(1), join(repoRoot(), '.diplograph', 'nlp-cache')),
  /** Longest one text may take, waiting included; a long article on a busy server takes seconds. */
  NLP_TIMEOUT_MS: varWithDefault(z.coerce.number().int().positive(), 120_000),
});
export type NlpEnv = z.infer<typeof nlpEnv>;

export interface NlpConfig {
  /** Base URL of the server, without a trailing slash. */
  url: string;
  /** NLP_URL is set: the server is someone else's, nothing is started or stopped. */
  external: boolean;
  cacheDir: string;
  timeoutMs: number;
  /** What to do when the server does not answer, said after the error. */
  hint: string;
}

export function nlpConfig(env: NlpEnv): NlpConfig {
  const external = env.NLP_URL !== undefined;
  return {
    url: (env.NLP_URL ?? `http://127.0.0.1:${env.NLP_LOCAL_PORT}`).replace(/\/+$/, ''),
    external,
    cacheDir: env.NLP_CACHE_DIR,
    timeoutMs: env.NLP_TIMEOUT_MS,
    hint: external ? 'check NLP_URL and that server' : 'start it with ./diplograph nlp start',
  };
}
