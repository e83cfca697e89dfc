import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { delimiter, join, resolve } from 'node:path';
import { checkJava, runCommand } from './commands.js';
import { argFileQuote } from './helpers.js';

/** A small Java program of ours whose jars Maven resolves from a pom (Neo4j's, CoreNLP's). */
export interface JavaLauncher {
  /** How messages name what it runs, e.g. 'Neo4j 5.26.30'. */
  name: string;
  /** The pom whose dependencies are the classpath; nothing is built from it. */
  pom: string;
  /** The launcher's one source file, compiled into the state directory. */
  source: string;
  mainClass: string;
  /** What the first resolution downloads, for the log, e.g. 'about 125 MB'. */
  downloadSize: string;
}

export interface InstallOptions {
  /** Maven local repository instead of ~/.m2/repository (mvn also honours MAVEN_OPTS). */
  mavenRepoLocal?: string;
}

/** Files under a launcher's state directory. */
export function launcherPaths(stateDir: string) {
  return {
    classpath: join(stateDir, 'classpath.txt'),
    argFile: join(stateDir, 'java.args'),
    classes: join(stateDir, 'classes'),
    stamp: join(stateDir, 'install.json'),
  };
}

/** Digest of the pom and the launcher's source: installing again is needed when it changes. */
export function launcherHash(pom: string, source: string): string {
  return createHash('sha256').update(pom).update('\0').update(source).digest('hex');
}

/**
 * Resolves the pom's jars into the Maven repository, records their classpath in a java @argfile
 * and compiles the launcher into stateDir. Does nothing when already done for the same pom and
 * source and every jar is still there.
 */
export async function installJavaLauncher(
  launcher: JavaLauncher,
  stateDirArg: string,
  log: (line: string) => void = () => {},
  options: InstallOptions = {},
): Promise<void> {
  // Absolute, because the argfile records the classes directory and the JVM may run elsewhere.
  const stateDir = resolve(stateDirArg);
  await checkJava(launcher.name);
  const [pom, source] = await Promise.all([
    readFile(launcher.pom, 'utf8'),
    readFile(launcher.source, 'utf8'),
  ]);
  // The Maven repository is not part of the hash: isInstalled checks that every jar still exists.
  const hash = launcherHash(pom, source);
  const paths = launcherPaths(stateDir);
  if (await isInstalled(paths, launcher.mainClass, hash)) return;

  await mkdir(stateDir, { recursive: true });
  await rm(paths.stamp, { force: true });
  log(`resolving ${launcher.name} with Maven (the first time downloads ${launcher.downloadSize})`);
  const mvnArgs = ['-B', '-q', '-f', launcher.pom, 'dependency:build-classpath', '-DincludeScope=runtime'];
  mvnArgs.push(`-Dmdep.outputFile=${paths.classpath}`);
  if (options.mavenRepoLocal) mvnArgs.push(`-Dmaven.repo.local=${resolve(options.mavenRepoLocal)}`);
  await runCommand('mvn', mvnArgs, 'install Maven 3.6.3+ (e.g. apt-get install maven)');

  const jars = (await readFile(paths.classpath, 'utf8')).trim();
  await writeFile(paths.argFile, `-cp\n${argFileQuote([paths.classes, jars].join(delimiter))}\n`);
  log(`compiling ${launcher.mainClass}.java`);
  await rm(paths.classes, { recursive: true, force: true });
  await runCommand(
    'javac',
    [`@${paths.argFile}`, '-d', paths.classes, launcher.source],
    'install a JDK 17+, not only a JRE (e.g. apt-get install openjdk-17-jdk-headless)',
  );
  await writeFile(paths.stamp, `${JSON.stringify({ name: launcher.name, hash }, null, 2)}\n`);
  log(`${launcher.name} installed in ${stateDir}`);
}

async function isInstalled(
  paths: ReturnType<typeof launcherPaths>,
  mainClass: string,
  hash: string,
): Promise<boolean> {
  try {
    const stamp = JSON.parse(await readFile(paths.stamp, 'utf8')) as { hash?: string };
    if (stamp.hash !== hash || !existsSync(join(paths.classes, `${mainClass}.class`))) return false;
    // The jars live in the Maven repository, which may have been cleaned since.
    const jars = (await readFile(paths.classpath, 'utf8')).trim().split(delimiter);
    return jars.every((jar) => existsSync(jar));
  } catch {
    return false;
  }
}
