import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';

/** A curator's name: what every decision is signed with. */
export const curatorName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/i, 'a name of letters, digits, ".", "_" or "-" (64 at most)');

const curatorRecord = z.strictObject({
  name: curatorName,
  /** sha256 of the token, hex: the token itself is shown once and never stored. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  created: z.iso.datetime(),
  revoked: z.iso.datetime().nullable(),
});
export type CuratorRecord = z.infer<typeof curatorRecord>;

const curatorsFile = z.strictObject({ curators: z.array(curatorRecord) });

/** Tokens start with this, so that a leaked one is recognisable in logs and secret scanners. */
const TOKEN_PREFIX = 'dgc_';

export class CuratorError extends Error {
  override name = 'CuratorError';
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/**
 * The curators the operator created, in a JSON file only its owner may read. Every check reads the
 * file again, so that a revocation holds for the next request of a running API.
 */
export class CuratorStore {
  constructor(readonly file: string) {}

  async list(): Promise<CuratorRecord[]> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const parsed = curatorsFile.safeParse(JSON.parse(text));
    if (!parsed.success)
      throw new CuratorError(`${this.file} is not a curators file: ${parsed.error.message}`);
    return parsed.data.curators;
  }

  /** Creates a curator, or gives a revoked one a new token; returns the token (shown once). */
  async add(name: string, now = new Date()): Promise<string> {
    const valid = curatorName.safeParse(name);
    if (!valid.success) throw new CuratorError(`"${name}": ${valid.error.issues[0]?.message}`);
    const curators = await this.list();
    if (curators.some((c) => c.name === name && c.revoked === null)) {
      throw new CuratorError(`curator "${name}" exists already: revoke it first to give it a new token`);
    }
    const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const record = { name, sha256: digest(token).toString('hex'), created: now.toISOString(), revoked: null };
    await this.save([...curators.filter((c) => c.name !== name), record]);
    return token;
  }

  async revoke(name: string, now = new Date()): Promise<void> {
    const curators = await this.list();
    const found = curators.find((c) => c.name === name && c.revoked === null);
    if (!found) throw new CuratorError(`no active curator "${name}"`);
    found.revoked = now.toISOString();
    await this.save(curators);
  }

  /**
   * The curator a token belongs to, or undefined for an unknown, malformed or revoked token. Every
   * stored digest is compared in constant time, so that timing tells nothing about which is close.
   */
  async verify(token: string): Promise<string | undefined> {
    if (!token.startsWith(TOKEN_PREFIX)) return undefined;
    const given = digest(token);
    let found: string | undefined;
    for (const curator of await this.list()) {
      const same = timingSafeEqual(given, Buffer.from(curator.sha256, 'hex'));
      if (same && curator.revoked === null) found = curator.name;
    }
    return found;
  }

  /** Writes the whole file anew and renames it over the old one: a crash leaves one or the other. */
  private async save(curators: CuratorRecord[]): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true, mode: 0o700 });
    const temporary = `${this.file}.${process.pid}.tmp`;
    await writeFile(temporary, `${JSON.stringify({ curators }, null, 2)}\n`, { mode: 0o600 });
    await rename(temporary, this.file);
  }
}
