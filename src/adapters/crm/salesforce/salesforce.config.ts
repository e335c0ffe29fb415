import type { KeyObject } from 'node:crypto';
import { z } from 'zod';
import { ConfigError } from '../../../config/config-error.ts';
import { defaultPhoneRegion, onReadRetry, readTries, requestTimeoutMs, retrySleep } from '../config-fields.ts';
import { StageKey } from '../../../domain/insights.ts';
import type { Logger } from '../../../logging/logger.ts';
import { DEFAULT_LOGIN_URL, privateKeyOf } from './salesforce.jwt.ts';

/**
 * Canonical stage → Salesforce `StageName`s of the standard sales process. The first name is the one written;
 * every name is read back as that key (so "Value Proposition" reads as presentationscheduled).
 */
export const DEFAULT_STAGE_MAP: Record<StageKey, string[]> = {
  appointmentscheduled: ['Prospecting'],
  qualifiedtobuy: ['Qualification'],
  presentationscheduled: ['Needs Analysis', 'Value Proposition'],
  decisionmakerboughtin: ['Id. Decision Makers', 'Perception Analysis'],
  contractsent: ['Negotiation/Review', 'Proposal/Price Quote'],
  closedwon: ['Closed Won'],
  closedlost: ['Closed Lost'],
};

const StageNames = z
  .union([z.string().trim().min(1), z.array(z.string().trim().min(1)).min(1)])
  .transform((v) => (typeof v === 'string' ? [v] : v));

const Credential = (fix: string) => z.string().trim().min(1, fix).optional();

/**
 * Settings of the Salesforce CRM adapter; the environment maps onto them (SALESFORCE_INSTANCE_URL, and
 * SALESFORCE_ACCESS_TOKEN, or SALESFORCE_CLIENT_ID + SALESFORCE_CLIENT_SECRET, or SALESFORCE_CLIENT_ID + SALESFORCE_USERNAME +
 * SALESFORCE_PRIVATE_KEY with an optional SALESFORCE_LOGIN_URL).
 */
export const SalesforceCrmConfig = z.object({
  /** The org's My Domain URL, e.g. https://acme.my.salesforce.com (the `instance_url` of the token response). */
  instanceUrl: z
    .url('set SALESFORCE_INSTANCE_URL to the org URL, e.g. https://acme.my.salesforce.com')
    .transform((u) => u.replace(/\/+$/, '')),
  /** A fixed OAuth access token of the integration user; when its session expires, a person sets a new one. */
  accessToken: Credential('set SALESFORCE_ACCESS_TOKEN to an OAuth access token of the integration user'),
  /** Client-credentials flow (instead of accessToken): the connected app's Consumer Key and Secret; callscribe gets and renews tokens itself. */
  clientId: Credential("set SALESFORCE_CLIENT_ID to the connected app's Consumer Key"),
  clientSecret: Credential("set SALESFORCE_CLIENT_SECRET to the connected app's Consumer Secret"),
  /** JWT bearer flow (with clientId, instead of a secret): the integration user's username, signed for with the connected app's certificate key. */
  username: Credential("set SALESFORCE_USERNAME to the integration user's username"),
  /** The RSA private key (PEM) of the certificate uploaded to the connected app; never logged. */
  privateKey: Credential('set SALESFORCE_PRIVATE_KEY to the PEM private key of the certificate uploaded to the connected app'),
  /** Where the JWT bearer flow gets tokens, and its assertions' audience (default https://login.salesforce.com). */
  loginUrl: z
    .url('set SALESFORCE_LOGIN_URL to https://login.salesforce.com, https://test.salesforce.com or the My Domain URL')
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  apiVersion: z
    .string()
    .regex(/^v\d{2,3}\.0$/, 'use a REST API version such as v62.0')
    .default('v62.0'),
  timeoutMs: requestTimeoutMs,
  defaultPhoneRegion,
  /** Per canonical key, the StageName(s) standing for it; replaces the default entry of that key (see DEFAULT_STAGE_MAP). */
  stageMap: z.partialRecord(StageKey, StageNames).default({}),
  /** External ID text field on Task holding the idempotency key; an admin creates it (see SALESFORCE_SETUP_REQUIRED). */
  keyField: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_]*__c$/, 'use the API name of a custom field, e.g. CallScribe_Key__c')
    .default('CallScribe_Key__c'),
  /** How long a REQUEST_LIMIT_EXCEEDED asks the queue to wait (Salesforce sends no Retry-After; the limit is a rolling 24 h). */
  rateLimitWaitMs: z.number().int().min(0).default(60_000),
  readTries,
  onReadRetry,
  sleep: retrySleep,
  fetch: z.custom<typeof fetch>((v) => typeof v === 'function', 'fetch must be a function').optional(),
  clock: z.custom<() => Date>((v) => typeof v === 'function', 'clock must be a function').optional(),
  /** Where the client-credentials flow warns of an instance_url it does not follow. */
  logger: z.custom<Pick<Logger, 'warn'>>((v) => typeof v === 'object' && v !== null && typeof (v as Logger).warn === 'function', 'logger must have warn()').optional(),
});
export type SalesforceCrmConfig = z.input<typeof SalesforceCrmConfig>;

