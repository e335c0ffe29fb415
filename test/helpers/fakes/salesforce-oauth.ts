import { X509Certificate, createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FakeReply, RecordedRequest } from './fake-server.ts';

/**
 * The Salesforce fake's OAuth token endpoint, `POST /services/oauth2/token` (api-contracts.md §2): the client-credentials
 * and JWT bearer grants with a form body, Salesforce's `{error, error_description}` refusals, and no `expires_in`.
 */

/** The connected app and org the endpoint issues sessions for. */
export interface OAuthOrg {
  clientId: string;
  clientSecret: string;
  jwt: Omit<JwtApp, 'clientId' | 'audience'>;
  /** The fake's URL: the login host (the assertions' audience) and the instance in its answers. */
  baseUrl: () => string;
  integrationUserId: () => string;
  /** Makes a session valid for the API and returns its token. */
  newSession: (flow: 'cc' | 'jwt') => string;
}

export function tokenEndpoint(org: OAuthOrg): (req: IncomingMessage, record: RecordedRequest, raw: string) => FakeReply {
  return (req, record, raw) => {
    if (record.method !== 'POST') return refusal('invalid_request', 'must use HTTP POST');
    if (!String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) return refusal('unsupported_grant_type', 'grant type not supported');
    const form = Object.fromEntries(new URLSearchParams(raw));
    record.body = form;
    const baseUrl = org.baseUrl();
    const id = `${baseUrl}/id/00DFAKE000000000AAA/${org.integrationUserId()}`;
    if (form.grant_type === 'urn:ietf:params:oauth:grant-type:jwt-bearer') {
      const judged = judgeAssertion(form.assertion, { ...org.jwt, clientId: org.clientId, audience: baseUrl }, Date.now());
      if ('reply' in judged) return judged.reply;
      // No refresh token, issued_at or signature in this flow's answer.
      return { status: 200, body: { access_token: org.newSession('jwt'), scope: 'api', instance_url: baseUrl, id, token_type: 'Bearer' } };
    }
    if (form.grant_type !== 'client_credentials') return refusal('unsupported_grant_type', 'grant type not supported');
    if (form.client_id !== org.clientId) return refusal('invalid_client_id', 'client identifier invalid');
    if (form.client_secret !== org.clientSecret) return refusal('invalid_client', 'invalid client credentials');
    const token = org.newSession('cc');
    const issuedAt = String(Date.now());
    const signature = Buffer.from(`${issuedAt}:${token}`).toString('base64');
    return { status: 200, body: { access_token: token, instance_url: baseUrl, id, token_type: 'Bearer', scope: 'api', issued_at: issuedAt, signature } };
  };
}

/**
 * How Salesforce's token endpoint judges a JWT bearer assertion (api-contracts.md §2; help.salesforce.com
 * remoteaccess_oauth_jwt_flow): RS256 signed with the key of the certificate uploaded to the connected app, iss its
 * Consumer Key, aud the login URL, exp in seconds and at most 3 minutes ahead, sub a user pre-authorized for the app.
 * The signature is checked by node:crypto's `verify`, the oracle, never by the adapter's own code.
 */

/** The connected app's side of the flow. */
export interface JwtApp {
  clientId: string;
  /** The public key of its "Use digital signatures" certificate; null: the app has none. */
  publicKey: KeyObject | null;
  /** The audience the login host accepts: its own URL. */
  audience: string;
  /** Usernames pre-authorized for the app ("Admin approved users are pre-authorized" plus their profile or permission set). */
  approvedUsers: ReadonlySet<string>;
}

/** Salesforce wants `exp` at most this far ahead. */
export const MAX_ASSERTION_LIFE_MS = 3 * 60_000;

const refusal = (error: string, description: string): FakeReply => ({ status: 400, body: { error, error_description: description } });
const invalidAssertion = () => refusal('invalid_grant', 'invalid assertion');

/** The public key of a PEM certificate or PEM public key. */
export function publicKeyOf(key: KeyObject | string): KeyObject {
  if (typeof key !== 'string') return key;
  return key.includes('-----BEGIN CERTIFICATE-----') ? new X509Certificate(key).publicKey : createPublicKey(key);
}

function decodePart(part: string | undefined): Record<string, unknown> | null {
  if (!part || !/^[A-Za-z0-9_-]+$/.test(part)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The username the assertion is good for, or Salesforce's refusal. `now` is the login host's clock. */
export function judgeAssertion(assertion: string | undefined, app: JwtApp, now: number): { username: string } | { reply: FakeReply } {
  const parts = (assertion ?? '').split('.');
  const header = decodePart(parts[0]);
  const claims = decodePart(parts[1]);
  if (parts.length !== 3 || !header || !claims || header.alg !== 'RS256') return { reply: invalidAssertion() };
  if (claims.iss !== app.clientId) return { reply: refusal('invalid_client_id', 'client identifier invalid') };
  const signature = Buffer.from(parts[2]!, 'base64url');
  if (!app.publicKey || !verify('sha256', Buffer.from(`${parts[0]}.${parts[1]}`), app.publicKey, signature)) return { reply: invalidAssertion() };
  if (claims.aud !== app.audience) return { reply: refusal('invalid_grant', 'audience is invalid') };
  // exp is seconds since the epoch. Past, or further ahead than Salesforce allows (milliseconds given for seconds land
  // here), the assertion is refused; Salesforce's answer to an expired one is this, and the fake gives it for both.
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= now || claims.exp * 1000 > now + MAX_ASSERTION_LIFE_MS) {
    return { reply: refusal('invalid_grant', 'expired authorization code') };
  }
  if (typeof claims.sub !== 'string' || !app.approvedUsers.has(claims.sub)) return { reply: refusal('invalid_grant', "user hasn't approved this consumer") };
  return { username: claims.sub };
}
