/**
 * Counts failed attempts per client address in memory, in fixed windows: after `max` failures in a
 * window the address's further failures are refused until the window ends. Only failures are limited:
 * callers check a key first and consult `retryAfter` only for a wrong one, so a right key is never
 * refused because others at the same address (an office behind one NAT) got theirs wrong. Per
 * process: several `serve` processes each count their own (a proxy in front can limit globally).
 */
export interface AttemptLimiter {
  /** Seconds until the address may try again, or 0 when it may try now. */
  retryAfter(address: string): number;
  fail(address: string): void;
}

export function createAttemptLimiter(opts: { max: number; windowMs: number; clock: () => Date; maxTracked?: number }): AttemptLimiter {
  const windows = new Map<string, { start: number; failures: number }>();
  const maxTracked = opts.maxTracked ?? 10_000;
  const current = (address: string) => {
    const entry = windows.get(address);
    return entry && opts.clock().getTime() - entry.start < opts.windowMs ? entry : null;
  };
  return {
    retryAfter(address) {
      const entry = current(address);
      if (!entry || entry.failures < opts.max) return 0;
      return Math.max(1, Math.ceil((entry.start + opts.windowMs - opts.clock().getTime()) / 1000));
    },
    fail(address) {
      const entry = current(address);
      if (entry) {
        entry.failures += 1;
        return;
      }
      if (windows.size >= maxTracked) {
        // Forget ended windows first; if every window is live, the oldest goes.
        const t = opts.clock().getTime();
        for (const [a, w] of windows) if (t - w.start >= opts.windowMs) windows.delete(a);
        if (windows.size >= maxTracked) windows.delete(windows.keys().next().value!);
      }
      windows.set(address, { start: opts.clock().getTime(), failures: 1 });
    },
  };
}

/** Wrong API keys (headers and the sign-in form together) allowed per client address and window before 429. */
export const KEY_FAILURES = { max: 10, windowMs: 60_000 } as const;
