import { Readable } from 'node:stream';
import type { GuardedFetch } from '../../src/ports/telephony-source.ts';

/**
 * A GuardedFetch with none of the guards (global fetch, redirects followed): for adapter tests that
 * check what an adapter asks of its provider, not the guards themselves (see guarded-fetch tests).
 * `seen` records each request's URL and headers.
 */
export function plainGuardedFetch(seen: { url: string; method: string; headers: Record<string, string> }[] = []): GuardedFetch {
  return async (url, init = {}) => {
    seen.push({ url, method: init.method ?? 'GET', headers: init.headers ?? {} });
    const res = await fetch(url, { method: init.method ?? 'GET', headers: init.headers, body: init.body });
    const headers: Record<string, string> = {};
    res.headers.forEach((v, k) => (headers[k] = v));
    const body = res.body ? Readable.fromWeb(res.body as import('node:stream/web').ReadableStream) : Readable.from([]);
    return {
      status: res.status,
      headers,
      body,
      async json() {
        const chunks: Buffer[] = [];
        for await (const c of body) chunks.push(Buffer.from(c as Buffer));
        return JSON.parse(Buffer.concat(chunks).toString('utf8'));
      },
    };
  };
}
