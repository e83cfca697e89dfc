/**
 * The review queue's sort key, stored as `reviewQueueKey` on every machine-read fact no curator
 * has decided yet: ascending order of keys is the queue's order (least sure first, then most
 * depended on, then by id), so that the queue is read off a range index instead of sorted.
 */

/** The name of the property that holds the key. */
export const REVIEW_QUEUE_KEY = 'reviewQueueKey';

/** Dependents are stored inverted against this, on as many digits: larger counts sort as this. */
const MOST_DEPENDENTS = 9_999_999_999;
const DEPENDENT_DIGITS = String(MOST_DEPENDENTS).length;

/**
 * The key of a fact: its confidence as 16 hex digits that sort as the numbers do (a missing one
 * last, as Cypher's ORDER BY puts nulls), then its dependents inverted on 10 digits, then its id.
 * Both fixed-width parts make string order the order of the numbers.
 */
export function reviewQueueKey(confidence: number | null, dependents: number, id: string): string {
  const inverted = MOST_DEPENDENTS - Math.min(Math.max(0, Math.trunc(dependents)), MOST_DEPENDENTS);
  return `${sortableNumber(confidence)}${String(inverted).padStart(DEPENDENT_DIGITS, '0')}${id}`;
}

/**
 * A double's IEEE 754 bits as 16 hex digits in the numbers' order: a positive number's sign bit
 * set, a negative number's bits all flipped. No number gives sixteen f's, which a missing one gets.
 */
function sortableNumber(value: number | null): string {
  if (value === null || Number.isNaN(value)) return 'f'.repeat(16);
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value === 0 ? 0 : value);
  const bits = view.getBigUint64(0);
  const sortable = value < 0 ? ~bits & 0xffff_ffff_ffff_ffffn : bits | 0x8000_0000_0000_0000n;
  return sortable.toString(16).padStart(16, '0');
}
