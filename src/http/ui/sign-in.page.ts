/** Text escaped for HTML element content and attribute values. */
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * The sign-in page: one labelled key field, posted to `/sign-in` with the form's CSRF token and the page
 * to return to. No inline script or style (the CSP forbids them); every value escaped.
 */
export function renderSignInPage(opts: { error?: string; next?: string; csrf?: string }): string {
  const error = opts.error ? `\n      <p class="error" id="sign-in-error" role="alert">${escape(opts.error)}</p>` : '';
  const describedBy = opts.error ? 'key-help sign-in-error' : 'key-help';
  const invalid = opts.error ? ' aria-invalid="true"' : '';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Sign in · callscribe</title>
    <link rel="stylesheet" href="/assets/app.css">
  </head>
  <body>
    <main class="sign-in">
      <h1>Sign in to callscribe</h1>${error}
      <form method="post" action="/sign-in">
        <input type="hidden" name="_csrf" value="${escape(opts.csrf ?? '')}">
        <input type="hidden" name="next" value="${escape(opts.next ?? '/')}">
        <label for="key">API key</label>
        <input id="key" name="key" type="password" autocomplete="current-password" required aria-describedby="${describedBy}"${invalid}>
        <p id="key-help">The key your administrator gave you. You stay signed in on this browser for up to 8 hours.</p>
        <button type="submit">Sign in</button>
      </form>
    </main>
  </body>
</html>
`;
}
