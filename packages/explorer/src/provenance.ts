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

/**
 * Stored properties that `provenanceOf` and `describeReview` read, and the version a decision
 * leaves: panels show them as provenance, not as facts.
 */
export const PROVENANCE_KEYS: ReadonlySet<string> = new Set(['origin', 'confidence', 'review', 'decision']);

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

/**
 * Where a curator's review of a machine-read fact stands, from the `review` a decision stores:
 * "accepted by a curator", "corrected by a curator", or "not reviewed yet"; null for a curated
 * fact, which its fact file vouches for.
 */
export function describeReview(properties: Record<string, unknown>): string | null {
  if (!isMachineRead(properties)) return null;
  const review = properties.review;
  return review === 'accepted' || review === 'corrected' ? `${review} by a curator` : 'not reviewed yet';
}
