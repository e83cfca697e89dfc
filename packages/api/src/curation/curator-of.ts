import type { CuratorStore } from '@diplograph/curation';

const BEARER = /^Bearer ([A-Za-z0-9_-]{1,200})$/;

/**
 * The curator whose token a request carries in its Authorization header, or undefined: no header,
 * another scheme, an unknown, forged or revoked token. Never a cookie: a page of another origin
 * cannot make a browser send this header, so no request forged across sites (CSRF) can write.
 * Checked once per request.
 */
export function curatorOfRequests(store: CuratorStore): (request: Request) => Promise<string | undefined> {
  const seen = new WeakMap<Request, Promise<string | undefined>>();
  return (request) => {
    let found = seen.get(request);
    if (!found) {
      const token = BEARER.exec(request.headers.get('authorization') ?? '')?.[1];
      found = token ? store.verify(token) : Promise.resolve(undefined);
      seen.set(request, found);
    }
    return found;
  };
}
