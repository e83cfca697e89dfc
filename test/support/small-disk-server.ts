// Runs inside a mount namespace of its own (see small-disk.ts), where `dir` is a tmpfs of a few
// hundred megabytes: starts the local Neo4j with its data there (checking for `minFreeDisk` of
// room first, nothing by default), prints `READY <uri>` (or `FAILED <why>`), and obeys
// commands on stdin, one per line, answering `OK` (or `ERROR <message>`) to each:
//   fill <bytes>   write a filler file so that only about <bytes> stay free
//   free           remove the filler
//   restart        stop Neo4j (SIGKILL when `restart kill`) and start it again on the same data
// It stops Neo4j and exits when stdin closes.
import { open, rm, statfs } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { freePort, LOCAL_STATE_DIR, type RunningNeo4j, startLocalNeo4j } from '@diplograph/db';

const [dir = '', password = '', minFreeDisk = '0'] = process.argv.slice(2);
const filler = join(dir, 'filler');
const port = await freePort();
const options = {
  port,
  dataDir: join(dir, 'neo4j'),
  password,
  heap: '512m',
  pageCache: '64m',
  txMemory: '256m',
  stateDir: LOCAL_STATE_DIR,
  minFreeDisk,
};
let running: RunningNeo4j;
try {
  running = await startLocalNeo4j(options, { detached: false });
} catch (error) {
  console.log(`FAILED ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  process.exit(1);
}

async function fill(leave: number): Promise<void> {
  const disk = await statfs(dir);
  const bytes = Math.max(0, disk.bavail * disk.bsize - leave);
  const file = await open(filler, 'a');
  try {
    const chunk = Buffer.alloc(1024 * 1024);
    for (let written = 0; written < bytes; written += chunk.length) {
      await file.write(chunk, 0, Math.min(chunk.length, bytes - written));
    }
  } finally {
    await file.close();
  }
}

async function obey(line: string): Promise<void> {
  const [command, argument] = line.trim().split(/\s+/);
  if (command === 'fill') await fill(Number(argument));
  else if (command === 'free') await rm(filler, { force: true });
  else if (command === 'restart') {
    if (argument === 'kill') process.kill(running.pid, 'SIGKILL');
    await running.stop();
    running = await startLocalNeo4j(options, { detached: false });
  } else throw new Error(`unknown command ${line}`);
}

console.log(`READY ${running.uri}`);
const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  try {
    await obey(line);
    console.log('OK');
  } catch (error) {
    console.log(`ERROR ${error instanceof Error ? error.message : String(error)}`);
  }
}
await running.stop();
process.exit(0);
