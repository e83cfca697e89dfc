import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CuratorStore } from '@diplograph/curation';
import { Database, repoRoot } from '@diplograph/db';
import type { TestProject } from 'vitest/node';
import { startTestApi } from '../support/api.js';
import { loadCorpus } from '../support/ingest.js';
import { CHROMIUM } from './browser.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The API serving the explorer, e.g. http://127.0.0.1:41234 (no trailing slash). */
    apiUrl: string;
    /** The token of a curator the API knows, for the review tests. */
    curatorToken: string;
    /** Another curator's, who decides a fact before the first does. */
    otherCuratorToken: string;
  }
}

/**
 * For the end-to-end tests, after setup/neo4j.ts has provided a database: makes sure Debian's
 * Chromium is installed and the explorer is built, loads the corpus, and serves the API (with the
 * explorer at /explorer/) on a free port, with two curators whose tokens the review tests decide
 * with (the curators and the decisions log in a throwaway folder, never the checkout's).
 */
export default async function setup(project: TestProject) {
  ensureChromium();
  const built = join(repoRoot(), 'packages', 'explorer', 'dist', 'index.html');
  if (!existsSync(built)) {
    throw new Error('The explorer is not built: run `pnpm run build` first (`./diplograph test` does).');
  }
  const { uri, user, password, database } = project.getProvidedContext().neo4j;
  const db = Database.connect({ uri, user, password, database, queryTimeoutMs: 60_000 });
  await loadCorpus(db);
  const curation = await mkdtemp(join(tmpdir(), 'e2e-curation-'));
  process.env.CURATORS_FILE = join(curation, 'curators.json');
  process.env.DECISIONS_LOG = join(curation, 'decisions.jsonl');
  const curators = new CuratorStore(process.env.CURATORS_FILE);
  const token = await curators.add('e2e-curator');
  const otherToken = await curators.add('e2e-other-curator');
  const api = await startTestApi(db);
  project.provide('apiUrl', api.url);
  project.provide('curatorToken', token);
  project.provide('otherCuratorToken', otherToken);
  console.log(`end-to-end tests use the explorer at ${api.url}/explorer/`);
  return async () => {
    await api.close();
    await db.close();
    await rm(curation, { recursive: true, force: true });
  };
}

function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    throw new Error(
      `End-to-end tests need Debian's Chromium at ${CHROMIUM}: install it with \`sudo apt-get install -y chromium\`.`,
    );
  }
  console.log(`installing Debian's chromium for the end-to-end tests`);
  const install = () => execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit' });
  try {
    install();
  } catch {
    // A machine that never fetched the package lists cannot find the package yet.
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    install();
  }
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium, but ${CHROMIUM} is still missing`);
}
