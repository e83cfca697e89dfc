/**
 * Whether curators decide a fact through the API: a machine-read one. Mentions are all found by
 * machine, though they carry no origin; curated facts are corrected in their fact files.
 */
export function isReviewable(props: { origin?: unknown }, type?: string): boolean {
  return props.origin === 'machine' || type === 'MENTIONS';
}
