import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fakes share: replies, request records, failure matching, seeded chaos, shutting down. */

export interface FakeReply {
  status: number;
  /** JSON-serialised unless it is a string (then sent as text/plain, where a fake says so). */
  body: unknown;
  headers?: Record<string, string>;
}

/** A request a CRM fake saw, for assertions. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  /** The status the fake answered. */
  status?: number;
  /** The request was served (its writes happened) but answered with an injected failure. */
  committed?: boolean;
}

/** An injected failure: its status, which requests (default: the next ones), and headers and body (default: the API's own). */
export interface InjectedFailure {
  status: number;
  match?: RequestMatch;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Which requests a failure applies to (default: any authenticated request). */
export interface RequestMatch {
  method?: string;
  /** Exact path, or a pattern tested against it. */
  path?: string | RegExp;
}

export interface ChaosSpec {
  /** Share of authenticated requests that fail. */
  rate: number;
  statuses: number[];
  seed: number;
  /** Share of injected 5xx answers that come after the write happened (default 0). */
  commit?: number;
}

/** A small seeded PRNG, so a chaos run can be replayed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Stops a fake's server, dropping kept-alive connections; resolves at once when it is not listening. */
export function closeServer(server: Server): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (!server.listening) return resolve();
    server.close((err) => (err ? reject(err) : resolve()));
    server.closeAllConnections();
  });
}

export interface FakeServerOptions {
  /** Every request is recorded here as it arrives; its `status` once answered. */
  requests: RecordedRequest[];
  /** Answers one request, given its raw body text. */
  serve: (req: IncomingMessage, record: RecordedRequest, url: URL, raw: string) => Promise<FakeReply>;
  /** The reply when `serve` throws (a bug in the fake), in the API's own error shape. */
  crashed: (detail: string) => FakeReply;
  /** `content-type` of JSON replies (string bodies go out as text/html). */
  jsonContentType: string;
  /** Headers the API sends on every reply (before the reply's own). */
  headers?: () => Record<string, string>;
}

/** A CRM fake's HTTP server on a free loopback port: records each request, lets `serve` answer it. */
export async function startFakeServer(opts: FakeServerOptions): Promise<{ server: Server; baseUrl: string }> {
  return listen(opts.requests, (req, res, url, record, raw) => {
    opts
      .serve(req, record, url, raw)
      .catch((err: unknown) => opts.crashed(crashDetail(err)))
      .then((reply) => {
        record.status = reply.status;
        const text = typeof reply.body === 'string';
        res.writeHead(reply.status, { 'content-type': text ? 'text/html; charset=utf-8' : opts.jsonContentType, ...opts.headers?.(), ...reply.headers });
        res.end(reply.body === undefined ? '' : text ? (reply.body as string) : JSON.stringify(reply.body));
      })
      .catch(() => res.destroy());
  });
}

/**
 * A fake's HTTP server for answers `startFakeServer` cannot give (bytes, Range): `handle` writes the
 * answer itself, given the request's body text. Each request is recorded, with the status it got once
 * answered; a `handle` that throws (a bug in the fake) is answered with `crashed`'s JSON reply.
 */
export async function startRawFakeServer(opts: {
  requests: RecordedRequest[];
  handle: (req: IncomingMessage, res: ServerResponse, url: URL, record: RecordedRequest, raw: string) => void | Promise<void>;
  crashed?: (detail: string) => FakeReply;
}): Promise<{ server: Server; baseUrl: string }> {
  const crashed = opts.crashed ?? ((detail: string): FakeReply => ({ status: 500, body: { message: detail } }));
  return listen(opts.requests, (req, res, url, record, raw) => {
    res.on('finish', () => (record.status = res.statusCode));
    Promise.resolve()
      .then(() => opts.handle(req, res, url, record, raw))
      .catch((err: unknown) => {
        const reply = crashed(crashDetail(err));
        if (res.headersSent) return void res.destroy();
        res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
        res.end(JSON.stringify(reply.body));
      });
  });
}

const crashDetail = (err: unknown) => `fake crashed: ${err instanceof Error ? err.stack : String(err)}`;

/** Listens on a free loopback port; records each request as it arrives and answers it once its body is in. */
async function listen(
  requests: RecordedRequest[],
  answer: (req: IncomingMessage, res: ServerResponse, url: URL, record: RecordedRequest, raw: string) => void,
): Promise<{ server: Server; baseUrl: string }> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, [v ?? ''].flat().join(', ')])),
      body: undefined,
    };
    requests.push(record);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => answer(req, res, url, record, Buffer.concat(chunks).toString('utf8')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, baseUrl: `http://127.0.0.1:${port}` };
}

/** True when `r` is one of the requests `m` names (any request, without `m`). */
export function requestMatches(m: RequestMatch | undefined, r: RecordedRequest): boolean {
  return !m || ((!m.method || m.method === r.method) && (!m.path || (typeof m.path === 'string' ? m.path === r.path : m.path.test(r.path))));
}

/** Injected failures, in order: each spec fails the next `n` requests it matches (see `requestMatches`). */
export function failureQueue<S extends { status: number; match?: RequestMatch }>() {
  const queue: { left: number; spec: S }[] = [];
  return {
    push(n: number, spec: S): void {
      queue.push({ left: n, spec });
    },
    /** The failure due for this request, if any (counting it down), else null. */
    take(record: RecordedRequest): S | null {
      const i = queue.findIndex((f) => requestMatches(f.spec.match, record));
      const entry = queue[i];
      if (!entry) return null;
      if (--entry.left <= 0) queue.splice(i, 1);
      return entry.spec;
    },
  };
}
