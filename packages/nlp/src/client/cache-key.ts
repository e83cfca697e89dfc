import { createHash } from 'node:crypto';
import type { Language } from '../language.js';

/** sha256 of the pipeline version, the language and the text, hex; unambiguous (a JSON array). */
export function cacheKey(version: string, language: Language, text: string): string {
  return createHash('sha256')
    .update(JSON.stringify([version, language, text]))
    .digest('hex');
}
