import { createPrivateKey, sign, type KeyObject } from 'node:crypto';

/**
 * Salesforce's OAuth 2.0 JWT bearer flow (api-contracts.md §2): the service signs a short-lived assertion with the
 * private key of the certificate uploaded to the connected app, and trades it at the login host for an access token.
 * The key never leaves the process; only the signed assertion does.
 */
export const JWT_BEARER_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** Salesforce wants `exp` no more than 3 minutes ahead; an assertion is signed for each token request, so it never needs longer. */
export const ASSERTION_LIFETIME_SEC = 180;

export const DEFAULT_LOGIN_URL = 'https://login.salesforce.com';
const SANDBOX_LOGIN_URL = 'https://test.salesforce.com';

/**
 * The audience of an assertion posted to `loginUrl`. Salesforce accepts only its login hosts there
 * (https://login.salesforce.com, or https://test.salesforce.com for sandboxes and scratch orgs), also when the assertion
 * is posted to the org's My Domain, which answers "audience is invalid" to its own URL. Any other URL (a proxy, a
 * local stand-in) is its own audience.
 */
export function audienceOf(loginUrl: string): string {
  const host = new URL(loginUrl).hostname;
  if (!host.endsWith('.my.salesforce.com')) return loginUrl;
  // Sandboxes are `org--name.sandbox.my.salesforce.com` (before enhanced domains `org--name.my.salesforce.com`).
  const sandbox = host.endsWith('.sandbox.my.salesforce.com') || host.endsWith('.scratch.my.salesforce.com') || host.split('.')[0]!.includes('--');
  return sandbox ? SANDBOX_LOGIN_URL : DEFAULT_LOGIN_URL;
}

export interface AssertionClaims {
  /** The connected app's Consumer Key. */
  clientId: string;
  /** The integration user's Salesforce username. */
  username: string;
  /** login.salesforce.com or test.salesforce.com (see audienceOf). */
  audience: string;
  now: Date;
}

/** `header.claims.signature`, RS256 (RSA PKCS#1 v1.5 with SHA-256), each part base64url without padding. */
export function signAssertion(key: KeyObject, c: AssertionClaims): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const exp = Math.floor(c.now.getTime() / 1000) + ASSERTION_LIFETIME_SEC; // seconds, not milliseconds
  const signed = `${part({ alg: 'RS256' })}.${part({ iss: c.clientId, sub: c.username, aud: c.audience, exp })}`;
  return `${signed}.${sign('sha256', Buffer.from(signed), key).toString('base64url')}`;
}

const OPENSSL_NEW_KEY = 'openssl req -x509 -newkey rsa:2048 -nodes -days 730 -keyout salesforce.key -out salesforce.crt';

/**
 * The RSA private key in `text` (PEM; a value written on one line with `\n` escapes is read too), or what is wrong
 * with it. `from` names the setting in the message; the key itself never appears in one.
 */
export function privateKeyOf(text: string, from: string): { key: KeyObject } | { problem: string } {
  const pem = text.includes('\n') ? text : text.replaceAll('\\n', '\n');
  if (pem.includes('-----BEGIN CERTIFICATE-----')) {
    return { problem: `${from} holds a certificate: that goes to the connected app (Use digital signatures). Set the private key the certificate was made with` };
  }
  if (/-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type:\s*4,ENCRYPTED/.test(pem)) {
    return { problem: `${from} is encrypted with a passphrase, which callscribe does not take: decrypt it with \`openssl pkey -in salesforce.key -out salesforce.plain.key\` and keep that file as secret as the key` };
  }
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    return {
      problem: `${from} is not a PEM private key (a block from -----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY----- to its END line). Make a key and certificate with \`${OPENSSL_NEW_KEY}\``,
    };
  }
  if (key.asymmetricKeyType !== 'rsa') {
    return { problem: `${from} is a key of type ${key.asymmetricKeyType ?? 'unknown'}; Salesforce verifies RS256 signatures, which need an RSA key: \`${OPENSSL_NEW_KEY}\`` };
  }
  return { key };
}

const APP = 'Setup → App Manager → the connected app (SALESFORCE_CLIENT_ID)';

/** What to fix for a refused JWT bearer token request, from Salesforce's `error` and `error_description`. */
export function jwtRefusalFix(error: string, description: string): string {
  const said = description.toLowerCase();
  if (error === 'invalid_client_id' || error === 'invalid_client') {
    return `Salesforce does not know SALESFORCE_CLIENT_ID: set it to the connected app's Consumer Key (${APP} → View → Manage Consumer Details)`;
  }
  if (error === 'invalid_app_access' || said.includes('approved')) {
    return (
      `Salesforce has no approval of the connected app for SALESFORCE_USERNAME. In ${APP} → Manage → Edit Policies, set Permitted Users to ` +
      '"Admin approved users are pre-authorized", then add the integration user\'s profile or a permission set of theirs to the app. Check too that ' +
      'SALESFORCE_USERNAME is the username (not the e-mail) of an active user of that org: sandbox usernames end in the sandbox name, and a sandbox ' +
      'logs in at SALESFORCE_LOGIN_URL=https://test.salesforce.com'
    );
  }
  if (said.includes('invalid assertion') || said.includes('signature')) {
    return (
      `Salesforce could not verify the signed assertion with the connected app's certificate: SALESFORCE_PRIVATE_KEY must be the private key of the certificate ` +
      `uploaded under "Use digital signatures" in ${APP} → Edit (upload the certificate again after making a new key)`
    );
  }
  if (said.includes('audience')) {
    return 'Salesforce refused the assertion\'s audience: set SALESFORCE_LOGIN_URL to https://login.salesforce.com (production), https://test.salesforce.com (sandbox) or the org\'s My Domain URL';
  }
  if (said.includes('expired')) {
    return 'Salesforce found the assertion expired although it is signed for 3 minutes: the clock of this host is off. Synchronise it (NTP)';
  }
  return (
    `Salesforce refused the JWT bearer flow. Check in ${APP} that OAuth is enabled with "Use digital signatures" and the certificate of SALESFORCE_PRIVATE_KEY, ` +
    'that the integration user (SALESFORCE_USERNAME) is active and pre-authorized for the app, and that SALESFORCE_LOGIN_URL is the login host of that org'
  );
}
