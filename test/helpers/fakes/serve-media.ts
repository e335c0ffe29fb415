import type { IncomingMessage, ServerResponse } from 'node:http';

/** How the fakes serve recording bytes: whole, or one `Range` as RFC 9110 has it. */

/** Parses one `bytes=` range against a size; null for an unsatisfiable one, undefined when absent or malformed (serve it whole). */
export function byteRange(header: string | undefined, size: number): { start: number; end: number } | null | undefined {
  const m = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    return suffix === 0 || size === 0 ? null : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (m[2] !== '' && Number(m[2]) < start) return undefined;
  return start >= size ? null : { start, end };
}

/**
 * Answers with `bytes` whole (200) or the one range asked for (206 + Content-Range); an unsatisfiable
 * range gets 416 with `Content-Range: bytes *\/size` and `unsatisfiable`'s body (empty by default).
 * HEAD gets the headers only. Returns the status.
 */
export function serveMedia(
  req: IncomingMessage,
  res: ServerResponse,
  bytes: Buffer,
  headers: Record<string, string>,
  unsatisfiable: { contentType?: string; body?: string } = {},
): number {
  const size = bytes.length;
  const base = { ...headers, 'accept-ranges': 'bytes' };
  const range = byteRange(req.headers.range, size);
  if (range === null) {
    res.writeHead(416, { ...base, ...(unsatisfiable.contentType && { 'content-type': unsatisfiable.contentType }), 'content-range': `bytes */${size}` });
    res.end(unsatisfiable.body);
    return 416;
  }
  const { start, end } = range ?? { start: 0, end: size - 1 };
  const status = range ? 206 : 200;
  res.writeHead(status, { ...base, 'content-length': String(end - start + 1), ...(range && { 'content-range': `bytes ${start}-${end}/${size}` }) });
  res.end(req.method === 'HEAD' ? undefined : bytes.subarray(start, end + 1));
  return status;
}
