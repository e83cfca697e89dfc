/** One thing wrong with the input, located as precisely as the input allows. */
export interface Problem {
  /** Path of the file, relative to the folder it was read from when possible. */
  file: string;
  line?: number;
  /** Where in the file's data, e.g. `events[3].participants[0].actor`. */
  path?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  return p.path ? `${where}: ${p.path}: ${p.message}` : `${where}: ${p.message}`;
}

/** Thrown when the input is invalid; carries every problem found, and nothing has been written. */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
  constructor(readonly problems: Problem[]) {
    const shown = problems.slice(0, 50).map(formatProblem);
    const more = problems.length > shown.length ? [`... and ${problems.length - shown.length} more`] : [];
    super([`${problems.length} problem(s) in the input; nothing was written:`, ...shown, ...more].join('\n'));
  }
}

/** `events[3].participants[0].actor` from a path array. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}
