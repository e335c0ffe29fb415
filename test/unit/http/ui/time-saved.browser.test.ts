import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TYPING_TIMES } from '../../../../src/domain/typing-times.ts';
import { ASSETS } from '../../../../src/http/ui/assets.ts';
import { renderTimeSavedPage } from '../../../../src/http/ui/time-saved.page.ts';
import type { TimeSavedReport } from '../../../../src/review/time-saved-report.ts';
import { REPO_ROOT } from '../../../helpers/fixtures.ts';

// The report page with the real app.css, in Debian's Chromium, under the CSP the service sends. Its sample
// figures are made up (six weeks, three reps); UPDATE_SCREENSHOTS=1 refreshes docs/screenshots/time-saved.png.
const require = createRequire(import.meta.url);
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
const axeSource = readFileSync(require.resolve('axe-core'));
const REPS = [
  { email: 'priya@example.com', name: 'Priya Raman' },
  { email: 'tom@example.com', name: 'Tom Baker' },
  { email: 'ana@example.com', name: 'Ana Souza' },
];
const WEEKS = ['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30'];

function figures(calls: number, net: number, correcting: number) {
  return { callsLogged: calls, itemsWritten: calls * 24, corrections: Math.round(correcting / 0.2), reviews: calls, minutesWritten: Math.round((net + correcting) * 10) / 10, minutesCorrecting: correcting, netMinutesSaved: net };
}

function sampleReport(): TimeSavedReport {
  // One rep's week went badly: correcting took longer than the typing saved.
  const rows = WEEKS.flatMap((weekStart, w) =>
    REPS.map((rep, r) => {
      const bad = w === 2 && r === 2;
      return { rep, weekStart, ...figures(3 + ((w + r) % 4), bad ? -12 : 20 + 7 * ((w * 3 + r * 5) % 6), bad ? 43.2 : 1.2 + r) };
    }),
  );
  const sum = (list: typeof rows) => ({
    ...figures(list.reduce((s, x) => s + x.callsLogged, 0), Math.round(list.reduce((s, x) => s + x.netMinutesSaved, 0) * 10) / 10, Math.round(list.reduce((s, x) => s + x.minutesCorrecting, 0) * 10) / 10),
  });
  return {
    from: '2026-10-26', to: '2026-12-06', typingTimes: DEFAULT_TYPING_TIMES,
    totals: sum(rows),
    rows,
    reps: REPS.map((rep) => ({ rep, ...sum(rows.filter((x) => x.rep === rep)) })).sort((a, b) => b.netMinutesSaved - a.netMinutesSaved),
    weeks: WEEKS.map((weekStart) => ({ weekStart, ...sum(rows.filter((x) => x.weekStart === weekStart)) })),
  };
}

let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'content-type': type, 'content-security-policy': CSP });
      res.end(body);
    };
    if (url.pathname === '/reports/time-saved') {
      return send(200, 'text/html; charset=utf-8', renderTimeSavedPage({ user: { email: 'lee@example.com', role: 'manager' }, csrf: 'tok', filters: { from: '2026-10-26', to: '2026-12-06' }, report: sampleReport() }));
    }
    if (url.pathname === '/test/axe.js') return send(200, 'text/javascript; charset=utf-8', axeSource);
    const asset = url.pathname.startsWith('/assets/') ? ASSETS[url.pathname.slice(8)] : undefined;
    if (asset) return send(200, asset.type, asset.body);
    send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

describe('the manual-entry-saved page in Chromium', () => {
  it('draws its charts under the CSP, passes axe, and is usable with the keyboard', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(`${m.text()} ${m.location().url}`));
    page.on('pageerror', (e) => problems.push(e.message));
    try {
      await page.goto(`${base}/reports/time-saved`, { waitUntil: 'load' });
      // The bars are styled by app.css: a blocked stylesheet would leave them black.
      expect(await page.locator('svg.chart rect.chart-bar').first().evaluate((el) => (globalThis as unknown as { getComputedStyle: (e: unknown) => { fill: string } }).getComputedStyle(el).fill)).toBe('rgb(29, 78, 216)');
      const image = await page.screenshot({ fullPage: true });
      await mkdir(join(REPO_ROOT, '.data', 'screenshots'), { recursive: true });
      await writeFile(join(REPO_ROOT, '.data', 'screenshots', 'time-saved.png'), image);
      if (process.env.UPDATE_SCREENSHOTS === '1') await writeFile(join(REPO_ROOT, 'docs', 'screenshots', 'time-saved.png'), image);
      await page.addScriptTag({ url: '/test/axe.js' });
      const violations = await page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string | null }[] }> } }).axe;
        return (await axe.run()).violations;
      });
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
      // Tab order: skip link, brand, sign out, back to the calls, then the form's fields and its button
      // (a date field takes a Tab per part: day, month, year).
      const focused: string[] = [];
      for (let i = 0; i < 16; i++) {
        await page.keyboard.press('Tab');
        focused.push(await page.evaluate(() => { const el = (globalThis as unknown as { document: { activeElement: { id: string; textContent: string; tagName: string } } }).document.activeElement; return el.id || `${el.tagName}:${el.textContent.trim()}`; }));
      }
      const stops = focused.filter((f, i) => f !== focused[i - 1]);
      expect(stops.slice(0, 8)).toEqual(['A:Skip to content', 'A:callscribe', 'BUTTON:Sign out', 'A:Back to the calls', 'r-from', 'r-to', 'r-rep', 'BUTTON:Show']);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
