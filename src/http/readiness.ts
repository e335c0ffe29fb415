/**
 * One dependency `/readyz` checks: a name an operator recognises (`redis`, `s3`, `index`, `crm`) and a
 * cheap check that resolves when the dependency answers and throws (with why) when it does not.
 */
export interface ReadinessCheck {
  name: string;
  check(signal: AbortSignal): Promise<void>;
}

export type CheckResult = { ok: true; ms: number } | { ok: false; ms: number; error: string };

export interface Readiness {
  ready: boolean;
  checks: Record<string, CheckResult>;
}

/** Each check gets this long before it counts as down: a probe must answer before the orchestrator gives up on it. */
export const READINESS_TIMEOUT_MS = 2000;

/** Runs every check at once, each bounded by `timeoutMs`; ready when all passed. */
export async function checkReadiness(checks: readonly ReadinessCheck[], timeoutMs = READINESS_TIMEOUT_MS): Promise<Readiness> {
  const results = await Promise.all(checks.map(async (c) => [c.name, await runOne(c, timeoutMs)] as const));
  return { ready: results.every(([, r]) => r.ok), checks: Object.fromEntries(results) };
}

async function runOne(c: ReadinessCheck, timeoutMs: number): Promise<CheckResult> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    await Promise.race([c.check(controller.signal), timeout]);
    return { ok: true, ms: ms() };
  } catch (err) {
    return { ok: false, ms: ms(), error: err instanceof Error ? err.message : String(err) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Keeps a check's outcome (pass or fail) for `ttlMs`: for dependencies that bill or rate-limit their calls
 * (the CRM), so a probe every few seconds does not become a request every few seconds.
 */
export function cachedCheck(inner: ReadinessCheck, ttlMs: number, now: () => number = Date.now): ReadinessCheck {
  let last: { at: number; error: Error | null } | null = null;
  return {
    name: inner.name,
    async check(signal) {
      if (!last || now() - last.at >= ttlMs) {
        const error = await inner.check(signal).then(() => null, (err: unknown) => (err instanceof Error ? err : new Error(String(err))));
        last = { at: now(), error };
      }
      if (last.error) throw last.error;
    },
  };
}
