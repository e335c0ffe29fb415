import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);

/** Debian's Chromium, headless, with nothing that reaches the network by itself. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    timeout: 30_000,
  });
}

/**
 * A fresh context (its own cookies) 1280 px wide, every action and navigation bounded, and the page's
 * problems: console errors (a CSP refusal is one), script errors, answers of 400 and up. Close the
 * context when done.
 */
export async function openContext(browser: Browser): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(15_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()} ${m.location().url}`));
  page.on('pageerror', (e) => problems.push(`script: ${e.message}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
  return { context, page, problems };
}

/** Signs in at `/sign-in` with an API key and waits for the call list. */
export async function signIn(page: Page, base: string, key: string): Promise<void> {
  await page.goto(`${base}/sign-in`);
  await page.locator('#key').fill(key);
  await Promise.all([page.waitForURL(`${base}/`), page.locator('form.sign-in-form button[type="submit"]').click()]);
}

/** Evaluates an expression on the page's `<audio>` element `a` (this project's TypeScript has no DOM types). */
export function onPlayer(page: Page, expression: string): Promise<unknown> {
  return page.evaluate(`(() => { const a = document.querySelector('audio'); return ${expression}; })()`);
}

/** Waits until the player has the recording's metadata (its duration), so it can seek. */
export async function playerReady(page: Page): Promise<void> {
  await page.waitForFunction("(() => { const a = document.querySelector('audio'); return a && a.readyState >= 1 && a.duration > 0; })()", undefined, { timeout: 15_000 });
}

/** The player's position after pausing it (a seek starts playback). */
export async function pausedAt(page: Page): Promise<number> {
  return Number(await onPlayer(page, '(a.pause(), a.currentTime)'));
}

const AXE_PATH = '/__test__/axe.min.js';
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's serious and critical violations on the page, described. The service's CSP
 * (`script-src 'self'`) refuses an inline script, so axe is served at a path of the page's own origin by
 * intercepting that one request in the browser: the page keeps its real CSP during the scan, and the
 * server under test gains no test route.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const origin = new URL(page.url()).origin;
  await page.route(`${origin}${AXE_PATH}`, (route) => route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: axeSource }));
  await page.addScriptTag({ url: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n) => n.target).slice(0, 3))}`);
}
