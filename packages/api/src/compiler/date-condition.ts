/**
 * A Cypher condition comparing the fuzzy date stored under `prefix` on `node` with the range in
 * the parameter `range` ({from, to, match}), respecting the date's precision. Undated nodes never
 * match a date filter.
 */
export function dateRangeCondition(node: string, prefix: string, range: string): string {
  const earliest = `${node}.${prefix}Earliest`;
  const latest = `${node}.${prefix}Latest`;
  const within = `${range}.match = 'WITHIN'`;
  return (
    `(${range}.from IS NULL OR (CASE WHEN ${within} THEN ${earliest} ELSE ${latest} END) >= date(${range}.from)) AND ` +
    `(${range}.to IS NULL OR (CASE WHEN ${within} THEN ${latest} ELSE ${earliest} END) <= date(${range}.to))`
  );
}
