import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAIN_CLASS, pomNeo4jVersion } from './helpers.js';
import { type InstallOptions, installJavaLauncher } from './install-launcher.js';

/** packages/db/neo4j, from src/local or dist/local alike. */
const SOURCE_DIR = fileURLToPath(new URL('../../neo4j/', import.meta.url));
const POM = join(SOURCE_DIR, 'pom.xml');

/**
 * Resolves Neo4j's jars into the Maven repository, records their classpath in a java @argfile and
 * compiles Launcher.java into stateDir. Does nothing when already done for the same pom.xml and
 * Launcher.java and every jar is still there.
 */
export async function installNeo4j(
  stateDir: string,
  log: (line: string) => void = () => {},
  options: InstallOptions = {},
): Promise<void> {
  const version = pomNeo4jVersion(readFileSync(POM, 'utf8'));
  await installJavaLauncher(
    {
      name: `Neo4j ${version}`,
      pom: POM,
      source: join(SOURCE_DIR, `${MAIN_CLASS}.java`),
      mainClass: MAIN_CLASS,
      downloadSize: 'about 125 MB',
    },
    stateDir,
    log,
    options,
  );
}
