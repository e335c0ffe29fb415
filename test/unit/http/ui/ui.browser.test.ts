import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSETS } from '../../../../src/http/ui/assets.ts';
import { renderCallList } from '../../../../src/http/ui/call-list.page.ts';
import { renderCallPage } from '../../../../src/http/ui/call-page.page.ts';
import { SAMPLE_CALL_ID, sampleCallView, sampleListItems } from '../../../helpers/call-view-sample.ts';
import { wavBytes } from '../../../helpers/tone-audio.ts';

// The rendered pages with the real app.css and app.js, in Debian's Chromium, under the CSP the service sends.
// docs/screenshots come from the real stack (test/browser/review.browser.test.ts), not from this sample.
const require = createRequire(import.meta.url);
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; media-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
const user = { email: 'maria@example.com', role: 'manager' as const };

/** A mono 16-bit WAV of silence: the player's recording. */
const silentWav = (seconds: number, rate = 8000): Buffer => wavBytes([new Int16Array(seconds * rate)], rate);

const wav = silentWav(40);
const axeSource = readFileSync(require.resolve('axe-core'));
let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const send = (status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': type, 'content-security-policy': CSP, ...extra });
      res.end(body);
    };
    if (url.pathname === '/') {
      return send(200, 'text/html; charset=utf-8', renderCallList({ user, csrf: 'tok', query: { reviewPending: false }, page: { calls: sampleListItems(), nextCursor: 'next-1' }, pendingReview: 1 }));
    }
    if (url.pathname === `/calls/${SAMPLE_CALL_ID}` && url.searchParams.has('long')) {
      // Long unbroken words where people type or the CRM names things: e-mail addresses, a note, an option.
      const view = sampleCallView();
      const email = 'priyaramanvanderbergsalesemea@brightlinefoodsinternationalholdings.example.com';
      view.call.meta.rep = { name: null, email, channel: 0 };
      view.audit.push({ at: '2026-11-17T15:50:00.000Z', by: email, action: 'correct', target: 'insights.summary', before: 'Old.', after: `See ${email} and https://crm.example.com/a/very/long/path/without/any/spaces/at/all/0123456789`, note: email });
      view.review[1]!.options[1]!.label = email;
      return send(200, 'text/html; charset=utf-8', renderCallPage({ user: { email, role: 'manager' }, csrf: 'tok', view, audioUrl: `/calls/${SAMPLE_CALL_ID}/audio`, flash: { kind: 'error', message: `No user ${email}.` } }));
    }
    if (url.pathname === `/calls/${SAMPLE_CALL_ID}`) {
      // After a decision (`?m=decided`) the notice is in the review section, as the pages route shows it.
      const flash = { kind: 'success' as const, message: 'Approved: the stage will be written to the CRM.', ...(url.searchParams.get('m') === 'decided' && { at: 'review' as const }) };
      return send(200, 'text/html; charset=utf-8', renderCallPage({ user, csrf: 'tok', view: sampleCallView(), audioUrl: `/calls/${SAMPLE_CALL_ID}/audio`, flash }));
    }
    if (url.pathname === `/calls/${SAMPLE_CALL_ID}/insights`) {
      // A refused correction: the page again, as the reviewer filled it in.
      const message = 'summary: Too big (FORM_INVALID)';
      const refused = { form: 'correction' as const, fields: { summary: 'What I typed\nover two lines', note: 'Heard it again' }, message };
      return send(422, 'text/html; charset=utf-8', renderCallPage({ user, csrf: 'tok', view: sampleCallView(), audioUrl: `/calls/${SAMPLE_CALL_ID}/audio`, flash: { kind: 'error', message }, refused }));
    }
    if (url.pathname === `/calls/${SAMPLE_CALL_ID}/audio`) {
      const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
      if (!range) return send(200, 'audio/wav', wav, { 'accept-ranges': 'bytes', 'content-length': String(wav.length) });
      const start = Number(range[1]);
      const end = range[2] ? Math.min(Number(range[2]), wav.length - 1) : wav.length - 1;
      return send(206, 'audio/wav', wav.subarray(start, end + 1), { 'accept-ranges': 'bytes', 'content-range': `bytes ${start}-${end}/${wav.length}`, 'content-length': String(end - start + 1) });
    }
    // axe-core for the checks, served from this origin: the CSP stays on and forbids injecting it inline.
    if (url.pathname === '/test/axe.js') return send(200, 'text/javascript; charset=utf-8', axeSource);
    const asset = url.pathname.startsWith('/assets/') ? ASSETS[url.pathname.slice(8)] : undefined;
    if (asset) return send(200, asset.type, asset.body);
    send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--autoplay-policy=no-user-gesture-required'],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

