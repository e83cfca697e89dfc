import type { z } from 'zod';

/**
 * The issues to show for a failed parse. When a value may take several forms (an id or
 * {id, evidence}; a date text or {expression, source}) and it has the shape of exactly one of
 * them, the problems of that form are more useful than "matches none of the forms".
 */
export function explainIssues(
  issues: readonly z.core.$ZodIssue[],
): { path: PropertyKey[]; message: string }[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union') return [{ path: issue.path, message: issue.message }];
    const sameShape = issue.errors.filter(
      (branch) => !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
    );
    const [only] = sameShape;
    if (sameShape.length !== 1 || !only) return [{ path: issue.path, message: issue.message }];
    return explainIssues(only).map((inner) => ({
      path: [...issue.path, ...inner.path],
      message: inner.message,
    }));
  });
}
