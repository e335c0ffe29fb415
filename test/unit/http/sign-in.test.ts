import { describe, expect, it } from 'vitest';
import { createAttemptLimiter } from '../../../src/http/attempt-limiter.ts';
import { safeNext } from '../../../src/http/auth.ts';
import { renderSignInPage } from '../../../src/http/ui/sign-in.page.ts';

describe('renderSignInPage', () => {
  it('is a complete, labelled page with no inline script or style', () => {
    const html = renderSignInPage({ csrf: 'tok', next: '/calls' });
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('<main');
    expect(html).toContain('<label for="key">');
    expect(html).toMatch(/<input type="password" id="key" name="key"/);
    expect(html).toContain('<link rel="stylesheet" href="/assets/app.css">');
    // Scripts only from files (the Content-Security-Policy refuses inline ones); no inline styles.
    expect(html.match(/<script[^>]*>/g)?.every((tag) => /\ssrc="\/assets\//.test(tag)) ?? true).toBe(true);
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
    expect(html).not.toContain('role="alert"');
  });

  it('escapes every value and ties the error to the field', () => {
    const html = renderSignInPage({ error: '<b>bad</b> & "worse"', next: '/x"><script>alert(1)</script>', csrf: "t'<" });
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;b&gt;bad&lt;/b&gt; &amp; &quot;worse&quot;');
    expect(html).toContain('value="/x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).toContain('value="t&#39;&lt;"');
    expect(html).toContain('role="alert"');
    expect(html).toContain('aria-describedby="key-help sign-in-error" aria-invalid="true"');
  });
});

describe('safeNext', () => {
  it('keeps relative paths and turns anything else into /', () => {
    expect(safeNext('/calls?status=done#top')).toBe('/calls?status=done#top');
    for (const bad of ['https://evil.example/', '//evil.example', '/\\evil.example', 'calls', '/a\r\nSet-Cookie: x=1', undefined, 42, '/' + 'a'.repeat(3000)]) {
      expect(safeNext(bad)).toBe('/');
    }
  });
});

describe('createAttemptLimiter', () => {
  it('refuses an address after max failures until its window ends, and forgets the oldest beyond maxTracked', () => {
    let t = 0;
    const limiter = createAttemptLimiter({ max: 3, windowMs: 60_000, clock: () => new Date(t), maxTracked: 2 });
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfter('a')).toBe(0);
      limiter.fail('a');
    }
    t = 15_000;
    expect(limiter.retryAfter('a')).toBe(45);
    expect(limiter.retryAfter('b')).toBe(0);
    t = 60_000;
    expect(limiter.retryAfter('a')).toBe(0);
    limiter.fail('b');
    limiter.fail('c');
    limiter.fail('d');
    expect(limiter.retryAfter('d')).toBe(0);
  });
});
