import { z } from 'zod';

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

/** A variable that may be unset (or empty). */
export function optionalVar<T extends z.ZodType>(schema: T) {
  return z.preprocess(unsetIfEmpty, schema.optional());
}

/** A variable with a default when unset (or empty); the default is validated like a set value. */
export function varWithDefault<T extends z.ZodType>(schema: T, fallback: z.input<T>) {
  return z.preprocess((value) => unsetIfEmpty(value) ?? fallback, schema);
}

/** A JVM memory size as both -Xmx and neo4j.conf read it. */
export const jvmSize = z.string().regex(/^\d+[kmg]$/i, 'a size such as 512m or 2g');

export const tcpPort = z.coerce.number().int().min(1).max(65_535);
