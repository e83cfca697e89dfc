import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type Annotation, annotationSchema } from '../annotation.js';

/**
 * Server answers on disk, one file per cache key (`<dir>/ab/abcdef….json`), kept as CoreNLP
 * wrote them so that reading more of them later needs no new parse.
 */
export class AnnotationCache {
  constructor(readonly dir: string) {}

  path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /** The cached annotation, or undefined when there is none or it is unreadable (then it is parsed again). */
  async get(key: string): Promise<Annotation | undefined> {
    let text: string;
    try {
      text = await readFile(this.path(key), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const parsed = annotationSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Writes a temporary file and renames it into place, so that a reader (or a run killed midway)
   * never sees half a file; two runs writing the same key write the same content.
   */
  async put(key: string, json: string): Promise<void> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.${randomUUID()}.tmp`;
    try {
      await writeFile(temporary, json);
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }
}
