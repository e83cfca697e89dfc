import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { argFileQuote, javaMajorVersion, MAIN_CLASS, pomNeo4jVersion } from './helpers.js';

/** packages/db/neo4j, from src/local or dist/local alike. */
const SOURCE_DIR = fileURLToPath(new URL('../../neo4j/', import.meta.url));
const POM = join(SOURCE_DIR, 'pom.xml');
const LAUNCHER = join(SOURCE_DIR, `${MAIN_CLASS}.java`);

/** Files under the state directory. */
export function statePaths(stateDir: string) {
  return {
    classpath: join(stateDir, 'classpath.txt'),
    argFile: join(stateDir, 'java.args'),
    classes: join(stateDir, 'classes'),
    stamp: join(stateDir, 'install.json'),
  };
}

export interface InstallOptions {
  /** Maven local repository instead of ~/.m2/repository (mvn also honours MAVEN_OPTS). */
  mavenRepoLocal?: string;
}

/**
 * Resolves Neo4j's jars into the Maven repository, records their classpath in a java @argfile and
 * compiles Launcher.java into stateDir. Does nothing when already done for the same pom.xml and
 * Launcher.java and every jar is still there.
 */
export async function installNeo4j(
  stateDirArg: string,
  log: (line: string) => void = () => {},
  options: InstallOptions = {},
): Promise<void> {
  // Absolute, because the argfile records the classes directory and the JVM runs in the data dir.
  const stateDir = resolve(stateDirArg);
  await checkJava();
  const [pom, launcher] = await Promise.all([readFile(POM, 'utf8'), readFile(LAUNCHER, 'utf8')]);
  const version = pomNeo4jVersion(pom);
  // The Maven repository is not part of the hash: isInstalled checks that every jar still exists.
  const hash = createHash('sha256').update(pom).update('\0').update(launcher).digest('hex');
  const paths = statePaths(stateDir);
  if (await isInstalled(paths, hash)) return;

  await mkdir(stateDir, { recursive: true });
  await rm(paths.stamp, { force: true });
  log(`resolving Neo4j ${version} with Maven (the first time downloads about 125 MB)`);
  const mvnArgs = ['-B', '-q', '-f', POM, 'dependency:build-classpath', '-DincludeScope=runtime'];
  mvnArgs.push(`-Dmdep.outputFile=${paths.classpath}`);
  if (options.mavenRepoLocal) mvnArgs.push(`-Dmaven.repo.local=${resolve(options.mavenRepoLocal)}`);
  await run('mvn', mvnArgs, 'install Maven 3.6.3+ (e.g. apt-get install maven)');

  const jars = (await readFile(paths.classpath, 'utf8')).trim();
  await writeFile(paths.argFile, `-cp\n${argFileQuote([paths.classes, jars].join(delimiter))}\n`);
  log(`compiling ${MAIN_CLASS}.java`);
  await rm(paths.classes, { recursive: true, force: true });
  await run(
    'javac',
    [`@${paths.argFile}`, '-d', paths.classes, LAUNCHER],
    'install a JDK 17+, not only a JRE (e.g. apt-get install openjdk-17-jdk-headless)',
  );
  await writeFile(paths.stamp, `${JSON.stringify({ neo4jVersion: version, hash }, null, 2)}\n`);
  log(`Neo4j ${version} installed in ${stateDir}`);
}

async function isInstalled(paths: ReturnType<typeof statePaths>, hash: string): Promise<boolean> {
  try {
    const stamp = JSON.parse(await readFile(paths.stamp, 'utf8')) as { hash?: string };
    if (stamp.hash !== hash || !existsSync(join(paths.classes, `${MAIN_CLASS}.class`))) return false;
    // The jars live in the Maven repository, which may have been cleaned since.
    const jars = (await readFile(paths.classpath, 'utf8')).trim().split(delimiter);
    return jars.every((jar) => existsSync(jar));
  } catch {
    return false;
  }
}

async function checkJava(): Promise<void> {
  const output = await run(
    'java',
    ['-version'],
    'install OpenJDK 17 or newer (e.g. apt-get install openjdk-17-jdk-headless)',
  );
  const major = javaMajorVersion(output);
  if (major === undefined || major < 17) {
    throw new Error(
      `Neo4j 5.26 needs Java 17 or newer, but \`java -version\` says: ${output.split('\n')[0]}`,
    );
  }
}

/** Runs a command to completion; a missing command or a failure becomes a short Error. */
function run(command: string, args: string[], hint: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === 'ENOENT'
            ? `\`${command}\` not found on PATH: ${hint}`
            : `${command}: ${error.message}`,
        ),
      );
    });
    child.on('close', (code) => {
      if (code === 0) return resolve(output);
      const tail = output.trim().split('\n').slice(-15).join('\n');
      reject(new Error(`\`${command} ${args.join(' ')}\` failed (exit ${code}):\n${tail}`));
    });
  });
}
