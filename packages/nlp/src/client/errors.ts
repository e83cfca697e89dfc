/**
 * The NLP server cannot be reached, is still loading, stopped mid-request or did not answer in
 * time: a condition of the environment, not of the text. The message is one line naming the server.
 */
export class NlpUnavailableError extends Error {
  override name = 'NlpUnavailableError';
}

/** The server refused the text or answered something that is not an annotation. */
export class NlpRequestError extends Error {
  override name = 'NlpRequestError';
}

const REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection closed',
  UND_ERR_SOCKET: 'connection closed',
};

/** Why a fetch failed, in a few words: 'connection refused', 'connection closed', … */
export function fetchFailureReason(error: unknown): string {
  // fetch throws TypeError('fetch failed') whose cause (or the cause's cause) has the socket's code.
  let innermost = '';
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; depth++) {
    const code = 'code' in e && typeof e.code === 'string' ? e.code : undefined;
    const reason = code === undefined ? undefined : REASONS[code];
    if (reason !== undefined) return reason;
    if (e instanceof AggregateError && e.errors[0] !== undefined) e = e.errors[0];
    else {
      innermost = e.message.split('\n')[0] ?? '';
      e = e.cause;
    }
  }
  return innermost || String(error);
}

/** Whether the connection broke after the request was sent: the server died or was stopped. */
export function isMidRequest(reason: string): boolean {
  return reason === 'connection closed' || reason === 'connection reset';
}
