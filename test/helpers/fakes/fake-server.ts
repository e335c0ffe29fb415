import type { Server } from 'node:http';

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
