import type { FastifyRequest } from 'fastify';

/**
 * How long the HTTP server waits on a client. A request body is cut off when the socket is idle,
 * not after a fixed total, so a big recording on a slow but steady link still arrives, while a client
 * that stops sending mid-body is dropped within `idleMs` (and its half-written upload aborted).
 */
export interface HttpTimeouts {
  /** A socket with no bytes either way for this long is closed (fastify `connectionTimeout`). */
  idleMs: number;
  /** The whole request, headers and body, must arrive within this (fastify `requestTimeout`). */
  requestMs: number;
  /** The idle limit once the body is in and the server works on it (copying, hashing a recording). */
  workMs: number;
}

/**
 * A minute of silence: a sending client never pauses that long (mobile hand-overs take seconds), and
 * it matches Node's own wait for the request headers.
 */
const IDLE_MS = 60_000;
/** The slowest upload link served in full: 1 Mbit/s, a poor mobile uplink. */
const SLOWEST_LINK_BYTES_PER_SEC = 128 * 1024;
/** Never less than this for a whole request, whatever the upload limit. */
const MIN_REQUEST_MS = 5 * 60_000;
/** Storage copying or reading back a recording of the largest size, with room to spare. */
const WORK_MS = 10 * 60_000;

/**
 * The timeouts for an upload limit: the total allows the largest recording over the slowest link
 * (500 MiB at 1 Mbit/s is about 68 minutes), never under 5 minutes. Tests shorten them.
 */
export function httpTimeouts(maxUploadBytes: number, overrides: Partial<HttpTimeouts> = {}): HttpTimeouts {
  return {
    idleMs: IDLE_MS,
    requestMs: Math.max(MIN_REQUEST_MS, Math.ceil(maxUploadBytes / SLOWEST_LINK_BYTES_PER_SEC) * 1000),
    workMs: WORK_MS,
    ...overrides,
  };
}

/** Once the body is in, the client waits for the answer: let the socket sit idle while the server works. */
export function allowWork(request: FastifyRequest, timeouts: HttpTimeouts): void {
  const socket = request.raw.socket as { setTimeout?: (ms: number) => unknown } | undefined;
  // `app.inject()` requests have no real socket.
  if (typeof socket?.setTimeout === 'function') socket.setTimeout(timeouts.workMs);
}
