import { describe, expect, it } from 'vitest';
import { renderSignInPage } from '../../../../src/http/ui/sign-in.page.ts';
import { cspProblems, tags } from '../../../helpers/html-scan.ts';

describe('renderSignInPage', () => {
  it('posts a labelled password field named key, next and the CSRF token to /sign-in', () => {
    const out = renderSignInPage({ next: '/calls/c_1?x=1', csrf: 'tok' });
    expect(cspProblems(out)).toEqual([]);
    expect(tags(out, 'form')[0]!.attrs).toMatchObject({ method: 'post', action: '/sign-in' });
    const inputs = Object.fromEntries(tags(out, 'input').map((i) => [i.attrs.name, i.attrs]));
    expect(inputs.key).toMatchObject({ type: 'password', id: 'key' });
    expect(tags(out, 'label').find((l) => l.attrs.for === 'key')).toBeDefined();
    expect(out).toContain('>API key</label>');
    expect(inputs.next!.value).toBe('/calls/c_1?x=1');
    expect(inputs._csrf!.value).toBe('tok');
    expect(out).not.toContain('role="alert"');
    expect(out).not.toContain('/sign-out');
  });

  it('shows an error as an alert, escaped, and sends back only a local next', () => {
    const out = renderSignInPage({ error: 'That key is not <valid>.', next: '//evil.example/' });
    expect(out).toMatch(/role="alert"[^>]*>That key is not &lt;valid&gt;\.</);
    expect(tags(out, 'input').some((i) => i.attrs.name === 'next')).toBe(false);
    expect(renderSignInPage()).toContain('name="key"');
  });
});
