import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type AddressInfo, type Server as NetServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGuardedFetch, isBlockedAddress } from '../../src/http-client/guarded-fetch.ts';

/** A local server that counts what reached it; `handle` answers. */
async function server(handle: (req: IncomingMessage, res: ServerResponse) => void) {
  const seen: { url: string; headers: IncomingMessage['headers'] }[] = [];
  const srv: Server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    handle(req, res);
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(srv.address() as AddressInfo).port}`;
  return { origin, seen, close: () => new Promise<void>((r) => srv.close(() => r())) };
}

describe('isBlockedAddress', () => {
  it.each(['127.0.0.1', '127.3.2.1', '10.0.0.1', '172.16.5.4', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fd00::1', 'fc12::3', 'fe80::1', '::ffff:127.0.0.1', '::ffff:10.1.2.3', '224.0.0.1',
    '::ffff:7f00:1', '::127.0.0.1', '64:ff9b::7f00:1', '64:ff9b::169.254.169.254', '2002:a9fe:a9fe::1', '2002:0a00:0001:1::5', '64:ff9b:1::a9fe:a9fe', '::ffff:0:7f00:1'])(
    'blocks %s',
    (a) => expect(isBlockedAddress(a)).toBe(true),
  );
  it.each(['8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700::1111', '::ffff:8.8.8.8', '54.231.0.1', '64:ff9b::808:808', '2002:808:808::1'])('lets %s through', (a) => expect(isBlockedAddress(a)).toBe(false));
  it('blocks what is not an address at all', () => expect(isBlockedAddress('example.com')).toBe(true));
});

describe('createGuardedFetch', () => {
  let provider: Awaited<ReturnType<typeof server>>;
  let internal: Awaited<ReturnType<typeof server>>;
  let redirectTo = '';
  let flaky = 0;
  beforeAll(async () => {
    internal = await server((_req, res) => res.end('secret metadata'));
    provider = await server((req, res) => {
      if (req.url === '/redirect') {
        res.writeHead(302, { location: redirectTo }).end();
      } else if (req.url === '/big') {
        res.writeHead(200, { 'content-length': '5000' }).end(Buffer.alloc(5000));
      } else if (req.url === '/big-chunked') {
        res.writeHead(200);
        res.write(Buffer.alloc(3000));
        res.end(Buffer.alloc(3000));
      } else if (req.url === '/flaky') {
        if (flaky++ < 2) res.writeHead(flaky === 1 ? 503 : 429, { 'retry-after': '0' }).end();
        else res.end('ok');
      } else if (req.url === '/down') {
        res.writeHead(503).end();
      } else {
        res.end(`recording for ${req.headers.authorization ?? 'nobody'}`);
      }
    });
  });
  afterAll(async () => {
    await provider.close();
    await internal.close();
  });
  const read = async (body: NodeJS.ReadableStream) => {
    const chunks: Buffer[] = [];
    for await (const c of body) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString();
  };
  const guarded = (extra: Partial<Parameters<typeof createGuardedFetch>[0]> = {}) =>
    createGuardedFetch({ allowedOrigins: [provider.origin], maxBytes: 4096, backoffMs: 1, ...extra });

  it('fetches from a configured origin, even one on loopback the operator configured', async () => {
    const res = await guarded()(`${provider.origin}/rec.wav`, { headers: { authorization: 'Basic abc' } });
    expect(res.status).toBe(200);
    expect(await read(res.body)).toBe('recording for Basic abc');
  });

  const refusedTargets = () => [
    `${internal.origin}/latest/meta-data`,
    'http://169.254.169.254/latest/meta-data/iam/security-credentials/',
    'http://10.0.0.1/recording.wav',
    'http://[::1]/recording.wav',
    'https://evil.example.com/recording.wav',
    'file:///etc/passwd',
  ];

  it('refuses internal addresses and other origins, and fetches nothing from them', async () => {
    const before = internal.seen.length;
    for (const url of refusedTargets()) {
      await expect(guarded()(url), url).rejects.toMatchObject({ code: 'RECORDING_URL_REFUSED', retryable: false });
    }
    expect(internal.seen.length).toBe(before);
  });

  it('refuses a configured name that resolves to an internal address (no trust by name)', async () => {
    const port = new URL(internal.origin).port;
    const before = internal.seen.length;
    const fetchRebound = createGuardedFetch({
      allowedOrigins: [`http://recordings.provider.test:${port}`],
      maxBytes: 4096,
      lookup: async () => [{ address: '127.0.0.1', family: 4 }],
    });
    await expect(fetchRebound(`http://recordings.provider.test:${port}/r.wav`)).rejects.toMatchObject({ code: 'RECORDING_URL_REFUSED' });
    expect(internal.seen.length).toBe(before);
  });

  it('refuses a redirect from the allowed origin to any refused target, fetching nothing there', async () => {
    const before = internal.seen.length;
    for (const target of refusedTargets()) {
      redirectTo = target;
      await expect(guarded()(`${provider.origin}/redirect`), target).rejects.toMatchObject({ code: 'RECORDING_URL_REFUSED' });
    }
    expect(internal.seen.length).toBe(before);
  });

  it('follows a redirect between allowed origins and drops the credentials on the way', async () => {
    redirectTo = `${internal.origin}/file.wav`;
    const res = await guarded({ allowedOrigins: [provider.origin, internal.origin] })(`${provider.origin}/redirect`, { headers: { authorization: 'Basic abc' } });
    expect(await read(res.body)).toBe('secret metadata');
    expect(internal.seen.at(-1)!.headers.authorization).toBeUndefined();
  });

  it('never says the URL in an error, only the origin', async () => {
    const err = await guarded()('https://evil.example.com/rec.wav?X-Amz-Signature=abc123').catch((e: Error) => e);
    expect(String((err as Error).message)).toContain('https://evil.example.com');
    expect(String((err as Error).message)).not.toContain('abc123');
  });

  it('caps the size by Content-Length and while streaming', async () => {
    await expect(guarded()(`${provider.origin}/big`)).rejects.toMatchObject({ code: 'RECORDING_TOO_LARGE' });
    const res = await guarded()(`${provider.origin}/big-chunked`);
    await expect(read(res.body)).rejects.toMatchObject({ code: 'RECORDING_TOO_LARGE' });
  });

  it('retries 503 and 429 with Retry-After, then hands back the answer', async () => {
    flaky = 0;
    const res = await guarded()(`${provider.origin}/flaky`);
    expect(res.status).toBe(200);
    expect(flaky).toBe(3);
    const down = await guarded({ attempts: 2 })(`${provider.origin}/down`);
    expect(down.status).toBe(503);
  });

  it('gives up on a closed port as retryable, so the queue tries later', async () => {
    const closed = await server((_q, r) => r.end());
    await closed.close();
    await expect(guarded({ allowedOrigins: [closed.origin], attempts: 1 })(`${closed.origin}/x`)).rejects.toMatchObject({ code: 'TELEPHONY_UNAVAILABLE', retryable: true });
  });
});

