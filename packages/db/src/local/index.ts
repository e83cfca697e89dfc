// Local Neo4j Community 5.26 without Docker: Maven resolves the jars, a small embedded launcher
// (packages/db/neo4j/Launcher.java) runs them. See packages/db/neo4j/README.md. The generic parts
// (installing a Java launcher from a pom, running its JVM) are exported for packages/nlp.

export { checkJava, runCommand } from './commands.js';
export { freePort } from './free-port.js';
export {
  argFileQuote,
  javaMajorVersion,
  type LocalNeo4jOptions,
  type PidFile,
  parsePidFile,
  pomProperty,
  summarizeLog,
} from './helpers.js';
export { installNeo4j } from './install.js';
export {
  type InstallOptions,
  installJavaLauncher,
  type JavaLauncher,
  launcherHash,
  launcherPaths,
} from './install-launcher.js';
export { localNeo4jStatus, type RunningNeo4j, startLocalNeo4j, stopLocalNeo4j } from './launch.js';
export {
  type LauncherSpawn,
  type LauncherStatus,
  launcherStatus,
  portInUse,
  spawnLauncher,
  stopLauncher,
} from './launcher-process.js';
