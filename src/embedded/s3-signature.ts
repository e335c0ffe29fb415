import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** The one key pair the embedded S3 server accepts. */
export interface S3Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

/** What is needed of a request to check its signature: the raw target (`/bucket/key?query`) and headers as Node gives them. */
export interface SignedRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

const ALGORITHM = 'AWS4-HMAC-SHA256';
/** How far a signed request's x-amz-date may be from our clock (what S3 allows). */
const CLOCK_SKEW_MS = 15 * 60_000;

/**
 * Checks an AWS Signature Version 4 on a request to the embedded S3 server, in the Authorization
 * header or in the query (a presigned URL). Returns null when it was made with `credentials`, else
 * why not. Unsigned requests are refused. The payload is taken as its x-amz-content-sha256 says (the
 * body is not hashed again): the signature proves who sent the request, which is what this guards.
 */
export function checkSigV4(req: SignedRequest, credentials: S3Credentials, now = new Date()): string | null {
  const [path = '/', rawQuery = ''] = splitTarget(req.url);
  const query = parseQuery(rawQuery);
  const header = single(req.headers.authorization);
  const presigned = query.some(([k]) => k === 'X-Amz-Algorithm');
  if (!header && !presigned) return 'the request is not signed';
  if (header && presigned) return 'the request is signed twice';

  let credential: string, signedHeaders: string, signature: string, amzDate: string, payloadHash: string;
  if (header) {
    const match = /^AWS4-HMAC-SHA256 Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})$/.exec(header.trim());
    if (!match) return 'the Authorization header is not an AWS Signature Version 4';
    [, credential, signedHeaders, signature] = match as unknown as [string, string, string, string];
    amzDate = single(req.headers['x-amz-date']) ?? '';
    payloadHash = single(req.headers['x-amz-content-sha256']) ?? '';
    if (!payloadHash) return 'x-amz-content-sha256 is missing';
  } else {
    const get = (name: string) => query.find(([k]) => k === name)?.[1] ?? '';
    if (get('X-Amz-Algorithm') !== ALGORITHM) return 'the presigned URL is not an AWS Signature Version 4';
    [credential, signedHeaders, signature, amzDate] = [get('X-Amz-Credential'), get('X-Amz-SignedHeaders'), get('X-Amz-Signature'), get('X-Amz-Date')];
    payloadHash = 'UNSIGNED-PAYLOAD';
    const expires = Number(get('X-Amz-Expires'));
    const signedAt = parseAmzDate(amzDate);
    if (!Number.isFinite(expires) || signedAt === null || now.getTime() > signedAt + expires * 1000) return 'the presigned URL has expired';
  }

  const [accessKeyId, ...scopeParts] = credential.split('/');
  if (accessKeyId !== credentials.accessKeyId) return 'the request is signed with another access key';
  if (scopeParts.length !== 4 || scopeParts[3] !== 'aws4_request') return 'the credential scope is malformed';
  const signedAt = parseAmzDate(amzDate);
  if (signedAt === null) return 'x-amz-date is missing or malformed';
  if (header && Math.abs(now.getTime() - signedAt) > CLOCK_SKEW_MS) return 'the request was signed too long ago';

  const names = signedHeaders.split(';');
  if (!names.includes('host')) return 'the host header is not signed';
  const canonicalHeaders = names.map((name) => `${name}:${headerValue(req.headers[name])}\n`).join('');
  const canonicalQuery = query
    .filter(([k]) => k !== 'X-Amz-Signature')
    .map(([k, v]) => [escape(k), escape(v)] as const)
    .sort(([ak, av], [bk, bv]) => (ak === bk ? compare(av, bv) : compare(ak, bk)))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const canonicalRequest = [req.method.toUpperCase(), path, canonicalQuery, canonicalHeaders, signedHeaders, payloadHash].join('\n');
  const scope = scopeParts.join('/');
  const expected = hmac(signingKey(credentials.secretAccessKey, scopeParts), stringToSign(amzDate, scope, canonicalRequest)).toString('hex');
  return sameHex(expected, signature) ? null : 'the signature does not match';
}

/**
 * Checks the signature of a browser upload (a presigned POST): `fields` are the form's fields before
 * the file. Returns the policy's conditions when the policy was signed with `credentials` and has not
 * expired, else why not.
 */
export function checkPostPolicy(
  fields: Record<string, string>,
  credentials: S3Credentials,
  now = new Date(),
): { conditions: unknown[] } | { refused: string } {
  const field = (name: string) => Object.entries(fields).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1] ?? '';
  if (field('x-amz-algorithm') !== ALGORITHM) return { refused: 'the upload form is not signed with AWS Signature Version 4' };
  const [accessKeyId, ...scopeParts] = field('x-amz-credential').split('/');
  if (accessKeyId !== credentials.accessKeyId) return { refused: 'the upload form is signed with another access key' };
  if (scopeParts.length !== 4) return { refused: 'the credential scope is malformed' };
  const policy = field('policy');
  const expected = hmac(signingKey(credentials.secretAccessKey, scopeParts), policy).toString('hex');
  if (!sameHex(expected, field('x-amz-signature'))) return { refused: 'the upload form signature does not match' };
  let parsed: { expiration?: unknown; conditions?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(policy, 'base64').toString('utf8')) as typeof parsed;
  } catch {
    return { refused: 'the upload policy is not JSON' };
  }
  const expiration = Date.parse(String(parsed.expiration));
  if (!Number.isFinite(expiration) || now.getTime() > expiration) return { refused: 'the upload policy has expired' };
  return { conditions: Array.isArray(parsed.conditions) ? parsed.conditions : [] };
}

/** The key a presigned POST's policy pins (`{ key }` or `["eq", "$key", …]`), or null when it pins none. */
export function policyKey(conditions: unknown[]): string | null {
  for (const c of conditions) {
    if (c && typeof c === 'object' && !Array.isArray(c) && typeof (c as { key?: unknown }).key === 'string') return (c as { key: string }).key;
    if (Array.isArray(c) && c[0] === 'eq' && c[1] === '$key' && typeof c[2] === 'string') return c[2];
  }
  return null;
}

function signingKey(secret: string, [date, region, service, terminator]: string[]): Buffer {
  const kDate = hmac(`AWS4${secret}`, date ?? '');
  return hmac(hmac(hmac(kDate, region ?? ''), service ?? ''), terminator ?? '');
}

const stringToSign = (amzDate: string, scope: string, canonicalRequest: string) =>
  [ALGORITHM, amzDate, scope, createHash('sha256').update(canonicalRequest).digest('hex')].join('\n');

const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

function splitTarget(url: string): [string, string] {
  const i = url.indexOf('?');
  return i < 0 ? [url, ''] : [url.slice(0, i), url.slice(i + 1)];
}

function parseQuery(raw: string): [string, string][] {
  if (!raw) return [];
  return raw.split('&').filter(Boolean).map((pair) => {
    const i = pair.indexOf('=');
    const decode = (s: string) => decodeURIComponent(s.replace(/\+/g, '%20'));
    return i < 0 ? [decode(pair), ''] : [decode(pair.slice(0, i)), decode(pair.slice(i + 1))];
  });
}

/** RFC 3986 encoding, as SigV4 canonicalises query keys and values. */
const escape = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value;
}

function headerValue(value: string | string[] | undefined): string {
  return (single(value) ?? '').trim().replace(/\s+/g, ' ');
}

/** `20261117T150000Z` → epoch ms, or null. */
function parseAmzDate(value: string): number | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])) : null;
}
