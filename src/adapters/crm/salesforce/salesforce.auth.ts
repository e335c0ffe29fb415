import type { KeyObject } from 'node:crypto';
import { z } from 'zod';
import type { Logger } from '../../../logging/logger.ts';
import { AppError } from '../../../errors/app-error.ts';
import { classifyHttp } from '../../../errors/classify-http.ts';
import { createTokenCache } from '../../token-cache.ts';
import { JWT_BEARER_GRANT, audienceOf, jwtRefusalFix, signAssertion } from './salesforce.jwt.ts';

/** The bearer token a request is sent with, and the instance URL it is valid on. */
export interface SalesforceSession {
  token: string;
  instanceUrl: string;
}

/** Where the client's bearer token comes from: a fixed SALESFORCE_ACCESS_TOKEN, the client-credentials flow or the JWT bearer flow. */
export interface SalesforceAuth {
  /** The session to send; concurrent callers share one token request. */
  session(): Promise<SalesforceSession>;
  /** Salesforce refused `token` (401): forgets it. True when `session` can get a new one (false for a fixed token). */
  refused(token: string): boolean;
  /** What a person does when Salesforce refuses the session (after the one renewal where there is one). */
  readonly refusedFix: string;
}

export function fixedToken(instanceUrl: string, accessToken: string): SalesforceAuth {
  const session = { token: accessToken, instanceUrl };
  return {
    session: () => Promise.resolve(session),
    refused: () => false,
    refusedFix:
      'the session expired or was revoked. Set SALESFORCE_ACCESS_TOKEN to a new token of the integration user, or set SALESFORCE_CLIENT_ID and ' +
      'SALESFORCE_CLIENT_SECRET (client-credentials flow) or SALESFORCE_CLIENT_ID, SALESFORCE_USERNAME and SALESFORCE_PRIVATE_KEY (JWT bearer flow) ' +
      'instead so callscribe gets new tokens itself',
  };
}

/** What every token flow is given: where the org is, and the I/O. */
interface TokenFlowOptions {
  /** The org's My Domain URL (SALESFORCE_INSTANCE_URL): requests go there unless the token answer names another Salesforce host. */
  instanceUrl: string;
  timeoutMs: number;
  fetch: typeof fetch;
  clock: () => Date;
  /** Hears of a token answer naming an instance callscribe does not send the token to. */
  logger?: Pick<Logger, 'warn'>;
}

export interface ClientCredentials extends TokenFlowOptions {
  clientId: string;
  clientSecret: string;
}

export interface JwtBearer extends TokenFlowOptions {
  clientId: string;
  username: string;
  /** The RSA private key of the certificate uploaded to the connected app. */
  privateKey: KeyObject;
  /** Where the assertion is posted: login.salesforce.com, test.salesforce.com or the My Domain URL (the audience: see audienceOf). */
  loginUrl: string;
}

/** One way of asking `POST /services/oauth2/token` for a token. */
interface TokenGrant {
  /** The origin (and path) the token endpoint is under. */
  endpoint: string;
  /** The setting naming `endpoint`, and what it should be, for messages. */
  endpointSetting: string;
  endpointShouldBe: string;
  /** The form body, made anew for each request (a JWT assertion is signed each time). */
  form(): Record<string, string>;
  /** What to fix for a refusal `{error, error_description}`. */
  fix(error: string, description: string): string;
}

/**
 * OAuth 2.0 client-credentials flow (api-contracts.md §2): `POST /services/oauth2/token` on the My Domain host with
 * the connected app's key and secret, run as the app's integration ("Run As") user. The answer has no `expires_in`
 * (the org's session timeout decides), so a token is kept until Salesforce refuses it.
 */