/** How the adapter authenticates: exactly one of the three, decided when the config is parsed. */
export type SalesforceCredentials =
  | { kind: 'token'; accessToken: string }
  | { kind: 'client_credentials'; clientId: string; clientSecret: string }
  | { kind: 'jwt'; clientId: string; username: string; privateKey: KeyObject; loginUrl: string };

type CredentialFields = 'accessToken' | 'clientId' | 'clientSecret' | 'username' | 'privateKey' | 'loginUrl';

/** The credential settings as given; `privateKeyFrom` names where the key was read (default SALESFORCE_PRIVATE_KEY). */
export type CredentialSettings = { instanceUrl: string; privateKeyFrom?: string } & Partial<Record<CredentialFields, string>>;

export type SalesforceSettings = Omit<z.output<typeof SalesforceCrmConfig>, 'stageMap' | CredentialFields> & {
  stageMap: Record<StageKey, string[]>;
  credentials: SalesforceCredentials;
};

/**
 * A fixed token, client credentials or the JWT bearer flow; settings of two of them are refused rather than one silently
 * ignored, and so is half of one. Client credentials need an https instance URL (the secret is posted to it), and the
 * JWT bearer flow an https login URL (the signed assertion is), except on loopback (a local fake).
 */
export function credentialsOf(c: CredentialSettings): SalesforceCredentials {
  const invalid = (why: string) => new ConfigError(`Salesforce CRM configuration is invalid: ${why}`);
  const jwt = Boolean(c.username || c.privateKey);
  if (c.accessToken && jwt) {
    throw invalid(
      'both SALESFORCE_ACCESS_TOKEN and SALESFORCE_USERNAME / SALESFORCE_PRIVATE_KEY (JWT bearer flow) are set. Unset SALESFORCE_ACCESS_TOKEN to use the JWT bearer flow (callscribe renews its tokens), or unset the JWT settings to use the fixed token.',
    );
  }
  if (c.accessToken && (c.clientId || c.clientSecret)) {
    throw invalid(
      'both SALESFORCE_ACCESS_TOKEN and SALESFORCE_CLIENT_ID / SALESFORCE_CLIENT_SECRET are set. Unset SALESFORCE_ACCESS_TOKEN to use the client-credentials flow (callscribe renews its tokens), or unset the client settings to use the fixed token.',
    );
  }
  if (jwt) return jwtCredentials(c, invalid);
  if (c.loginUrl) {
    throw invalid('SALESFORCE_LOGIN_URL is set, but only the JWT bearer flow reads it. Set SALESFORCE_CLIENT_ID, SALESFORCE_USERNAME and SALESFORCE_PRIVATE_KEY too, or unset SALESFORCE_LOGIN_URL.');
  }
  if (c.accessToken) return { kind: 'token', accessToken: c.accessToken };
  if (c.clientId && c.clientSecret) {
    if (!secretMayGoTo(c.instanceUrl)) {
      throw invalid('SALESFORCE_INSTANCE_URL must be https:// with SALESFORCE_CLIENT_ID and SALESFORCE_CLIENT_SECRET: the client secret is sent to it. Use the My Domain URL, https://yourorg.my.salesforce.com.');
    }
    return { kind: 'client_credentials', clientId: c.clientId, clientSecret: c.clientSecret };
  }
  if (c.clientSecret) throw invalid('SALESFORCE_CLIENT_ID is missing: the client-credentials flow needs both SALESFORCE_CLIENT_ID and SALESFORCE_CLIENT_SECRET.');
  if (c.clientId) {
    throw invalid(
      'SALESFORCE_CLIENT_SECRET is missing: the client-credentials flow needs both SALESFORCE_CLIENT_ID and SALESFORCE_CLIENT_SECRET. For the JWT bearer flow, set SALESFORCE_USERNAME and SALESFORCE_PRIVATE_KEY instead.',
    );
  }
  throw invalid(
    'set SALESFORCE_ACCESS_TOKEN (an OAuth access token of the integration user), or SALESFORCE_CLIENT_ID and SALESFORCE_CLIENT_SECRET (a connected app with the client-credentials flow), ' +
      'or SALESFORCE_CLIENT_ID, SALESFORCE_USERNAME and SALESFORCE_PRIVATE_KEY (a connected app with a certificate: the JWT bearer flow).',
  );
}

