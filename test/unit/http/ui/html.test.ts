import { describe, expect, it } from 'vitest';
import { escapeHtml, html, page, raw, safeHref } from '../../../../src/http/ui/html.ts';
import { cspProblems, tags } from '../../../helpers/html-scan.ts';

describe('html', () => {
  it('escapes every interpolated string, in text and in attributes', () => {
    const evil = `"><script>alert('x')</script>\`&`;
    const out = html`<p title="${evil}">${evil}</p>`.value;
    expect(out).toBe(`<p title="${escapeHtml(evil)}">${escapeHtml(evil)}</p>`);
    expect(out).not.toContain('<script>');
    expect(out).toContain('&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&#96;&amp;');
  });

  it('inserts nested templates and raw() as is, lists joined, and nothing for null, undefined and false', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p>${inner}${raw('<br>')}${[html`<i>1</i>`, '<2>']}${null}${undefined}${false}${0}</p>`.value).toBe('<p><b>&lt;i&gt;</b><br><i>1</i>&lt;2&gt;0</p>');
  });

  it('lets only http(s) and same-site paths into links', () => {
    expect(safeHref('https://app.hubspot.com/x')).toBe('https://app.hubspot.com/x');
    expect(safeHref('/calls/1')).toBe('/calls/1');
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:x', 'data:text/html,x', '//evil.example', '/\\evil.example', '', null]) expect(safeHref(bad)).toBeNull();
  });
});

describe('page', () => {
  const out = page({ title: 'Calls <1>', body: html`<p>hi</p>`, user: { email: 'maria@example.com', role: 'manager' }, csrf: 'tok"en' });

  it('is a document in English with a skip link, a header linking home and main#main', () => {
    expect(out.startsWith('<!doctype html>')).toBe(true);
    expect(out).toContain('<html lang="en">');
    expect(out).toContain('<title>Calls &lt;1&gt; · callscribe</title>');
    expect(tags(out, 'a')[0]!.attrs).toMatchObject({ class: 'skip-link', href: '#main' });
    expect(tags(out, 'a').some((a) => a.attrs.href === '/' && a.attrs.class === 'brand')).toBe(true);
    expect(tags(out, 'main')[0]!.attrs.id).toBe('main');
  });

  it('loads CSS and a deferred script from /assets, with nothing inline', () => {
    expect(tags(out, 'link').find((l) => l.attrs.rel === 'stylesheet')!.attrs.href).toBe('/assets/app.css');
    const scripts = tags(out, 'script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.attrs).toMatchObject({ src: '/assets/app.js', defer: '' });
    expect(cspProblems(out)).toEqual([]);
  });

  it('loads a page’s own scripts from /assets after app.js, deferred, in order', () => {
    const withScripts = page({ title: 'A call', body: html`<p>hi</p>`, user: null, csrf: null, scripts: ['one.js', 'two.js'] });
    expect(tags(withScripts, 'script').map((s) => s.attrs)).toEqual([
      { src: '/assets/app.js', defer: '' }, { src: '/assets/one.js', defer: '' }, { src: '/assets/two.js', defer: '' },
    ]);
    expect(cspProblems(withScripts)).toEqual([]);
  });

  it('shows the reader and a sign-out form carrying the CSRF token', () => {
    expect(out).toContain('maria@example.com');
    const form = tags(out, 'form')[0]!;
    expect(form.attrs).toMatchObject({ method: 'post', action: '/sign-out' });
    expect(tags(out, 'input').find((i) => i.attrs.name === '_csrf')!.attrs.value).toBe('tok"en');
  });

  it('shows the role for a key without an e-mail, and no sign-out form before sign-in', () => {
    expect(page({ title: 't', body: html``, user: { email: null, role: 'rep' }, csrf: 'x' })).toContain('<strong>rep</strong>');
    expect(tags(page({ title: 't', body: html``, user: null, csrf: null }), 'form')).toEqual([]);
  });
});
