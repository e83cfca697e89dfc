import type { Language } from '../language.js';
import { fetchFailureReason, isMidRequest, NlpRequestError, NlpUnavailableError } from './errors.js';

/** The server's default limit (NlpServer --max-body-bytes). */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

export interface Server {
  /** Base URL, without a trailing slash. */
  url: string;
  timeoutMs: number;
  /** How to get a server, said after "did not answer". */
  hint: string;
}

/** POSTs one text to /annotate and returns the JSON text of the answer. */
export async function postAnnotate(server: Server, text: string, language: Language): Promise<string> {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_TEXT_BYTES) {
    throw new NlpRequestError(
      `the text is ${bytes} bytes, over the ${MAX_TEXT_BYTES} the NLP server accepts`,
    );
  }
  const who = `the NLP server at ${server.url}`;
  let status: number;
  let body: string;
  try {
    const response = await fetch(`${server.url}/annotate?lang=${language}`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: text,
      signal: AbortSignal.timeout(server.timeoutMs),
    });
    status = response.status;
    body = await response.text();
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') {
      throw new NlpUnavailableError(`${who} did not answer within ${server.timeoutMs} ms (NLP_TIMEOUT_MS)`, {
        cause: error,
      });
    }
    const reason = fetchFailureReason(error);
    const what = isMidRequest(reason)
      ? `stopped answering mid-request (${reason})`
      : `did not answer (${reason})`;
    throw new NlpUnavailableError(`${who} ${what}; ${server.hint}`, { cause: error });
  }
  if (status === 503) {
    throw new NlpUnavailableError(`${who} is not ready yet (${oneLine(body) || 'status 503'}); wait for it`);
  }
  if (status !== 200) throw new NlpRequestError(`${who} answered ${status}: ${oneLine(body)}`);
  return body;
}

function oneLine(text: string): string {
  return (text.trim().split('\n')[0] ?? '').slice(0, 200);
}
