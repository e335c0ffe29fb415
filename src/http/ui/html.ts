import type { Role } from '../auth.ts';

/**
 * HTML that is already safe to emit as is: the output of an `html` template, or what `raw()` vouches
 * for. Everything else interpolated into `html` is escaped.
 */
export class SafeHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

/** What a template may interpolate: text (escaped), safe HTML, lists of either; null, undefined and false render nothing. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Escapes text for an element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ESCAPES[c]!);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/**
 * Tagged template for HTML: every interpolated value is escaped (also inside attributes, which must be
 * quoted) unless it is a `SafeHtml`. Templates nest: an inner `html` result is inserted as is.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** Marks a string as safe HTML. Only for markup this code built, never for data. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/**
 * A URL for an `href` when it is one a person may follow: http(s), or a path on this site. Anything else
 * (`javascript:`, `data:`, protocol-relative) gives null, and the caller shows plain text.
 */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  if (/^https?:\/\//i.test(url)) return url;
  if (url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\')) return url;
  return null;
}

/** The signed-in reader as the pages show them. */
export interface UiUser {
  email: string | null;
  role: Role;
}

export interface PageOptions {
  title: string;
  body: SafeHtml;
  /** Null on pages before sign-in (no sign-out form). */
  user: UiUser | null;
  /** The session's CSRF token, sent back by every form as `_csrf`. */
  csrf: string | null;
  /** Scripts from /assets this page needs beyond app.js (names in `ASSETS`), deferred and run after it, in order. */
  scripts?: readonly string[];
}

export const PRODUCT_NAME = 'callscribe';

/**
 * The layout of every page: a skip link, a header (product, the reader, sign out) and `<main id="main">`.
 * CSS and script come from /assets; the page has no inline script or style (the CSP forbids them).
 */
export function page({ title, body, user, csrf, scripts = [] }: PageOptions): string {
  const who = user ? html`<span class="who">Signed in as <strong>${user.email ?? user.role}</strong>${user.email ? html` <span class="role">(${user.role})</span>` : ''}</span>` : '';
  const signOut = user
    ? html`<form method="post" action="/sign-out" class="sign-out">${csrfField(csrf)}<button type="submit" class="button-link">Sign out</button></form>`
    : '';
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${PRODUCT_NAME}</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/app.css">
<script src="/assets/app.js" defer></script>
${scripts.map((name) => html`<script src="/assets/${name}" defer></script>\n`)}</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<a class="brand" href="/">${PRODUCT_NAME}</a>
<div class="account">${who}${signOut}</div>
</header>
<main id="main" tabindex="-1">
${body}
</main>
</body>
</html>
`.value;
}

/** The hidden CSRF field every POST form carries (nothing when there is no token). */
export function csrfField(csrf: string | null | undefined): SafeHtml {
  return csrf ? html`<input type="hidden" name="_csrf" value="${csrf}">` : html``;
}
