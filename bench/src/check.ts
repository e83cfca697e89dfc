import { QUESTIONS } from './queries/index.js';
import type { Picks } from './synthetic/generate.js';
import { askKey, SYSTEMS, type System } from './systems.js';

/** What the check saw of one question: how many argument sets agreed and a sample answer size. */
export interface Agreement {
  question: string;
  argSets: number;
  /** Items in the answers (commitments, holders, hits, nodes...), summed over the argument sets. */
  items: number;
}

/**
 * Asks every question with every argument set of every system and fails loudly unless the three
 * answers have the same key (same ids, same counts).
 */
export async function checkAgreement(picks: Picks, bases: Record<System, string>): Promise<Agreement[]> {
  const agreements: Agreement[] = [];
  for (const question of QUESTIONS) {
    const argSets = question.args(picks);
    let items = 0;
    for (const args of argSets) {
      const keys = await Promise.all(SYSTEMS.map((system) => askKey(system, bases[system], question, args)));
      const [api, ...others] = keys.map((key) => JSON.stringify(key));
      others.forEach((other, i) => {
        if (other !== api) {
          throw new Error(
            `answers differ for ${question.name} ${JSON.stringify(args)}:\n  api: ${api?.slice(0, 2000)}\n  ${SYSTEMS[i + 1]}: ${other?.slice(0, 2000)}`,
          );
        }
      });
      items += size(keys[0]);
    }
    agreements.push({ question: question.name, argSets: argSets.length, items });
  }
  return agreements;
}

function size(key: unknown): number {
  if (Array.isArray(key)) return key.length;
  if (key && typeof key === 'object') {
    const { nodes, length } = key as { nodes?: unknown[]; length?: number };
    return nodes?.length ?? length ?? 1;
  }
  return 0;
}
