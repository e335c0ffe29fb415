/**
 * A small scanner for the pages the UI renders (tests only): every attribute there is double-quoted,
 * so tags and attributes can be read without a full HTML parser.
 */
export interface Tag {
  name: string;
  attrs: Record<string, string>;
  /** The tag as written. */
  source: string;
}

const TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s"'=<>\/`]+(?:="[^"]*")?)*)\s*\/?>/g;
const ATTR = /([^\s"'=<>\/`]+)(?:="([^"]*)")?/g;

export function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#96;/g, '`').replace(/&amp;/g, '&');
}

export function tags(htmlText: string, name?: string): Tag[] {
  const out: Tag[] = [];
  for (const m of htmlText.matchAll(TAG)) {
    const attrs: Record<string, string> = {};
    for (const a of (m[2] ?? '').matchAll(ATTR)) attrs[a[1]!.toLowerCase()] = decode(a[2] ?? '');
    const tag = { name: m[1]!.toLowerCase(), attrs, source: m[0] };
    if (!name || tag.name === name) out.push(tag);
  }
  return out;
}

/** Every `<…` that starts a tag but does not read as one with quoted attributes (should be none). */
export function malformedTags(htmlText: string): string[] {
  const starts = [...htmlText.matchAll(/<[a-zA-Z][^>]*>/g)].map((m) => m[0]);
  return starts.filter((s) => !new RegExp(`^${TAG.source}$`).test(s));
}

/** The `<form>…</form>` blocks, in order. */
export function forms(htmlText: string): string[] {
  return [...htmlText.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/g)].map((m) => m[0]);
}

/** The problems a page must never have under the CSP: inline script, style or event attributes. */
export function cspProblems(htmlText: string): string[] {
  const problems: string[] = [];
  for (const t of tags(htmlText)) {
    if (t.name === 'script' && !t.attrs.src) problems.push(`inline script: ${t.source}`);
    if (t.name === 'style') problems.push(`style element: ${t.source}`);
    for (const a of Object.keys(t.attrs)) {
      if (a === 'style' || a.startsWith('on')) problems.push(`${a} attribute: ${t.source}`);
    }
    for (const a of ['href', 'src', 'action']) {
      if (t.attrs[a] && /^\s*(javascript|data|vbscript):/i.test(t.attrs[a]!)) problems.push(`${a} with a script URL: ${t.source}`);
    }
  }
  return problems.concat(malformedTags(htmlText).map((s) => `unreadable tag: ${s}`));
}

/** Text of the page without tags, entities decoded. */
export function textOf(htmlText: string): string {
  return decode(htmlText.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ');
}

/**
 * What a browser sends for a form as rendered, nothing changed (its text inputs, hidden fields, checked
 * radios and checkboxes, textareas, selected options), by name; the first of a name when sent twice.
 */
export function formValues(formHtml: string): Record<string, string> {
  const out: Record<string, string> = {};
  const set = (name: string | undefined, value: string) => name && !(name in out) && (out[name] = value);
  for (const t of tags(formHtml, 'input')) {
    const type = t.attrs.type ?? 'text';
    if (type === 'submit' || type === 'button' || type === 'file' || ((type === 'radio' || type === 'checkbox') && !('checked' in t.attrs))) continue;
    set(t.attrs.name, t.attrs.value ?? '');
  }
  for (const m of formHtml.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) set(/\bname="([^"]*)"/.exec(m[1]!)?.[1], decode(m[2]!));
  for (const m of formHtml.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const options = tags(m[2]!, 'option');
    const chosen = options.find((o) => 'selected' in o.attrs) ?? options[0];
    if (chosen) set(/\bname="([^"]*)"/.exec(m[1]!)?.[1], chosen.attrs.value ?? '');
  }
  return out;
}
