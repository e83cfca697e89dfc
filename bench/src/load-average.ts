import { readFileSync } from 'node:fs';

export function loadAverage(): number {
  return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
}

/**
 * Waits until the 1-minute load average falls below `max` (other work on the machine shares its
 * two cores), or until `seconds` have passed; returns the load it measured at.
 */
export async function waitForQuiet(max: number, seconds: number): Promise<number> {
  const deadline = Date.now() + seconds * 1000;
  let load = loadAverage();
  while (load >= max && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 2_000));
    load = loadAverage();
  }
  return load;
}
