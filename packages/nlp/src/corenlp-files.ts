import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** packages/nlp/corenlp, from src/ or dist/ alike. */
const SOURCE_DIR = fileURLToPath(new URL('../corenlp/', import.meta.url));

export const MAIN_CLASS = 'NlpServer';
export const POM = join(SOURCE_DIR, 'pom.xml');
export const SERVER_SOURCE = join(SOURCE_DIR, `${MAIN_CLASS}.java`);
