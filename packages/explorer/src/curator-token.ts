/**
 * The curator's token, kept for the tab's session only (sessionStorage: gone when the tab closes,
 * never sent by the browser on its own). The API is sent it in a header by `graphql()`, never in
 * a cookie, so no page of another site can make the browser decide in the curator's name (CSRF).
 */
const KEY = 'diplograph.curatorToken';

export function curatorToken(): string | undefined {
  return sessionStorage.getItem(KEY) ?? undefined;
}

export function keepCuratorToken(token: string): void {
  sessionStorage.setItem(KEY, token);
}

export function forgetCuratorToken(): void {
  sessionStorage.removeItem(KEY);
}