/** Opens a page, failing on any console error (a CSP refusal is one) or script error. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`${m.text()} ${m.location().url}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(base + path, { waitUntil: 'load' });
  return { page, problems };
}

/** Runs an expression on the page's audio element `a` (this project's TypeScript has no DOM types). */
function player(page: Page, expression: string): Promise<unknown> {
  return page.evaluate(`(() => { const a = document.querySelector('audio'); return ${expression}; })()`);
}

/**
 * Where the player was sought to by what `act` does, read when the seek lands ("seeked"), so that a slow machine,
 * playing on before the test can pause, does not move it. Also whether it then plays.
 */
async function seekBy(page: Page, act: () => Promise<void>): Promise<{ to: number; playing: boolean }> {
  await player(page, "(globalThis.seeks = [], a.addEventListener('seeked', () => globalThis.seeks.push(a.currentTime)), 0)");
  await act();
  await expect.poll(() => page.evaluate('globalThis.seeks.length')).toBeGreaterThan(0);
  const playing = !(await player(page, 'a.paused'));
  await player(page, 'a.pause()');
  return { to: Number(await page.evaluate('globalThis.seeks[0]')), playing };
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ url: '/test/axe.js' });
  const result = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n) => n.target).slice(0, 3))}`);
}

describe('review UI in Chromium', () => {
  it('the call list passes axe with no serious or critical violation', async () => {
    const { page, problems } = await open('/');
    try {
      expect(await page.locator('table.calls tbody tr').count()).toBe(4);
      expect(await seriousViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a quote plays the call from its second, the segment playing is marked, and axe finds no serious violation', async () => {
    const { page, problems } = await open(`/calls/${SAMPLE_CALL_ID}`);
    try {
      await page.waitForFunction("document.querySelector('audio').readyState >= 1");
      const quote = page.locator('button.quote', { hasText: 'I will get that to you by Friday' });
      expect(await quote.getAttribute('data-seek')).toBe('25.6');
      const clicked = await seekBy(page, () => quote.click());
      expect(clicked.playing).toBe(true);
      expect(clicked.to).toBeGreaterThanOrEqual(25.6);
      expect(clicked.to).toBeLessThan(25.6 + 0.5);
      const current = page.locator('li.segment[aria-current="true"]');
      await expect.poll(() => current.count()).toBe(1);
      expect(await current.getAttribute('data-start')).toBe('25.6');
      expect(await current.getAttribute('class')).toContain('is-current');

      // Keyboard: a transcript timestamp link seeks on Enter, a quote button on Space.
      await page.locator('a.time[data-seek="5"]').focus();
      await page.keyboard.press('Enter');
      expect(Math.floor(Number(await player(page, 'a.currentTime')))).toBe(5);
      await page.locator('button.quote[data-seek="9.8"]').first().focus();
      const quoted = (await seekBy(page, () => page.keyboard.press('Space'))).to;
      expect(quoted).toBeGreaterThanOrEqual(9.8);
      expect(quoted).toBeLessThan(9.8 + 0.5);
      expect(page.url()).toBe(`${base}/calls/${SAMPLE_CALL_ID}`); // the link did not navigate

      expect(await seriousViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a click on a transcript line plays the call from that line; selecting its text does not', async () => {
    const { page, problems } = await open(`/calls/${SAMPLE_CALL_ID}`);
    try {
      await page.waitForFunction("document.querySelector('audio').readyState >= 1");
      const clicked = await seekBy(page, () => page.locator('li.segment[data-start="20.8"] p').click());
      expect(clicked.playing).toBe(true);
      expect(clicked.to).toBeGreaterThanOrEqual(20.8);
      expect(clicked.to).toBeLessThan(20.8 + 0.5);
      await expect.poll(() => page.locator('li.segment[aria-current="true"]').getAttribute('data-start')).toBe('20.8');
      // Selecting words of another line (a drag) leaves the player where it is.
      const pausedAt = Number(await player(page, 'a.currentTime'));
      const words = page.locator('li.segment[data-start="25.6"] p');
      await words.scrollIntoViewIfNeeded();
      const box = (await words.boundingBox())!;
      await page.mouse.move(box.x + 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
      await page.mouse.up();
      expect(String(await page.evaluate('String(getSelection())')).length).toBeGreaterThan(3);
      expect(Number(await player(page, 'a.currentTime'))).toBe(pausedAt);
      expect(page.url()).toBe(`${base}/calls/${SAMPLE_CALL_ID}`);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a #t= link followed on the page seeks the player; a notice after a form is dropped from the address', async () => {
    const { page, problems } = await open(`/calls/${SAMPLE_CALL_ID}?m=decided&keep=1#t=5`);
    try {
      await page.waitForFunction("document.querySelector('audio').readyState >= 1");
      await expect.poll(async () => Math.floor(Number(await player(page, 'a.currentTime')))).toBe(5);
      // The notice is on the page, but a reload would not show it again.
      expect(await page.locator('.flash').count()).toBe(1);
      expect(page.url()).toBe(`${base}/calls/${SAMPLE_CALL_ID}?keep=1#t=5`);
      await page.evaluate("location.hash = '#t=12.5'");
      await expect.poll(async () => Number(await player(page, 'a.currentTime'))).toBeCloseTo(12.5, 1);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('after a decision the page opens at its notice in the review section, focused, and the next Tab goes on to the next decision', async () => {
    const { page, problems } = await open(`/calls/${SAMPLE_CALL_ID}?m=decided#done`);
    try {
      await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.id')).toBe('done');
      expect(await page.evaluate("document.activeElement.closest('section').getAttribute('aria-labelledby')")).toBe('review-h');
      // Scrolled to it, and the address keeps neither the notice nor its fragment.
      expect(await page.evaluate("Math.abs(document.getElementById('done').getBoundingClientRect().top) < innerHeight")).toBe(true);
      expect(await page.evaluate('scrollY')).toBeGreaterThan(0);
      expect(page.url()).toBe(`${base}/calls/${SAMPLE_CALL_ID}`);
      await page.keyboard.press('Tab');
      expect(await page.evaluate('document.activeElement.textContent')).toBe('Go to the next pending decision');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate("document.activeElement.classList.contains('decision-pending')")).toBe(true);
      await page.keyboard.press('Tab');
      expect(await page.evaluate("!!document.activeElement.closest('article.decision-pending')")).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('at 390 px wide the call page does not scroll sideways: tables scroll in their frame, long words wrap', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await page.goto(`${base}/calls/${SAMPLE_CALL_ID}?long=1`, { waitUntil: 'load' });
      await page.evaluate("document.querySelectorAll('details').forEach((d) => { d.open = true; })");
      const wide = await page.evaluate(`(() => {
        const out = [];
        for (const el of document.querySelectorAll('body *')) {
          const r = el.getBoundingClientRect();
          if (r.width && r.right > innerWidth + 1 && !(el.parentElement && el.parentElement.closest('.table-wrap'))) out.push(el.tagName + '.' + el.className + ' ' + Math.round(r.right));
        }
        return out.slice(0, 40);
      })()`);
      expect(wide).toEqual([]);
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      // The steps table keeps its columns and scrolls inside its frame, which the keyboard can scroll.
      const frame = page.locator('details.steps .table-wrap');
      expect(await frame.getAttribute('tabindex')).toBe('0');
      expect(await frame.evaluate((el) => { const box = el as unknown as { scrollWidth: number; clientWidth: number }; return box.scrollWidth > box.clientWidth; })).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('with script off, the page still opens at the notice after a decision', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${base}/calls/${SAMPLE_CALL_ID}?m=decided#done`, { waitUntil: 'load' });
      expect(await page.evaluate('scrollY')).toBeGreaterThan(0);
      // At the top of the window, below its section's heading.
      expect(await page.evaluate("(() => { const top = document.getElementById('done').getBoundingClientRect().top; const h = document.getElementById('review-h').getBoundingClientRect(); return top > 0 && top < 100 && h.top >= 0; })()")).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('a refused form is shown again as filled in, open, with why, and focused', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${base}/calls/${SAMPLE_CALL_ID}/insights`, { waitUntil: 'load' });
      await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.id')).toBe('c-summary');
      expect(await page.locator('#c-summary').inputValue()).toBe('What I typed\nover two lines');
      expect(await page.locator('#c-note').inputValue()).toBe('Heard it again');
      expect(await page.locator('#correct-form .form-error').innerText()).toContain('summary: Too big');
      expect(await page.locator('.flash-error a[href="#correct-form"]').count()).toBe(1);
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

