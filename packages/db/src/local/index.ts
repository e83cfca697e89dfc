// Local Neo4j Community 5.26 without Docker: Maven resolves the jars, a small embedded launcher
// (packages/db/neo4j/Launcher.java) runs them. See packages/db/neo4j/README.md.

export { freePort } from './free-port.js';
export type { LocalNeo4jOptions } from './helpers.js';
export { type InstallOptions, installNeo4j } from './install.js';
export { localNeo4jStatus, type RunningNeo4j, startLocalNeo4j, stopLocalNeo4j } from './launch.js';
