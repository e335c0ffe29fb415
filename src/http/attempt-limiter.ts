import { isIPv6 } from 'node:net';

/**
 * Counts failed attempts per client address in memory, in fixed windows: after `max` failures in a
 * window the address's further failures are refused until the window ends. Only failures are limited:
 * callers check a key first and consult `retryAfter` only for a wrong one, so a right key is never
 * refused because others at the same address (an office behind one NAT) got theirs wrong. Per
 * process: several `serve` processes each count their own (a proxy in front can limit globally).
 * An IPv6 address counts as its /64 network (`clientNetwork`): one host is given a whole /64 and may
 * send from any of its addresses.
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
    const entry = windows.get(clientNetwork(address));
    return entry && opts.clock().getTime() - entry.start < opts.windowMs ? entry : null;
  };
  return {
    retryAfter(address) {
      const entry = current(address);
      if (!entry || entry.failures < opts.max) return 0;
      return Math.max(1, Math.ceil((entry.start + opts.windowMs - opts.clock().getTime()) / 1000));
    },
    fail(given) {
      const address = clientNetwork(given);
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

/**
 * What failed attempts are counted against: an IPv4 address as it is (also written IPv4-mapped, `::ffff:a.b.c.d`,
 * in any spelling, or translated by a NAT64 gateway on the well-known prefix, `64:ff9b::a.b.c.d`, since every
 * IPv4 client behind that gateway shares its /64), an IPv6 address as its /64 network (the first four groups,
 * written out: `2001:db8:0:0::/64`).
 */
export function clientNetwork(address: string): string {
  const bare = address.split('%')[0]!;
  if (!isIPv6(bare)) return address;
  // An IPv4 address written in the last 32 bits ("::ffff:192.0.2.1", "64:ff9b::192.0.2.1") is two groups, not one.
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(bare);
  const hex = v4 ? `${bare.slice(0, v4.index)}${((+v4[1]! << 8) | +v4[2]!).toString(16)}:${((+v4[3]! << 8) | +v4[4]!).toString(16)}` : bare;
  const [head = '', tail] = hex.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = (tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]).map((g) => Number.parseInt(g, 16));
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  const nat64 = groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0);
  if (mapped || nat64) return [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join('.');
  return `${groups.slice(0, 4).map((g) => g.toString(16)).join(':')}::/64`;
}
