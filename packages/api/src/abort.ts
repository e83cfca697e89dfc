import { setMaxListeners } from 'node:events';

/**
 * An AbortController whose signal may have any number of listeners. Every statement of a request
 * listens to the request's signal, and every request in flight to the liveness signal: tens of
 * them are the normal case, not the leak Node warns of past ten.
 */
export function sharedAbortController(): AbortController {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  return controller;
}
