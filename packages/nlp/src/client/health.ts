export type NlpHealth = 'ready' | 'loading' | 'down';

/** What GET /health says: ready (200), loading its models (503), or nothing usable. */
export async function nlpHealth(url: string, timeoutMs = 2_000): Promise<NlpHealth> {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    if (response.status === 200) return 'ready';
    return response.status === 503 ? 'loading' : 'down';
  } catch {
    return 'down';
  }
}