/**
 * A sender that trickles (a byte now and then, each pause shorter than the idle timeout) must not hold a
 * download for hours: its headers must arrive within the timeout, and its body at a minimum average pace
 * once a grace period has passed. The limits are made small here; a slow but real download passes.
 */
describe('createGuardedFetch: the pace of a download', () => {
  const timers = new Set<NodeJS.Timeout>();
  /** Calls `step(i)` every `ms` for `times` times, then `last()`; stops when `closed` is true. */
  const drip = (ms: number, times: number, step: (i: number) => void, last: () => void, closed: () => boolean) => {
    let i = 0;
    const timer = setInterval(() => {
      if (closed()) return void (clearInterval(timer), timers.delete(timer));
      if (i < times) return step(i++);
      clearInterval(timer);
      timers.delete(timer);
      last();
    }, ms);
    timers.add(timer);
  };
  let provider: Awaited<ReturnType<typeof server>>;
  let rawOrigin = '';
  let raw: NetServer;
  beforeAll(async () => {
    provider = await server((req, res) => {
      const closed = () => res.destroyed || res.writableEnded;
      res.writeHead(200, { 'content-type': 'audio/wav' });
      if (req.url === '/trickle') {
        // 1 byte every 10 ms (about 100 B/s), for 3 s.
        drip(10, 300, () => res.write('x'), () => res.end(), closed);
      } else if (req.url === '/slow-but-real') {
        // 64 KiB every 100 ms (about 640 KiB/s): slow for a CDN, far above the minimum.
        drip(100, 4, () => res.write(Buffer.alloc(64 * 1024, 1)), () => res.end(), closed);
      } else {
        res.end(Buffer.alloc(256 * 1024, 2));
      }
    });
    // Sends the status line at once, then one header line every 10 ms for 2 s.
    raw = createNetServer((socket) => {
      socket.on('error', () => {});
      socket.once('data', () => {
        socket.write('HTTP/1.1 200 OK\r\n');
        drip(10, 200, (i) => socket.write(`X-Pad-${i}: x\r\n`), () => socket.end('Content-Length: 2\r\nConnection: close\r\n\r\nok'), () => socket.destroyed);
      });
    });
    await new Promise<void>((r) => raw.listen(0, '127.0.0.1', r));
    rawOrigin = `http://127.0.0.1:${(raw.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const t of timers) clearInterval(t);
    await provider.close();
    await new Promise<void>((r) => raw.close(() => r()));
  });
  const drain = async (body: NodeJS.ReadableStream) => {
    let bytes = 0;
    for await (const c of body) bytes += (c as Buffer).length;
    return bytes;
  };
  const paced = (extra: Partial<Parameters<typeof createGuardedFetch>[0]> = {}) =>
    createGuardedFetch({ allowedOrigins: [provider.origin], maxBytes: 1 << 20, attempts: 1, graceMs: 100, minBytesPerSec: 1000, ...extra });

  it('stops a body that trickles under the minimum pace after the grace period: retryable RECORDING_DOWNLOAD_SLOW, saying why', async () => {
    const res = await paced()(`${provider.origin}/trickle`);
    const err = await drain(res.body).then((bytes) => ({ bytes }), (e: unknown) => e);
    expect(err).toMatchObject({ code: 'RECORDING_DOWNLOAD_SLOW', retryable: true });
    expect((err as Error).message).toMatch(/KiB\/s on average .* under the 0\.98 KiB\/s minimum/);
    expect((err as Error).message).toContain(provider.origin);
  });

  it('lets a slow but real download through', async () => {
    const res = await paced()(`${provider.origin}/slow-but-real`);
    expect(await drain(res.body)).toBe(256 * 1024);
  });

  it('does not count the time the body waited for us (a slow store downstream) against the sender', async () => {
    const res = await paced({ minBytesPerSec: 160 * 1024 })(`${provider.origin}/fast`);
    let bytes = 0;
    for await (const c of res.body) {
      if (bytes === 0) await new Promise((r) => setTimeout(r, 3000)); // 256 KiB in over 3 s were under 90 KiB/s, were the wait counted
      bytes += (c as Buffer).length;
    }
    expect(bytes).toBe(256 * 1024);
  });

  it('gives up on headers that trickle in for longer than the timeout: retryable TELEPHONY_UNAVAILABLE', async () => {
    const fetch = createGuardedFetch({ allowedOrigins: [rawOrigin], maxBytes: 4096, attempts: 1, timeoutMs: 300 });
    await expect(fetch(`${rawOrigin}/rec.wav`)).rejects.toMatchObject({ code: 'TELEPHONY_UNAVAILABLE', retryable: true });
  });
});
