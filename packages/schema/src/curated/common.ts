import { z } from 'zod';
import { fuzzyDateText } from '../fuzzy-date.js';

/** Stable readable ids, unique across the whole graph: `khalid-zerouali`, `gmmp-session-2025-06-25`. */
export const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase words joined by "-", e.g. "khalid-zerouali"');

/**
 * An exact quote from a source. When the same words appear more than once in the article, name
 * which occurrence is meant (1 = first).
 */
export const quote = z.union(
  [
    z.string().min(1, 'a quote cannot be empty'),
    z.strictObject({ quote: z.string().min(1), occurrence: z.number().int().positive() }),
  ],
  { error: 'a quote is a string, or {quote, occurrence} when the words occur more than once' },
);

/** Passages supporting a fact, by source id: `{ src-001: ["dirigée par Khalid Zerouali"] }`. */
export const evidence = z.record(id, z.array(quote).min(1));
export type EvidenceInput = z.infer<typeof evidence>;

/**
 * A reference to another entity, with its own evidence when the fact that links them is stated
 * elsewhere than the entity's own evidence; otherwise the link inherits the entity's evidence.
 */
export const ref = z.union([id, z.strictObject({ id, evidence: evidence.optional() })], {
  error: 'a reference is an id, or {id, evidence}',
});
export type RefInput = z.infer<typeof ref>;

/**
 * A date as canonical text (`2025-06-25`, `2025-06`, `2025-Q1`, `2018`, `2020-03-01/2020-03-02`),
 * or a French expression resolved against a source's publication date (`mardi`, `le 3 octobre dernier`).
 */
const dateExpression = z.strictObject({ expression: z.string().min(1), source: id });
export const dateInput = z.union([fuzzyDateText, dateExpression], {
  error: 'a date is text such as 2025-06-25, 2025-06, 2025-Q1, 2018 or start/end, or {expression, source}',
});
export type DateInput = z.infer<typeof dateInput>;

/** Fields every curated entity has. */
export const entityBase = {
  id,
  /** Our own words: never copied from a source. */
  description: z.string().optional(),
  evidence,
};
