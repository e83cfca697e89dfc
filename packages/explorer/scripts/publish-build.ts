import { lstat, readdir, rename, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Publishes the build Vite just wrote to builds/next as dist/, which the API serves: dist is a
 * symbolic link, replaced in one rename, so a running API never finds the folder empty or half
 * written. The previous build is kept for requests still reading it; older ones are removed.
 */
const root = join(import.meta.dirname, '..');
const builds = join(root, 'builds');
const id = `build-${Date.now()}`;
await rename(join(builds, 'next'), join(builds, id));

const dist = join(root, 'dist');
const staged = join(root, `dist.${process.pid}`);
await symlink(join('builds', id), staged, 'dir');
// A dist folder of the older layout (built in place) cannot be renamed over: it goes, once.
const current = await lstat(dist).catch(() => undefined);
if (current?.isDirectory()) await rm(dist, { recursive: true });
await rename(staged, dist);

// Same number of digits for centuries to come: the names sort as their times.
const done = (await readdir(builds)).filter((name) => name.startsWith('build-')).sort();
for (const old of done.slice(0, -2)) await rm(join(builds, old), { recursive: true, force: true });
