import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSETS } from '../../../../src/http/ui/assets.ts';
import { renderCallList } from '../../../../src/http/ui/call-list.page.ts';
import { launchChromium } from '../../../helpers/browser.ts';
import { sampleListItems } from '../../../helpers/call-view-sample.ts';

// The rendered call list with the real app.css and app.js, in Debian's Chromium.
const user = { email: 'maria@example.com', role: 'manager' as const };
let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const asset = url.pathname.startsWith('/assets/') ? ASSETS[url.pathname.slice(8)] : undefined;
    if (asset) return res.writeHead(200, { 'content-type': asset.type }).end(asset.body);
    if (url.pathname !== '/') return res.writeHead(404).end();
    const body = renderCallList({ user, csrf: 'tok', query: {}, page: { calls: sampleListItems(), nextCursor: 'next-1' }, pendingReview: 1, reportLink: '/reports/time-saved', uploadLink: '/calls/new' });
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

async function open(width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.goto(`${base}/`, { waitUntil: 'load' });
  return page;
}

describe('the call list in Chromium', () => {
  it('at 360 px wide shows every column of the first call on screen, no sideways scrolling', async () => {
    const page = await open(360);
    try {
      const cells = await page.evaluate(`(() => [...document.querySelectorAll('table.calls tbody tr:first-child > *')].map((el) => {
        const r = el.getBoundingClientRect();
        return { label: el.getAttribute('data-label'), left: Math.round(r.left), right: Math.round(r.right), width: Math.round(r.width) };
      }))()`) as { label: string; left: number; right: number; width: number }[];
      expect(cells.map((c) => c.label)).toEqual(['When', 'Rep', 'Customer', 'Length', 'Status', 'Summary', 'Proposed stage', 'Pending']);
      for (const cell of cells) {
        expect(cell.left, cell.label).toBeGreaterThanOrEqual(0);
        expect(cell.right, cell.label).toBeLessThanOrEqual(360);
        expect(cell.width, cell.label).toBeGreaterThan(0);
      }
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
      expect(await page.evaluate("document.querySelector('#calls').scrollWidth <= document.querySelector('#calls').clientWidth")).toBe(true);
      // Each value is said with its column's name.
      expect(await page.evaluate("getComputedStyle(document.querySelector('table.calls tbody td'), '::before').content")).toBe('"Rep: "');
    } finally {
      await page.close();
    }
  });

  it('reaches the first call in a few Tab presses through the skip link', async () => {
    const page = await open(1280);
    try {
      const firstCall = await page.locator('table.calls tbody tr:first-child th a').getAttribute('href');
      let presses = 0;
      let onSkip = false;
      for (; presses < 8; presses++) {
        await page.keyboard.press('Tab');
        const at = (await page.evaluate('document.activeElement.getAttribute("href")')) as string | null;
        if (at === '#calls') {
          onSkip = true;
          break;
        }
      }
      expect(onSkip).toBe(true);
      // The skip link is visible when focused.
      const box = await page.locator('a[href="#calls"]').boundingBox();
      expect(box && box.y >= 0).toBe(true);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await page.evaluate('document.activeElement.getAttribute("href")')).toBe(firstCall);
      expect(presses + 3).toBeLessThanOrEqual(8);
    } finally {
      await page.close();
    }
  });
});
