import { foldText } from '@diplograph/schema';

/**
 * Jaro-Winkler similarity of two strings, 0 to 1: high for spelling variants of one name
 * ("Khaled Zeruali" and "Khalid Zerouali"), low for different names.
 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = bMatched[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[k]) k++;
    if (a[i] !== b[k]) transpositions++;
    k++;
  }
  const m = matches;
  const jaro = (m / a.length + m / b.length + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] !== undefined && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Names as compared: folded, hyphens as spaces ("Grande-Marlaska" is "Grande Marlaska"). */
export const nameKey = (name: string) => foldText(name).replace(/[-‐]/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * True when two person names are one person's: the same once folded, one the other's surname with
 * its first name or initial ("A. Laftit"), or a close spelling of the same shape.
 */
export function samePersonName(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  if (x === y) return true;
  const xs = x.split(' ');
  const ys = y.split(' ');
  if (xs.at(-1) === ys.at(-1) && (xs[0]?.[0] === ys[0]?.[0] || xs.length === 1 || ys.length === 1))
    return true;
  return xs.length === ys.length && jaroWinkler(x, y) >= 0.9;
}
