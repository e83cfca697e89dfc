/** The code of a GraphQL answer's first error (`extensions.code`), if it has one. */
export function firstErrorCode(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null || !('errors' in json) || !Array.isArray(json.errors))
    return undefined;
  const first: unknown = json.errors[0];
  if (typeof first !== 'object' || first === null || !('extensions' in first)) return undefined;
  const { extensions } = first;
  if (typeof extensions !== 'object' || extensions === null || !('code' in extensions)) return undefined;
  return typeof extensions.code === 'string' ? extensions.code : undefined;
}

/** An answer that says the service cannot answer now (database down or frozen, or too busy). */
export const isUnavailable = (json: unknown) => firstErrorCode(json) === 'SERVICE_UNAVAILABLE';

/** A body read as JSON, or undefined when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
