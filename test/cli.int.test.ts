import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '@diplograph/db';
import { describe, expect, it } from 'vitest';

/** Runs the entry script as a person would; these refusals come before anything is installed. */
function diplograph(...args: string[]) {
  const run = spawnSync(join(repoRoot(), 'diplograph'), args, { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the diplograph script', () => {
  it.each([
    [['frob'], "unknown command 'frob'"],
    [['ingest', '--chek'], "ingest: unknown option '--chek'"],
    [['ingest', 'evaluat'], "ingest: unknown subcommand 'evaluat'"],
    [['db', 'begin'], "db takes start, stop or status, got 'begin'"],
    [['api', '--port', '1'], "api takes no arguments, got '--port'"],
  ])('refuses %j with one line and exit status 2', (args, message) => {
    const run = diplograph(...args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toEqual([expect.stringContaining(message)]);
  });

  it('lists bench in its usage', () => {
    const run = diplograph('help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^ {2}bench /m);
  });
});
