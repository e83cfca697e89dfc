import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FACTS_DIR } from './paths.js';

/** Passages that occur once in their article, outside page noise (people.yaml cites them). */
const QUOTES = [
  ['src-001', 'La délégation marocaine, dirigée par Khalid Zerouali'],
  ['src-002', 'sous la coprésidence de Khalid Zerouali'],
  ['src-001', 'co-présidée par Samira Sitaïl, Ambassadrice du Royaume à Paris'],
  ['src-001', 'des représentants français, dont Simon Fetet'],
] as const;

/** Ids of the invented people start with this. */
export const INVENTED = 'invented-person-';
const inventedId = (i: number) => `${INVENTED}${String(i).padStart(5, '0')}`;

/**
 * Copies the curated facts into `dir` and adds `count` invented people, each with a country and
 * real quotes as evidence: a valid input whose one write transaction is as large as wanted.
 * `version` goes into every description, so that two versions differ in every invented node.
 */
export async function writeBigFacts(dir: string, count: number, version = 1): Promise<void> {
  await cp(FACTS_DIR, dir, { recursive: true });
  const people = Array.from({ length: count }, (_, i) => {
    const [source, quote] = QUOTES[i % QUOTES.length] ?? QUOTES[0];
    return [
      `  - id: ${inventedId(i)}`,
      `    name: Invented Person ${i}`,
      `    country: ${i % 2 ? 'france' : 'morocco'}`,
      `    description: Invented for the fault tests, to make the write transaction large (version ${version}).`,
      '    evidence:',
      `      ${source}: ["${quote}"]`,
    ].join('\n');
  });
  await writeFile(join(dir, 'invented-people.yaml'), `people:\n${people.join('\n')}\n`);
}
