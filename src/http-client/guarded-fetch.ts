import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { Transform } from 'node:stream';
import { AppError, permanent, retryable } from '../errors/app-error.ts';
import { retryAfterMs } from '../errors/classify-http.ts';
import type { GuardedFetch, GuardedResponse } from '../ports/telephony-source.ts';

export interface GuardOptions {
  /** Origins (`https://api.twilio.com`, `http://127.0.0.1:9100`) requests and redirects may go to. */
  allowedOrigins: readonly string[];
  /** Bodies larger than this are refused (`RECORDING_TOO_LARGE`): MAX_UPLOAD_BYTES. */
  maxBytes: number;
  /** Time to connect and get the answer's headers (however slowly they trickle in), and the longest pause while a body streams. */
  timeoutMs?: number;
  /**
   * The slowest a body may arrive, on average from its first byte, once `graceMs` have passed; a slower one
   * is stopped (`RECORDING_DOWNLOAD_SLOW`, retryable) so a trickling sender cannot hold an intake slot for
   * hours. It bounds a download of `maxBytes` to about `maxBytes / minBytesPerSec`.
   */
  minBytesPerSec?: number;
  graceMs?: number;
  maxRedirects?: number;
  /** Attempts for a request that meets a network failure, 429 or 5xx, before the answer is handed back. */
  attempts?: number;
  /** First backoff delay; doubles per attempt. A Retry-After longer than `maxWaitMs` ends the attempts. */
  backoffMs?: number;
  maxWaitMs?: number;
  /** Name resolution (tests resolve made-up names); default the system resolver. */
  lookup?: (hostname: string) => Promise<LookupAddress[]>;
}

/**
 * Addresses a fetch made on behalf of a webhook must never reach: loopback, "this network", private
 * (RFC 1918), carrier-grade NAT, link-local (the cloud metadata service lives there), multicast and
 * reserved; IPv6 loopback, unspecified, unique-local (ULA) and link-local. IPv6 addresses that carry an
 * IPv4 address (IPv4-mapped and -compatible, NAT64's 64:ff9b::/96, 6to4's 2002::/16) are also checked as
 * the IPv4 address they carry, which a NAT64 or 6to4 gateway would reach.
 */
const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) BLOCKED.addSubnet(net, prefix, 'ipv4');
// 64:ff9b:1::/48 is NAT64 for local use (RFC 8215): only ever a way into a private network.
for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b:1::', 48]] as const) BLOCKED.addSubnet(net, prefix, 'ipv6');

/** True when the address is one a webhook-driven fetch must not reach (see BLOCKED). */
export function isBlockedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, 'ipv4');
  if (family !== 6) return true;
  const carried = carriedIpv4(address);
  return (carried !== null && BLOCKED.check(carried, 'ipv4')) || BLOCKED.check(address, 'ipv6');
}

/** The IPv4 address an IPv6 address carries: IPv4-mapped (::ffff:0:0/96), IPv4-translated (::ffff:0:0:0/96), IPv4-compatible (::/96), NAT64 (64:ff9b::/96), 6to4 (2002::/16). */
export function carriedIpv4(address: string): string | null {
  const words = ipv6Words(address);
  if (!words) return null;
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
  const zeros = (from: number, to: number) => words.slice(from, to).every((w) => w === 0);
  if (words[0] === 0x2002) return v4(words[1]!, words[2]!);
  const nat64 = words[0] === 0x64 && words[1] === 0xff9b && zeros(2, 6);
  const translated = zeros(0, 4) && words[4] === 0xffff && words[5] === 0;
  if (nat64 || translated || (zeros(0, 5) && (words[5] === 0xffff || words[5] === 0))) return v4(words[6]!, words[7]!);
  return null;
}

