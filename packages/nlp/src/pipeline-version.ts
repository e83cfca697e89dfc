import { readFileSync } from 'node:fs';
import { launcherHash, pomProperty } from '@diplograph/db';
import { POM, SERVER_SOURCE } from './corenlp-files.js';

let cached: string | undefined;

/**
 * Names what produces an annotation: the CoreNLP version and a digest of the pom (models) and of
 * NlpServer.java (pipeline properties). Part of every cache key, so that a change to either
 * parses the texts again; e.g. 'corenlp-4.5.10+3f2a9c01b4de'.
 */
export function pipelineVersion(): string {
  if (cached === undefined) {
    const pom = readFileSync(POM, 'utf8');
    const hash = launcherHash(pom, readFileSync(SERVER_SOURCE, 'utf8'));
    cached = `corenlp-${pomProperty(pom, 'corenlp.version')}+${hash.slice(0, 12)}`;
  }
  return cached;
}
