/**
 * Where a fact of the graph comes from, read from the `origin` and `confidence` the graph views
 * carry among a node's or relationship's stored properties. Curated rows store no origin, so
 * anything but `machine` is curated (the API's `origin` field reads them the same way).
 */
export interface Provenance {
  machine: boolean;
  /** How sure machine reading is, 0 to 1; null for curated facts. */
  confidence: number | null;
}

/** Stored properties that `provenanceOf` reads: panels show them as provenance, not as facts. */
export const PROVENANCE_KEYS: ReadonlySet<string> = new Set(['origin', 'confidence']);

export function provenanceOf(properties: Record<string, unknown>): Provenance {
  const machine = properties.origin === 'machine';
  const confidence = properties.confidence;
  return { machine, confidence: machine && typeof confidence === 'number' ? confidence : null };
}

export function isMachineRead(properties: Record<string, unknown>): boolean {
  return provenanceOf(properties).machine;
}

/** "machine-read, confidence 0.85", "machine-read" when no confidence is stored, or "curated". */
export function describeProvenance({ machine, confidence }: Provenance): string {
  if (!machine) return 'curated';
  return confidence === null ? 'machine-read' : `machine-read, confidence ${confidence.toFixed(2)}`;
}