export function clientCredentials(opts: ClientCredentials): SalesforceAuth {
  const grant: TokenGrant = {
    // login.salesforce.com does not serve this flow.
    endpoint: opts.instanceUrl,
    endpointSetting: 'SALESFORCE_INSTANCE_URL',
    endpointShouldBe: "the org's My Domain URL",
    form: () => ({ grant_type: 'client_credentials', client_id: opts.clientId, client_secret: opts.clientSecret }),
    fix: clientCredentialsFix,
  };
  return tokenFlow(
    opts,
    grant,
    'Salesforce refused a token it had just issued to the client-credentials flow. Check that the Run As user of the connected app ' +
      '(SALESFORCE_CLIENT_ID) is active and has API Enabled, and that SALESFORCE_INSTANCE_URL is the My Domain URL of that org',
  );
}

/**
 * OAuth 2.0 JWT bearer flow (api-contracts.md §2): an RS256 assertion (iss = Consumer Key, sub = username, aud = the login
 * host of the org's kind, exp within 3 minutes) posted to the login host's `/services/oauth2/token`. The answer has no refresh token and no
 * `expires_in`: a token is kept until Salesforce refuses it, and the next one is asked for with a newly signed assertion.
 */
export function jwtBearer(opts: JwtBearer): SalesforceAuth {
  const grant: TokenGrant = {
    endpoint: opts.loginUrl,
    endpointSetting: 'SALESFORCE_LOGIN_URL',
    endpointShouldBe: "https://login.salesforce.com, https://test.salesforce.com (sandbox) or the org's My Domain URL",
    form: () => ({
      grant_type: JWT_BEARER_GRANT,
      assertion: signAssertion(opts.privateKey, { clientId: opts.clientId, username: opts.username, audience: audienceOf(opts.loginUrl), now: opts.clock() }),
    }),
    fix: jwtRefusalFix,
  };
  return tokenFlow(
    opts,
    grant,
    'Salesforce refused a token it had just issued to the JWT bearer flow. Check that the integration user (SALESFORCE_USERNAME) is active and has ' +
      "API Enabled, that the connected app's IP Relaxation lets this host in, and that SALESFORCE_INSTANCE_URL is the My Domain URL of that org",
  );
}

/** A token from `grant`, shared by concurrent callers and asked for again once Salesforce refuses it. */
function tokenFlow(opts: TokenFlowOptions, grant: TokenGrant, refusedFix: string): SalesforceAuth {
  // The token answer names the instance to use; the bearer token goes there, so only the configured origin or a
  // Salesforce host is taken from it.
  let instanceUrl = opts.instanceUrl;
  const tokens = createTokenCache({
    clock: opts.clock,
    request: async () => {
      const issued = await requestToken(opts, grant);
      const usable = usableInstanceUrl(issued.instanceUrl, opts.instanceUrl);
      if (usable) instanceUrl = usable;
      else if (issued.instanceUrl) {
        opts.logger?.warn(
          { adapter: 'salesforce', instanceUrl: issued.instanceUrl.slice(0, 200) },
          'Salesforce token answer names an instance_url that is not a Salesforce host; the token is sent to SALESFORCE_INSTANCE_URL instead',
        );
      }
      return { accessToken: issued.accessToken };
    },
  });
  return {
    async session() {
      const token = await tokens.get();
      return { token, instanceUrl };
    },
    refused(token) {
      tokens.drop(token);
      return true;
    },
    refusedFix,
  };
}

const TokenAnswer = z.object({ access_token: z.string().min(1), instance_url: z.string().optional() }).loose();
const TokenRefusal = z.object({ error: z.string(), error_description: z.string().optional() }).loose();

const TOKEN_PATH = '/services/oauth2/token';
const CONSUMER_DETAILS = "Setup → App Manager → the connected app → View → Manage Consumer Details";

