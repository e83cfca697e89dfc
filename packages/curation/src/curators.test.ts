import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CuratorStore } from './curators.js';

let store: CuratorStore;
beforeEach(async () => {
  store = new CuratorStore(join(await mkdtemp(join(tmpdir(), 'curators-')), 'state', 'curators.json'));
});

describe('curator tokens', () => {
  it('give back the curator they were made for', async () => {
    const token = await store.add('amina');
    expect(await store.verify(token)).toBe('amina');
  });

  it('are stored as their sha256 only, in a file only its owner reads', async () => {
    const token = await store.add('amina');
    const text = await readFile(store.file, 'utf8');
    expect(text).not.toContain(token);
    expect(text).not.toContain(token.slice(4));
    expect((await stat(store.file)).mode & 0o777).toBe(0o600);
  });

  it('are refused once revoked, and a new one works', async () => {
    const old = await store.add('amina');
    await store.revoke('amina');
    expect(await store.verify(old)).toBeUndefined();
    const renewed = await store.add('amina');
    expect(await store.verify(renewed)).toBe('amina');
    expect(await store.verify(old)).toBeUndefined();
  });

  it('refuse a forged token, even one a character away from a real one', async () => {
    const token = await store.add('amina');
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    expect(await store.verify(`${token.slice(0, -1)}${last}`)).toBeUndefined();
    expect(await store.verify('let-me-in')).toBeUndefined();
    expect(await store.verify('')).toBeUndefined();
  });

  it('are not made twice for an active curator, nor for a bad name', async () => {
    await store.add('amina');
    await expect(store.add('amina')).rejects.toThrow(/exists already/);
    await expect(store.add('../etc')).rejects.toThrow(/letters, digits/);
    await expect(store.revoke('nobody')).rejects.toThrow(/no active curator/);
  });

  it('are listed with their state, without the token', async () => {
    await store.add('amina');
    await store.add('bruno');
    await store.revoke('bruno');
    const listed = await store.list();
    expect(listed.map((c) => [c.name, c.revoked === null])).toEqual([
      ['amina', true],
      ['bruno', false],
    ]);
  });
});
