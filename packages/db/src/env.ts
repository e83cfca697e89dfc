import type { z } from 'zod';

/**
 * Reads a package's configuration from environment variables. Every problem is reported with the
 * variable's name; the process then exits, since nothing can run on a wrong configuration.
 */
export function readEnv<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv = process.env): z.infer<T> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const name = issue.path.join('.') || '(environment)';
    console.error(`configuration error: ${name}: ${issue.message}`);
  }
  process.exit(2);
}

/** Environment values are strings: an empty string means "not set". */
export function unsetIfEmpty(value: unknown): unknown {
  return value === '' ? undefined : value;
}
