import { spawn } from 'node:child_process';
import { javaMajorVersion } from './helpers.js';

/** Runs a command to completion; a missing command or a failure becomes a short Error. */
export function runCommand(command: string, args: string[], hint: string): Promise<string> {
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

/** Throws a one-line error unless `java` on the PATH is Java 17 or newer; `product` needs it. */
export async function checkJava(product: string): Promise<void> {
  const output = await runCommand(
    'java',
    ['-version'],
    'install OpenJDK 17 or newer (e.g. apt-get install openjdk-17-jdk-headless)',
  );
  const major = javaMajorVersion(output);
  if (major === undefined || major < 17) {
    throw new Error(
      `${product} needs Java 17 or newer, but \`java -version\` says: ${output.split('\n')[0]}`,
    );
  }
}
