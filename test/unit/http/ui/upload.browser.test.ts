import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSETS } from '../../../../src/http/ui/assets.ts';
import { renderUploadPage, uploadRefusalField } from '../../../../src/http/ui/upload.page.ts';
import { launchChromium } from '../../../helpers/browser.ts';

// The upload page with the real app.css and app.js, in Debian's Chromium: the keyboard and a screen reader's view.
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core'));
let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/test/axe.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(axeSource);
    const asset = url.pathname.startsWith('/assets/') ? ASSETS[url.pathname.slice(8)] : undefined;
    if (asset) return res.writeHead(200, { 'content-type': asset.type }).end(asset.body);
    const refused = url.searchParams.get('refused');
    const form = { customer_name: 'Owen Park', customer_email: 'owen at juniper' };
    const body = renderUploadPage({
      user: { email: 'priya@example.com', role: 'rep' },
      csrf: 'tok',
      maxUploadBytes: 200 * 1048576,
      ...(refused === 'email' && { form, error: 'The customer\'s e-mail "owen at juniper" is not an e-mail address.', invalid: 'customer_email' as const }),
      ...(refused === 'file' && { form: { ...form, customer_email: 'owen@juniper.example' }, error: 'The recording file is empty (0 bytes).', invalid: uploadRefusalField('AUDIO_EMPTY') }),
    });
    res.writeHead(refused ? 422 : 200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

describe('the upload page in Chromium', () => {
  it('reaches every field by Tab, each with its label as its name, and passes axe', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    try {
      await page.goto(`${base}/calls/new`, { waitUntil: 'load' });
      const names: string[] = [];
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press('Tab');
        const name = (await page.evaluate(`(() => { const el = document.activeElement; return el && el.closest('form.upload-form') ? (el.labels && el.labels[0] ? el.labels[0].textContent : el.textContent) : null; })()`)) as string | null;
        // A date-and-time field takes one Tab per part (day, month, year, hours, minutes): its name once.
        if (name && names.at(-1) !== name.trim()) names.push(name.trim());
        if (name === 'Upload') break;
      }
      expect(names).toEqual(['Name', 'E-mail', 'Phone', 'Company', 'CRM deal id', 'When the call started', 'Who called', 'Did everyone agree to the recording?', 'Recording', 'Transcript (optional)', 'Upload']);
      // app.js sends the browser's time zone with the start, which the server reads on that clock.
      const zone = (await page.evaluate(`document.getElementById('u-timezone').value`)) as string;
      expect(zone).toBe((await page.evaluate('Intl.DateTimeFormat().resolvedOptions().timeZone')) as string);
      expect(zone).not.toBe('');
      await page.addScriptTag({ url: '/test/axe.js' });
      const violations = (await page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string | null }[] }> } }).axe;
        return (await axe.run()).violations;
      })).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(violations).toEqual([]);
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
      // Every text-like field is drawn as the others: the phone and the start too, not in the browser's own style.
      const look = `(id) => { const s = getComputedStyle(document.getElementById(id)); return [s.borderTopColor, s.borderTopWidth, s.borderRadius, s.paddingLeft, s.fontFamily].join(' '); }`;
      const name = await page.evaluate(`(${look})('u-customer_name')`);
      expect(await page.evaluate(`(${look})('u-customer_phone')`)).toBe(name);
      expect(await page.evaluate(`(${look})('u-started_at')`)).toBe(name);
    } finally {
      await page.close();
    }
  });

  it('a refused upload opens with the reason announced and the typed fields kept, the faulty field marked and focused', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${base}/calls/new?refused=email`, { waitUntil: 'load' });
      expect(await page.locator('[role="alert"]').textContent()).toContain('is not an e-mail address');
      expect(await page.locator('#u-customer_name').inputValue()).toBe('Owen Park');
      // app.js puts the focus in the refused form, on the field at fault, which names the error as its description.
      expect(await page.evaluate('document.activeElement.id')).toBe('u-customer_email');
      expect(await page.locator('#u-customer_email').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#u-customer_email').getAttribute('aria-describedby')).toBe('upload-error');
      expect(await page.locator('[aria-invalid]').count()).toBe(1);

      await page.goto(`${base}/calls/new?refused=file`, { waitUntil: 'load' });
      expect(await page.evaluate('document.activeElement.id')).toBe('u-file');
      expect(await page.locator('#u-file').getAttribute('aria-describedby')).toBe('u-file-hint upload-error');
      expect(await page.locator('#u-customer_email').getAttribute('aria-invalid')).toBeNull();
    } finally {
      await page.close();
    }
  });
});
