import { readFileSync } from 'node:fs';
import { type InstallOptions, installJavaLauncher, pomProperty } from '@diplograph/db';
import { MAIN_CLASS, POM, SERVER_SOURCE } from '../corenlp-files.js';

/**
 * Resolves CoreNLP and its English, French and Spanish models into the Maven repository (about
 * 1 GB the first time), records their classpath in a java @argfile and compiles NlpServer.java
 * into stateDir. Does nothing when already done for the same pom.xml and NlpServer.java and every
 * jar is still there.
 */
export async function installNlp(
  stateDir: string,
  log: (line: string) => void = () => {},
  options: InstallOptions = {},
): Promise<void> {
  const version = pomProperty(readFileSync(POM, 'utf8'), 'corenlp.version');
  await installJavaLauncher(
    {
      name: `Stanford CoreNLP ${version}`,
      pom: POM,
      source: SERVER_SOURCE,
      mainClass: MAIN_CLASS,
      downloadSize: 'about 1 GB of jars and models',
    },
    stateDir,
    log,
    options,
  );
}