/** What to fix for each `error` of a refused client-credentials token request. */
function clientCredentialsFix(error: string): string {
  if (error === 'invalid_client_id') return `Salesforce does not know SALESFORCE_CLIENT_ID: set it to the connected app's Consumer Key (${CONSUMER_DETAILS})`;
  if (error === 'invalid_client') return `Salesforce refused SALESFORCE_CLIENT_SECRET for SALESFORCE_CLIENT_ID: set it to the connected app's Consumer Secret (${CONSUMER_DETAILS})`;
  return (
    'Salesforce refused the client-credentials flow: tick "Enable Client Credentials Flow" on the connected app (SALESFORCE_CLIENT_ID) and choose an active ' +
    'Run As user with API Enabled, and set SALESFORCE_INSTANCE_URL to the My Domain URL (https://yourorg.my.salesforce.com)'
  );
}

async function requestToken(opts: TokenFlowOptions, grant: TokenGrant): Promise<{ accessToken: string; instanceUrl: string | null }> {
  const where = `POST ${TOKEN_PATH}`;
  let res: Response;
  let text: string;
  try {
    res = await opts.fetch(grant.endpoint + TOKEN_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams(grant.form()).toString(),
      signal: AbortSignal.timeout(opts.timeoutMs),
    });
    text = await res.text();
  } catch (err) {
    const reason = (err as { name?: unknown } | null)?.name === 'TimeoutError' ? `no answer within ${opts.timeoutMs} ms` : err instanceof Error ? err.message : String(err);
    throw new AppError('SALESFORCE_UNAVAILABLE', `Could not get a Salesforce access token (${where}) at ${grant.endpoint}: ${reason}. Check ${grant.endpointSetting} and the network.`, {
      retryable: true,
      cause: err,
      kind: 'unavailable',
    });
  }
  const body = parseJson(text);
  if (res.status === 200) {
    const answer = TokenAnswer.safeParse(body);
    // Most often a login page at a URL that is not the org's: a setting to fix, so sync waits (as for refused credentials) rather than failing each call.
    if (!answer.success) {
      throw new AppError('SALESFORCE_AUTH', `Salesforce answered ${where} without an access_token; check that ${grant.endpointSetting} is ${grant.endpointShouldBe}.`, {
        status: 200,
        kind: 'credentials',
      });
    }
    return { accessToken: answer.data.access_token, instanceUrl: answer.data.instance_url ?? null };
  }
  const refusal = TokenRefusal.safeParse(body);
  if ((res.status === 400 || res.status === 401 || res.status === 403) && refusal.success) {
    const description = refusal.data.error_description ?? '';
    const said = `${refusal.data.error}${description ? `: ${description}` : ''}`;
    throw new AppError('SALESFORCE_AUTH', `${grant.fix(refusal.data.error, description)}. Salesforce said (${res.status} on ${where}): ${said}`, { status: res.status, kind: 'credentials' });
  }
  throw classifyHttp('salesforce', res.status, `${where}: ${text.slice(0, 300)}`, res.headers);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null; // a gateway page
  }
}

/**
 * Salesforce's own domains: My Domain hosts (`acme.my.salesforce.com`, sandboxes `acme--uat.sandbox.my.salesforce.com`,
 * `*.develop.` / `*.scratch.my.salesforce.com`), instances (`na42.salesforce.com`), Government Cloud (`.salesforce.mil`),
 * the China partner's (`.sfcrmproducts.cn`), and the older `force.com`, `cloudforce.com` and setup domains.
 */
const SALESFORCE_DOMAINS = ['salesforce.com', 'force.com', 'salesforce.mil', 'cloudforce.com', 'sfcrmproducts.cn', 'salesforce-setup.com'];

/** The token answer's instance_url, when it is the configured origin or an https Salesforce host on the default port; else null. */
function usableInstanceUrl(given: string | null, configured: string): string | null {
  if (!given || !URL.canParse(given)) return null;
  const url = new URL(given);
  if (url.origin === new URL(configured).origin) return url.origin;
  const salesforce = SALESFORCE_DOMAINS.some((d) => url.hostname.endsWith(`.${d}`));
  return url.protocol === 'https:' && url.port === '' && salesforce ? url.origin : null;
}