function jwtCredentials(c: CredentialSettings, invalid: (why: string) => ConfigError): SalesforceCredentials {
  if (c.clientSecret) {
    throw invalid(
      'both SALESFORCE_CLIENT_SECRET (client-credentials flow) and SALESFORCE_USERNAME / SALESFORCE_PRIVATE_KEY (JWT bearer flow) are set. Unset SALESFORCE_CLIENT_SECRET to use the JWT bearer flow, or unset SALESFORCE_USERNAME and SALESFORCE_PRIVATE_KEY to use client credentials.',
    );
  }
  const missing = [!c.clientId && 'SALESFORCE_CLIENT_ID', !c.username && 'SALESFORCE_USERNAME', !c.privateKey && 'SALESFORCE_PRIVATE_KEY (or SALESFORCE_PRIVATE_KEY_FILE)'].filter(
    (m) => typeof m === 'string',
  );
  if (!c.clientId || !c.username || !c.privateKey) {
    throw invalid(
      `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing: the JWT bearer flow needs SALESFORCE_CLIENT_ID (the connected app's Consumer Key), ` +
        "SALESFORCE_USERNAME (the integration user's username) and SALESFORCE_PRIVATE_KEY (the private key of the certificate uploaded to the connected app).",
    );
  }
  const loginUrl = c.loginUrl ?? DEFAULT_LOGIN_URL;
  if (!secretMayGoTo(loginUrl)) {
    throw invalid('SALESFORCE_LOGIN_URL must be https://: the signed assertion, good for a token, is sent to it. Use https://login.salesforce.com, https://test.salesforce.com or the My Domain URL.');
  }
  const parsed = privateKeyOf(c.privateKey, c.privateKeyFrom ?? 'SALESFORCE_PRIVATE_KEY');
  if ('problem' in parsed) throw invalid(`${parsed.problem}.`);
  return { kind: 'jwt', clientId: c.clientId, username: c.username, privateKey: parsed.key, loginUrl: loginUrl.replace(/\/+$/, '') };
}

/** https, or plain http on loopback only. */
function secretMayGoTo(instanceUrl: string): boolean {
  if (!URL.canParse(instanceUrl)) return false;
  const url = new URL(instanceUrl);
  return url.protocol === 'https:' || (url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(url.hostname)));
}

export function parseSalesforceConfig(config: SalesforceCrmConfig): SalesforceSettings {
  const parsed = SalesforceCrmConfig.safeParse(config);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'config'}: ${i.message}`).join('; ');
    throw new ConfigError(`Salesforce CRM configuration is invalid: ${issues}`);
  }
  const { accessToken, clientId, clientSecret, username, privateKey, loginUrl, ...rest } = parsed.data;
  const credentials = credentialsOf({ instanceUrl: rest.instanceUrl, accessToken, clientId, clientSecret, username, privateKey, loginUrl });
  const stageMap = { ...DEFAULT_STAGE_MAP, ...rest.stageMap } as Record<StageKey, string[]>;
  const seen = new Map<string, StageKey>();
  for (const [key, names] of Object.entries(stageMap) as [StageKey, string[]][]) {
    for (const name of names) {
      const other = seen.get(name);
      if (other && other !== key) throw new ConfigError(`Salesforce CRM configuration is invalid: stageMap names StageName "${name}" for both ${other} and ${key}; give each StageName one key.`);
      seen.set(name, key);
    }
  }
  return { ...rest, stageMap, credentials };
}
