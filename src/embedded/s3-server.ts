import { randomBytes } from 'node:crypto';
import { chmod, mkdir } from 'node:fs/promises';
import type { IncomingMessage, Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import S3rver from 's3rver';
import { makeS3rverConsistent } from './s3rver-consistency.ts';
import { abortMultipartUploads, sweepStaleUploads } from './s3rver-multipart-cleanup.ts';
import { makeS3rverOwnerOnly } from './s3rver-owner-only.ts';
import { checkPostPolicy, checkSigV4, policyKey, type S3Credentials } from './s3-signature.ts';

export interface EmbeddedS3 {
  endpoint: string;
  credentials: S3Credentials;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);
const S3Error = require('s3rver/lib/models/error.js') as new (code: string, message: string, detail?: Record<string, string>) => Error;
const { DUMMY_ACCOUNT } = require('s3rver/lib/models/account.js') as {
  DUMMY_ACCOUNT: { createKeyPair(id: string, secret: string): void; revokeAccessKey(id: string): void };
};

/** A multipart upload nothing has written to for this long was abandoned: its parts are removed. */
const STALE_UPLOAD_MS = 60 * 60 * 1000;
/** How often abandoned multipart uploads are looked for, besides at start. */
const SWEEP_EVERY_MS = 10 * 60 * 1000;
/** How long a stop lets requests under way finish before it cuts their connections. */
const STOP_GRACE_MS = 1000;

/** The form fields of a browser upload come before its file; more than this before the file is refused. */
const MAX_FORM_PREFIX_BYTES = 64 * 1024;

interface KoaContext {
  method: string;
  req: IncomingMessage;
}
type KoaMiddleware = (ctx: KoaContext, next: () => Promise<unknown>) => Promise<unknown>;

/**
 * An S3-compatible server on loopback (s3rver), keeping objects under `directory`, for the demo and
 * the tests. It speaks the S3 REST API, so the same S3 adapter runs against it as against AWS or MinIO.
 *
 * Only whoever holds this run's credentials (random per start) gets in: every request must carry an
 * AWS Signature Version 4 made with them (header or presigned URL), and a browser upload a presigned
 * POST policy signed with them for the key it uploads (s3rver itself lets unsigned requests through and
 * does not check V4 signatures). It listens on 127.0.0.1 only, and its directory and files are the
 * owner's alone (0700 / 0600).
 *
 * Multipart uploads do not pile up: an aborted one is removed (s3rver itself refuses the abort), and one
 * left unfinished and untouched for `uploads.staleAfterMs` (an hour) is removed at start and by a sweep
 * every `uploads.sweepEveryMs` (10 minutes).
 */
export async function startEmbeddedS3(
  directory: string,
  buckets: string[],
  /** To start it again where it was (same objects, port and credentials), pass the earlier run's. */
  again?: { credentials: S3Credentials; port: number },
  uploads: { staleAfterMs?: number; sweepEveryMs?: number } = {},
): Promise<EmbeddedS3> {
  await mkdir(directory, { recursive: true, mode: 0o700 });
  await chmod(directory, 0o700);
  const credentials: S3Credentials = again?.credentials ?? { accessKeyId: `CS${randomBytes(9).toString('hex').toUpperCase()}`, secretAccessKey: randomBytes(30).toString('base64url') };
  const server = new S3rver({
    address: '127.0.0.1',
    port: again?.port ?? 0,
    directory,
    silent: true,
    configureBuckets: buckets.map((name) => ({ name, configs: [] })),
  });
  const { store } = server as unknown as { store: Parameters<typeof makeS3rverConsistent>[0] & Parameters<typeof makeS3rverOwnerOnly>[0] & Parameters<typeof sweepStaleUploads>[0] };
  makeS3rverConsistent(store);
  makeS3rverOwnerOnly(store, directory);
  // s3rver looks the access key up in its account registry once our check has passed.
  DUMMY_ACCOUNT.createKeyPair(credentials.accessKeyId, credentials.secretAccessKey);
  const { middleware } = server as unknown as { middleware: KoaMiddleware[] };
  // Last but one: after s3rver's path rewriting, before its router (which refuses the abort).
  middleware.splice(middleware.length - 1, 0, abortMultipartUploads(store) as unknown as KoaMiddleware);
  middleware.unshift(requireSignature(credentials));
  const staleAfterMs = uploads.staleAfterMs ?? STALE_UPLOAD_MS;
  // Best effort: a sweep that fails (a file gone meanwhile, a full disk) is tried again at the next.
  const sweep = () => sweepStaleUploads(store, buckets, staleAfterMs).catch(() => 0);
  await sweep();
  const sweeper = setInterval(sweep, uploads.sweepEveryMs ?? SWEEP_EVERY_MS);
  sweeper.unref();
  let port: number;
  try {
    ({ port } = (await server.run()) as AddressInfo);
  } catch (err) {
    clearInterval(sweeper);
    throw err;
  }
  return {
    endpoint: `http://127.0.0.1:${port}`,
    credentials,
    stop: async () => {
      clearInterval(sweeper);
      const { httpServer } = server as unknown as { httpServer: Server };
      const closed = server.close();
      httpServer.closeIdleConnections();
      // A response nobody reads any more (a download by a job stopped mid-way) would hold the close, and so the
      // process, forever: after a moment every connection still open is cut.
      const cut = setTimeout(() => httpServer.closeAllConnections(), STOP_GRACE_MS);
      try {
        await closed;
      } finally {
        clearTimeout(cut);
      }
      DUMMY_ACCOUNT.revokeAccessKey(credentials.accessKeyId);
    },
  };
}

/** Refuses (403 AccessDenied) every request not signed with `credentials`. */
function requireSignature(credentials: S3Credentials): KoaMiddleware {
  return async (ctx, next) => {
    const { req } = ctx;
    const boundary = formBoundary(req);
    const refused = boundary && isBrowserUpload(req) ? await checkBrowserUpload(req, boundary, credentials) : checkSigV4({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers }, credentials);
    if (refused) throw new S3Error('AccessDenied', `Access Denied: ${refused}.`);
    return next();
  };
}

/** A presigned POST: a multipart form to the bucket, its signature in the form rather than the request. */
function isBrowserUpload(req: IncomingMessage): boolean {
  return req.method === 'POST' && !req.headers.authorization && !(req.url ?? '').includes('X-Amz-Algorithm=');
}

function formBoundary(req: IncomingMessage): string | null {
  const type = req.headers['content-type'] ?? '';
  const m = /^multipart\/form-data;.*\bboundary=(?:"([^"]+)"|([^;\s]+))/i.exec(type);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** Reads the form's fields (leaving the body for s3rver to read), checks their policy and that it pins the key uploaded. */
async function checkBrowserUpload(req: IncomingMessage, boundary: string, credentials: S3Credentials): Promise<string | null> {
  const prefix = await peekUntilFile(req, boundary);
  if (!prefix) return 'the upload form has no file after its fields';
  const fields = formFields(prefix, boundary);
  const checked = checkPostPolicy(fields, credentials);
  if ('refused' in checked) return checked.refused;
  const key = policyKey(checked.conditions);
  if (key === null || key !== fields.key) return 'the upload policy does not pin the key uploaded';
  return null;
}

/**
 * Reads the request until the file part's headers end, then puts what it read back, so the server
 * reads the whole body. Null when the body ends, or grows past MAX_FORM_PREFIX_BYTES, first.
 */
function peekUntilFile(req: IncomingMessage, boundary: string): Promise<string | null> {
  const fileHeader = new RegExp(`--${escapeRegExp(boundary)}\\r\\n[^]*?name="file"[^]*?\\r\\n\\r\\n`);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const finish = (text: string | null, putBack: boolean) => {
      req.off('readable', onReadable);
      req.off('end', onEnd);
      req.off('error', reject);
      if (putBack) req.unshift(Buffer.concat(chunks));
      resolve(text);
    };
    const onReadable = () => {
      let chunk: Buffer | null;
      while ((chunk = req.read() as Buffer | null) !== null) {
        chunks.push(chunk);
        const text = Buffer.concat(chunks).toString('latin1');
        const m = fileHeader.exec(text);
        if (m) return finish(text.slice(0, m.index + m[0].length), true);
        if (text.length > MAX_FORM_PREFIX_BYTES) return finish(null, false);
      }
    };
    const onEnd = () => finish(null, false);
    req.on('readable', onReadable);
    req.once('end', onEnd);
    req.once('error', reject);
  });
}

/** The named fields of a multipart form, up to its file part. */
function formFields(prefix: string, boundary: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const part of prefix.split(`--${boundary}`)) {
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) continue;
    const name = /name="([^"]*)"/.exec(part.slice(0, split))?.[1];
    if (!name || name === 'file') continue;
    fields[name] = Buffer.from(part.slice(split + 4).replace(/\r\n$/, ''), 'latin1').toString('utf8');
  }
  return fields;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
