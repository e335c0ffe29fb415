import { csrfField, html, page, PRODUCT_NAME } from './html.ts';

export interface SignInPageOptions {
  /** Why the last attempt failed, shown as an alert. */
  error?: string | null;
  /** Where to go after signing in (a path on this site), sent back as `next`. */
  next?: string | null;
  csrf?: string | null;
  /** Sent here by a form post refused for want of a session: says that what was sent was not saved. */
  unsaved?: boolean;
}

/** What the sign-in page says to someone whose form post was refused because their session had ended. */
export const UNSAVED_NOTICE = 'Your session ended before you sent the form, so what you sent was not saved. Sign in, and you will be taken back to the page to enter it again.';

/** The sign-in page: `POST /sign-in` with the API key (`key`), `next` and `_csrf`. */
export function renderSignInPage({ error, next, csrf, unsaved = false }: SignInPageOptions = {}): string {
  const body = html`<div class="sign-in card">
<h1>Sign in to ${PRODUCT_NAME}</h1>
${unsaved ? html`<p class="flash flash-error" role="alert" id="sign-in-unsaved">${UNSAVED_NOTICE}</p>` : ''}
${error ? html`<p class="flash flash-error" role="alert" id="sign-in-error">${error}</p>` : ''}
<form method="post" action="/sign-in" class="sign-in-form">
${csrfField(csrf)}${next && isLocalPath(next) ? html`<input type="hidden" name="next" value="${next}">` : ''}${unsaved ? html`<input type="hidden" name="unsaved" value="1">` : ''}
<div class="field"><label for="key">API key</label>
<input type="password" id="key" name="key" required autocomplete="current-password" spellcheck="false" aria-describedby="${error ? 'key-help sign-in-error' : 'key-help'}"${error ? html` aria-invalid="true"` : ''} autofocus>
<p class="hint" id="key-help">The key your administrator gave you (the <code>API_KEYS</code> setting). You stay signed in on this browser for up to 8 hours.</p></div>
<div class="actions"><button type="submit">Sign in</button></div>
</form>
</div>`;
  return page({ title: 'Sign in', body, user: null, csrf: csrf ?? null });
}

/** Only a path on this site goes back as `next` (the handler checks it again before redirecting). */
function isLocalPath(next: string): boolean {
  return next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\');
}
