import { curatorToken, forgetCuratorToken, keepCuratorToken } from './curator-token.js';
import { isCuratorToken } from './review-queries.js';
import type { Status } from './status.js';

export interface SignInParts {
  form: HTMLFormElement;
  token: HTMLInputElement;
  /** Says whether a curator is signed in. */
  state: HTMLElement;
  signOut: HTMLButtonElement;
  status: Status;
}

/**
 * The curator's sign-in: a token, checked against the API before it is kept for the tab, and
 * forgotten on sign-out or when the API no longer takes it (revoked). `changed` hears whether the
 * reader may now decide.
 */
export function bindCuratorSignIn(parts: SignInParts, changed: (curator: boolean) => void): void {
  const show = (curator: boolean) => {
    parts.state.textContent = curator ? 'Signed in as a curator' : 'Reader';
    parts.form.hidden = curator;
    parts.signOut.hidden = !curator;
    changed(curator);
  };
  parts.form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const token = parts.token.value.trim();
    parts.token.value = '';
    if (!token) return;
    keepCuratorToken(token);
    const curator = await isCuratorToken();
    if (curator) {
      parts.form.closest('details')?.removeAttribute('open');
      parts.status.info('Signed in as a curator: the review queue offers decisions.');
    } else {
      forgetCuratorToken();
      parts.status.warn('The API does not take that token (unknown or revoked): still a reader.');
    }
    show(curator);
  });
  parts.signOut.addEventListener('click', () => {
    forgetCuratorToken();
    parts.signOut.closest('details')?.removeAttribute('open');
    parts.status.info('Signed out: a reader again.');
    show(false);
  });
  if (!curatorToken()) {
    show(false);
    return;
  }
  // A token kept from earlier in the session may have been revoked since.
  void isCuratorToken().then((curator) => {
    if (!curator) forgetCuratorToken();
    show(curator);
  });
}
