import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@diplograph/db';
import { installNlp, LOCAL_NLP_STATE_DIR, nlpConfig, nlpEnv, startLocalNlp } from '@diplograph/nlp';
import type { TestProject } from 'vitest/node';

/** How tests reach their NLP server. */
export interface TestNlp {
  /** e.g. http://127.0.0.1:41234, without a trailing slash. */
  url: string;
  /** NLP_URL (set by hand, or by this setup for an earlier project of the run) or our own launcher. */
  origin: 'NLP_URL' | 'local launcher';
}

declare module 'vitest' {
  export interface ProvidedContext {
    nlp: TestNlp;
  }
}

/**
 * Picks the NLP server for the run: NLP_URL when set; otherwise the local launcher on a free port,
 * attached, with a throwaway run folder. Its URL also goes into process.env.NLP_URL, so that the
 * commands tests start (the ingest CLI) and the setups of later projects use the same server
 * instead of loading the models again.
 */
export default async function setup(project: TestProject) {
  const env = nlpEnv.parse(process.env);
  if (env.NLP_URL !== undefined) {
    project.provide('nlp', { url: nlpConfig(env).url, origin: 'NLP_URL' });
    return;
  }
  await installNlp(LOCAL_NLP_STATE_DIR, (line) => console.log(`  ${line}`));
  const runDir = await mkdtemp(join(tmpdir(), 'diplograph-test-nlp-'));
  const started = performance.now();
  const running = await startLocalNlp(
    { port: await freePort(), heap: env.NLP_LOCAL_HEAP, stateDir: LOCAL_NLP_STATE_DIR, runDir },
    { detached: false },
  );
  process.env.NLP_URL = running.url;
  project.provide('nlp', { url: running.url, origin: 'local launcher' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`tests use CoreNLP at ${running.url} (local launcher, ready in ${seconds} s)`);
  return async () => {
    delete process.env.NLP_URL;
    await running.stop();
    await rm(runDir, { recursive: true, force: true });
  };
}
