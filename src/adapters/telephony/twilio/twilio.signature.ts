import { createHash, createHmac } from 'node:crypto';
import { parse as parseLegacyQuery, stringify as stringifyLegacyQuery } from 'node:querystring';
import { constantTimeEqual } from '../webhook-utils.ts';

/**
 * Twilio's webhook signature (`X-Twilio-Signature`), checked the way Twilio's own helper
 * (`twilio` npm, `webhooks.validateRequest` / `validateRequestWithBody`) checks it:
 * base64(HMAC-SHA1(authToken, url + key1 + value1 + key2 + value2 …)) with the keys sorted, a
 * repeated key's values deduplicated and sorted. The URL is tried as received with and without its
 * port, then as `new URL()` normalises it (with and without the port, and with the query re-encoded
 * by the legacy `querystring` module), because back ends disagree on the string Twilio signed.
 */

/** Form parameters as Twilio sent them: a key repeated in the body has several values. */
export type TwilioParams = Record<string, string | string[]>;

/** The signature Twilio computes for a URL and its form parameters. */
export function twilioSignature(authToken: string, url: string, params: TwilioParams): string {
  let data = url;
  for (const key of Object.keys(params).sort()) {
    const value = params[key]!;
    const values = Array.isArray(value) ? [...new Set(value)].sort() : [value];
    for (const v of values) data += key + v;
  }
  return createHmac('sha1', authToken).update(Buffer.from(data, 'utf8')).digest('base64');
}

/** Whether `signature` is the one Twilio makes for one of the URL forms it may have signed. */
export function twilioSignatureMatches(authToken: string, signature: string, url: string, params: TwilioParams): boolean {
  const matches = (candidate: string) => constantTimeEqual(signature, twilioSignature(authToken, candidate, params));
  if ([withoutPort(url), withDefaultPort(url)].some(matches)) return true;
  let normalized: string;
  try {
    normalized = new URL(url).toString();
  } catch {
    return false;
  }
  const bare = withoutPort(normalized);
  const ported = withDefaultPort(normalized);
  return [bare, ported, withLegacyQuery(bare), withLegacyQuery(ported)].some(matches);
}

/**
 * A JSON delivery: the signature covers the URL alone (no parameters), and the URL's `bodySHA256`
 * query parameter must be the SHA-256 (hex) of the body's bytes.
 */
export function twilioBodyMatches(rawBody: Buffer, url: string): boolean {
  let declared: string;
  try {
    declared = new URL(url).searchParams.get('bodySHA256') ?? '';
  } catch {
    return false;
  }
  return constantTimeEqual(declared, createHash('sha256').update(rawBody).digest('hex'));
}

/** The URL's parts, split without normalising anything (`new URL` would re-encode the path and query). */
function splitUrl(url: string) {
  const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)/i.exec(url);
  if (!match) return null;
  const [prefix, scheme, authority] = match as unknown as [string, string, string];
  const userEnd = authority.lastIndexOf('@');
  const hostAndPort = authority.slice(userEnd + 1);
  // In an IPv6 literal the port's colon comes after the closing bracket.
  const portAt = hostAndPort.indexOf(':', hostAndPort.lastIndexOf(']') + 1);
  return {
    scheme,
    userInfo: authority.slice(0, userEnd + 1),
    host: portAt === -1 ? hostAndPort : hostAndPort.slice(0, portAt),
    port: portAt === -1 ? '' : hostAndPort.slice(portAt),
    rest: url.slice(prefix.length),
  };
}

function withDefaultPort(url: string): string {
  const parts = splitUrl(url);
  if (!parts || parts.port) return url;
  const port = parts.scheme.toLowerCase() === 'https://' ? ':443' : ':80';
  return parts.scheme + parts.userInfo + parts.host + port + parts.rest;
}

/** Drops any port, default or not: Twilio's helper accepts a signature made without it. */
function withoutPort(url: string): string {
  const parts = splitUrl(url);
  return parts ? parts.scheme + parts.userInfo + parts.host + parts.rest : url;
}

function withLegacyQuery(url: string): string {
  const at = url.indexOf('?');
  if (at === -1 || at === url.length - 1) return url;
  return url.slice(0, at) + '?' + stringifyLegacyQuery(parseLegacyQuery(url.slice(at + 1)));
}