/** An IPv6 address's eight 16-bit words (a dotted IPv4 tail taken as the last two); null when it is not one. */
function ipv6Words(address: string): number[] | null {
  if (isIP(address) !== 6) return null;
  let text = address.toLowerCase().replace(/%.*$/, '');
  const dotted = text.match(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const parse = (part: string | undefined) => (part ? part.split(':').map((w) => parseInt(w, 16)) : []);
  const before = parse(head);
  const after = parse(tail);
  return tail === undefined ? before : [...before, ...Array(8 - before.length - after.length).fill(0), ...after];
}

const bare = (hostname: string) => hostname.replace(/^\[|\]$/g, '');

/**
 * A configured origin whose host is itself an internal address (`http://127.0.0.1:9100`, `http://localhost`,
 * `http://10.0.0.5`) was chosen by the operator; requests to it may reach that address. A name that
 * merely resolves to one (DNS rebinding, an attacker's domain) gets no such trust.
 */
function trustsInternal(origin: URL): boolean {
  const host = bare(origin.hostname);
  return host === 'localhost' || (isIP(host) !== 0 && isBlockedAddress(host));
}

/** Where an error may say a request went: the origin only; paths and queries carry signed URLs and ids. */
const originOf = (url: URL) => url.origin;

/**
 * The only way callscribe fetches a URL it learned from a webhook: to the allowed origins only, never
 * to an internal address (unless that origin is one, see `trustsInternal`), redirects followed only
 * within the allowed origins (credentials dropped when the origin changes), bodies capped, timeouts,
 * and 429 / 5xx / network failures retried with backoff (Retry-After honoured) before the answer is
 * handed back. Errors name the origin, never the URL.
 */
export function createGuardedFetch(options: GuardOptions): GuardedFetch {
  const allowed = new Map(options.allowedOrigins.map((o) => {
    const url = new URL(o);
    return [url.origin, trustsInternal(url)] as const;
  }));
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxRedirects = options.maxRedirects ?? 5;
  const attempts = options.attempts ?? 3;
  const backoffMs = options.backoffMs ?? 500;
  const maxWaitMs = options.maxWaitMs ?? 30_000;
  const pace = { minBytesPerSec: options.minBytesPerSec ?? DEFAULT_MIN_BYTES_PER_SEC, graceMs: options.graceMs ?? DEFAULT_GRACE_MS };
  const resolve = options.lookup ?? ((host: string) => new Promise<LookupAddress[]>((ok, fail) => dnsLookup(host, { all: true }, (err, addrs) => (err ? fail(err) : ok(addrs)))));

  const checkTarget = (url: URL): boolean => {
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw refused(url, 'it is not http(s)');
    if (url.username || url.password) throw refused(url, 'it carries credentials');
    const trust = allowed.get(url.origin);
    if (trust === undefined) throw refused(url, `its origin is not one this provider may be fetched from (${[...allowed.keys()].join(', ')})`);
    const host = bare(url.hostname);
    if (!trust && isIP(host) && isBlockedAddress(host)) throw refused(url, 'it is an internal address');
    return trust;
  };

  /** Resolves the name and refuses internal addresses; the connection uses the address checked here. */
  const guardedLookup = (url: URL, trust: boolean): LookupFunction => (hostname, opts, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const usable = trust ? addresses : addresses.filter((a) => !isBlockedAddress(a.address));
        if (usable.length === 0) {
          callback(refused(url, 'its name resolves to an internal address') as NodeJS.ErrnoException, '', 4);
          return;
        }
        if ((opts as { all?: boolean }).all) callback(null, usable as unknown as string, 4);
        else callback(null, usable[0]!.address, usable[0]!.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, '', 4),
    );
  };

  const once = (url: URL, init: Parameters<GuardedFetch>[1] = {}) =>
    new Promise<IncomingMessage>((ok, fail) => {
      const trust = checkTarget(url);
      const requestOptions: RequestOptions = {
        method: init.method ?? 'GET',
        headers: { 'user-agent': 'callscribe', ...init.headers },
        timeout: timeoutMs,
        lookup: guardedLookup(url, trust),
      };
      const notAnswered = () => retryable('TELEPHONY_UNAVAILABLE', `${originOf(url)} did not answer within ${Math.round(timeoutMs / 1000)} s.`);
      // The socket's timeout is a pause between bytes: headers sent a byte at a time never trip it, this does.
      const deadline = setTimeout(() => req.destroy(notAnswered()), timeoutMs);
      const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, requestOptions, (res) => {
        clearTimeout(deadline);
        ok(res);
      });
      req.on('close', () => clearTimeout(deadline));
      req.on('timeout', () => req.destroy(notAnswered()));
      req.on('error', (err) => fail(err instanceof AppError ? err : retryable('TELEPHONY_UNAVAILABLE', `Could not reach ${originOf(url)} (${(err as NodeJS.ErrnoException).code ?? err.message}); check that this host can reach it (DNS, firewall, proxy).`)));
      req.end(init.body);
    });

  /** Follows redirects within the allowed origins. */
  const follow = async (start: URL, init: Parameters<GuardedFetch>[1] = {}) => {
    let url = start;
    let headers = init.headers;
    for (let hop = 0; ; hop++) {
      const res = await once(url, { ...init, headers });
      const location = res.headers.location;
      if (res.statusCode && res.statusCode >= 300 && res.statusCode < 400 && location) {
        res.resume();
        if (hop >= maxRedirects) throw refused(url, `it redirected more than ${maxRedirects} times`);
        const next = new URL(location, url);
        checkTarget(next);
        // Like fetch: credentials meant for one origin are not sent to another.
        if (next.origin !== url.origin && headers) headers = Object.fromEntries(Object.entries(headers).filter(([k]) => !/^(authorization|cookie)$/i.test(k)));
        url = next;
        continue;
      }
      return res;
    }
  };

  return async (rawUrl, init = {}) => {
    let url: URL;
    try {
      url = new URL(rawUrl);
    } catch {
      throw permanent('RECORDING_URL_REFUSED', 'The recording URL is not a valid URL.');
    }
    for (let attempt = 1; ; attempt++) {
      let res: IncomingMessage;
      try {
        res = await follow(url, init);
      } catch (err) {
        if (err instanceof AppError && !err.retryable) throw err;
        if (attempt >= attempts) throw err;
        await sleep(backoffMs * 2 ** (attempt - 1));
        continue;
      }
      const status = res.statusCode ?? 0;
      if ((status === 429 || status >= 500) && attempt < attempts) {
        const wait = retryAfterMs({ get: (name) => firstValue(res.headers[name]) }) ?? backoffMs * 2 ** (attempt - 1);
        if (wait <= maxWaitMs) {
          res.resume();
          await sleep(wait);
          continue;
        }
      }
      return toResponse(res, url, options.maxBytes, timeoutMs, pace);
    }
  };
}

