import { z } from 'zod';
import { parseFuzzyDate } from '../fuzzy-date.js';
import { PARTICIPATION_ROLES } from '../vocabulary.js';

/**
 * What a curator decides about a machine-read fact: accept it, reject it, correct one of its
 * fields, merge the entity into another (both ids stay resolvable), or link a mention to another
 * entity.
 */
export const DECISION_KINDS = ['accept', 'reject', 'correct', 'merge', 'link'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/**
 * The fields a correction may change: a participation's role, the date of a meeting, document or
 * commitment (canonical fuzzy text, which carries its precision: `2025-06` is a month), and the
 * meeting a commitment was made at (an Event id).
 */
export const CORRECTABLE_FIELDS = ['role', 'date', 'madeAt'] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/** A passage of an article the fact rested on when it was decided: its source and offsets. */
export const decidedPassage = z.strictObject({
  source: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type DecidedPassage = z.infer<typeof decidedPassage>;

/**
 * One curator's decision, as the decisions log and an exported fact file keep it. `fact` is the
 * id of the node or relationship decided about (for a merge, the entity merged away; for a link,
 * the mention). `before` and `after` are the values as text: a role, a date, an entity id.
 * `digest` is the sha256 of the passages' words when the curator decided: a later article whose
 * words there changed makes the decision stale, which the ingest reports instead of applying it.
 * `previous` is the decision about the same fact it was made over (null for the first one).
 */
export const decision = z
  .strictObject({
    id: z.string().min(1),
    at: z.iso.datetime(),
    curator: z.string().min(1),
    kind: z.enum(DECISION_KINDS),
    fact: z.string().min(1),
    field: z.enum(CORRECTABLE_FIELDS).nullable().default(null),
    before: z.string().nullable().default(null),
    after: z.string().nullable().default(null),
    reason: z.string().min(1, 'say why'),
    passages: z.array(decidedPassage),
    digest: z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 in hex'),
    previous: z.string().nullable().default(null),
  })
  .superRefine((d, ctx) => {
    const problem = decisionProblem(d);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['after'] });
  });
export type Decision = z.infer<typeof decision>;

/** What is wrong with a decision's kind, field and new value together, if anything. */
export function decisionProblem(d: Pick<Decision, 'kind' | 'field' | 'after'>): string | undefined {
  if (d.kind === 'accept' || d.kind === 'reject') {
    return d.field === null ? undefined : `an ${d.kind} names no field`;
  }
  if (d.after === null) return `a ${d.kind} needs the value after it`;
  if (d.kind !== 'correct') return d.field === null ? undefined : `a ${d.kind} names no field`;
  if (d.field === null) return 'a correction names the field it corrects';
  if (d.field === 'role' && !(PARTICIPATION_ROLES as readonly string[]).includes(d.after)) {
    return `"${d.after}" is not a role: one of ${PARTICIPATION_ROLES.join(', ')}`;
  }
  if (d.field === 'date') {
    const parsed = parseFuzzyDate(d.after);
    if (typeof parsed === 'string') return parsed;
  }
  return undefined;
}
