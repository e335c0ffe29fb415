import { html, page, type UiUser } from './html.ts';

/**
 * What a browser asking for a page is shown when `requireRight` refuses it (an API client gets the JSON
 * error): the session changed under a form (CSRF), or the reader lacks the right.
 */
export interface RefusedPageOptions {
  user: UiUser;
  csrf: string | null;
  /** The page the request came from, to go back to. */
  back: string;
}

/** Why a form posted with the CSRF token of an earlier session was not saved. */
export const SESSION_CHANGED = 'You signed in again (perhaps in another tab) since this page was loaded, so what it sent was not saved (CSRF_INVALID).';

/** A form posted with the CSRF token of an earlier session (signed in again, perhaps in another tab). */
export function renderSessionChangedPage({ user, csrf, back }: RefusedPageOptions): string {
  const body = html`<h1>Your session changed</h1>
<p role="alert">${SESSION_CHANGED} Reload the page and try again.</p>
<p><a href="${back}">Reload the page</a></p>`;
  return page({ title: 'Session changed', body, user, csrf });
}

/** A page or form the reader's role may not use. */
export function renderForbiddenPage({ user, csrf }: Omit<RefusedPageOptions, 'back'>): string {
  const body = html`<h1>Not available</h1>
<p role="alert">This page is not available to a ${user.role} (AUTH_FORBIDDEN).</p>
<p><a href="/">Back to the calls</a></p>`;
  return page({ title: 'Not available', body, user, csrf });
}

/** A call that is not there, or not the reader's: the refusal's own message (it names its code). */
export function renderNotAvailablePage({ user, csrf, message }: Omit<RefusedPageOptions, 'back'> & { message: string }): string {
  const body = html`<h1>Not available</h1><p role="alert">${message}</p><p><a href="/">Back to the calls</a></p>`;
  return page({ title: 'Not available', body, user, csrf });
}