/** A body slower than this on average (512 kbit/s), after DEFAULT_GRACE_MS, is stopped: 500 MiB take at most about 2 h 15 min. */
const DEFAULT_MIN_BYTES_PER_SEC = 64 * 1024;
/** How long a body may start slowly (a provider still preparing the file, a connection ramping up) before its pace counts. */
const DEFAULT_GRACE_MS = 30_000;

function toResponse(res: IncomingMessage, url: URL, maxBytes: number, idleMs: number, pace: { minBytesPerSec: number; graceMs: number }): GuardedResponse {
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw tooLarge(maxBytes);
  }
  let bytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) return done(tooLarge(maxBytes));
      done(null, chunk);
    },
  });
  res.setTimeout(idleMs, () => res.destroy(retryable('TELEPHONY_UNAVAILABLE', `${originOf(url)} stopped sending for ${Math.round(idleMs / 1000)} s.`)));
  res.on('error', (err) => meter.destroy(err));
  meter.on('close', () => res.destroy());
  res.pipe(meter);
  watchPace(res, url, pace);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
  return {
    status: res.statusCode ?? 0,
    headers,
    body: meter,
    async json() {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const c of meter) {
        size += (c as Buffer).length;
        if (size > 4 * 1024 * 1024) {
          meter.destroy();
          throw permanent('TELEPHONY_ANSWER_INVALID', `${originOf(url)} answered with more than 4 MiB where a small JSON answer was expected.`);
        }
        chunks.push(c as Buffer);
      }
      try {
        return JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        throw permanent('TELEPHONY_ANSWER_INVALID', `${originOf(url)} answered with something that is not JSON.`);
      }
    },
  };
}

/**
 * Stops `res` with `RECORDING_DOWNLOAD_SLOW` when, `graceMs` after its first byte could be read, it arrives slower
 * than `minBytesPerSec` on average. Time the body sat paused because we were not reading (a slow store
 * downstream) is not the sender's and does not count. Checked as bytes arrive: a sender that stops
 * altogether is the idle timeout's to end.
 */
function watchPace(res: IncomingMessage, url: URL, pace: { minBytesPerSec: number; graceMs: number }): void {
  const started = Date.now();
  let pausedMs = 0;
  let pausedSince: number | null = null;
  let bytes = 0;
  res.on('pause', () => (pausedSince ??= Date.now()));
  res.on('resume', () => {
    if (pausedSince !== null) pausedMs += Date.now() - pausedSince;
    pausedSince = null;
  });
  res.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
    const sendingMs = Date.now() - started - pausedMs;
    if (sendingMs > pace.graceMs && (bytes * 1000) / sendingMs < pace.minBytesPerSec) res.destroy(tooSlow(url, bytes, sendingMs, pace.minBytesPerSec));
  });
}

function refused(url: URL, why: string): AppError {
  return permanent('RECORDING_URL_REFUSED', `Refused to fetch from ${originOf(url)}: ${why}.`);
}

function tooSlow(url: URL, bytes: number, elapsedMs: number, minBytesPerSec: number): AppError {
  const kib = (n: number) => (n / 1024).toFixed(n < 10 * 1024 ? 2 : 0);
  return retryable(
    'RECORDING_DOWNLOAD_SLOW',
    `${originOf(url)} sent the recording at ${kib((bytes * 1000) / elapsedMs)} KiB/s on average (${kib(bytes)} KiB in ${Math.round(elapsedMs / 1000)} s), under the ${kib(minBytesPerSec)} KiB/s minimum; the download was stopped and is retried later.`,
  );
}

function tooLarge(maxBytes: number): AppError {
  return permanent('RECORDING_TOO_LARGE', `The recording is larger than the ${Math.round(maxBytes / 1048576)} MiB limit (MAX_UPLOAD_BYTES).`);
}

const firstValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? null;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
