#!/usr/bin/env node
import { readEnv } from '@diplograph/db';
import { reviewEnv } from './config.js';
import { CuratorError, CuratorStore } from './curators.js';
import { DecisionLog } from './decision-log.js';
import { exportDecisions } from './export-decisions.js';

const USAGE = `usage: diplograph curator add <name>      create a curator; prints its token, once
       diplograph curator revoke <name>   the curator's token no longer writes
       diplograph curator list            curators, when created, whether revoked
       diplograph review export           write the decisions log to the decisions fact file

  CURATORS_FILE, DECISIONS_LOG and DECISIONS_EXPORT say where (see the README).`;

async function main(args: string[]): Promise<number> {
  const env = readEnv(reviewEnv);
  const [group, command, name, ...extra] = args;
  const curators = new CuratorStore(env.CURATORS_FILE);
  if (extra.length > 0) return usage();
  if (group === 'curator' && command === 'add' && name) {
    const token = await curators.add(name);
    console.error(
      `curator "${name}" created; its token, shown this once (send it as Authorization: Bearer):`,
    );
    console.log(token);
    return 0;
  }
  if (group === 'curator' && command === 'revoke' && name) {
    await curators.revoke(name);
    console.log(`curator "${name}" revoked: its token no longer writes`);
    return 0;
  }
  if (group === 'curator' && command === 'list' && !name) {
    for (const c of await curators.list()) {
      console.log(`${c.name}\tcreated ${c.created}\t${c.revoked ? `revoked ${c.revoked}` : 'active'}`);
    }
    return 0;
  }
  if (group === 'review' && command === 'export' && !name) {
    const count = await exportDecisions(new DecisionLog(env.DECISIONS_LOG), env.DECISIONS_EXPORT);
    console.log(`${count} decisions written to ${env.DECISIONS_EXPORT}`);
    return 0;
  }
  return usage();
}

function usage(): number {
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof CuratorError ? error.message : error);
    process.exit(1);
  },
);
