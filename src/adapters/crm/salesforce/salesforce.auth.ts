import { z } from 'zod';
import type { Logger } from '../../../logging/logger.ts';
import { AppError } from '../../../errors/app-error.ts';
import { classifyHttp } from '../../../errors/classify-http.ts';
import { createTokenCache } from '../../token-cache.ts';

/** The bearer token a request is sent with, and the instance URL it is valid on. */
export interface SalesforceSession {
  token: string;
  instanceUrl: string;
}

/** Where the client's bearer token comes from: a fixed SALESFORCE_ACCESS_TOKEN, or the client-credentials flow. */
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
      'SALESFORCE_CLIENT_SECRET instead (client-credentials flow) so callscribe gets new tokens itself',
  };
}

export interface ClientCredentials {
  /** The org's My Domain URL: the token endpoint is on it (login.salesforce.com does not serve this flow). */
  instanceUrl: string;
  clientId: string;
  clientSecret: string;
  timeoutMs: number;
  fetch: typeof fetch;
  clock: () => Date;
  /** Hears of a token answer naming an instance callscribe does not send the token to. */
  logger?: Pick<Logger, 'warn'>;
}

/**
 * OAuth 2.0 client-credentials flow (api-contracts.md §2): `POST /services/oauth2/token` on the My Domain host with
 * the connected app's key and secret, run as the app's integration ("Run As") user. The answer has no `expires_in`
 * (the org's session timeout decides), so a token is kept until Salesforce refuses it.
 */
export function clientCredentials(opts: ClientCredentials): SalesforceAuth {
  // The token answer names the instance to use; the bearer token goes there, so only the configured origin or a
  // Salesforce host is taken from it.
  let instanceUrl = opts.instanceUrl;
  const tokens = createTokenCache({
    clock: opts.clock,
    request: async () => {
      const issued = await requestToken(opts);
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
    refusedFix:
      'Salesforce refused a token it had just issued to the client-credentials flow. Check that the Run As user of the connected app ' +
      '(SALESFORCE_CLIENT_ID) is active and has API Enabled, and that SALESFORCE_INSTANCE_URL is the My Domain URL of that org',
  };
}

const TokenAnswer = z.object({ access_token: z.string().min(1), instance_url: z.string().optional() }).loose();
const TokenRefusal = z.object({ error: z.string(), error_description: z.string().optional() }).loose();

const TOKEN_PATH = '/services/oauth2/token';
const CONSUMER_DETAILS = "Setup → App Manager → the connected app → View → Manage Consumer Details";

/** What to fix for each `error` of a refused token request. */
function refusalFix(error: string): string {
  if (error === 'invalid_client_id') return `Salesforce does not know SALESFORCE_CLIENT_ID: set it to the connected app's Consumer Key (${CONSUMER_DETAILS})`;
  if (error === 'invalid_client') return `Salesforce refused SALESFORCE_CLIENT_SECRET for SALESFORCE_CLIENT_ID: set it to the connected app's Consumer Secret (${CONSUMER_DETAILS})`;
  return (
    'Salesforce refused the client-credentials flow: tick "Enable Client Credentials Flow" on the connected app (SALESFORCE_CLIENT_ID) and choose an active ' +
    'Run As user with API Enabled, and set SALESFORCE_INSTANCE_URL to the My Domain URL (https://yourorg.my.salesforce.com)'
  );
}

async function requestToken(opts: ClientCredentials): Promise<{ accessToken: string; instanceUrl: string | null }> {
  const where = `POST ${TOKEN_PATH}`;
  let res: Response;
  let text: string;
  try {
    res = await opts.fetch(opts.instanceUrl + TOKEN_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: opts.clientId, client_secret: opts.clientSecret }).toString(),
      signal: AbortSignal.timeout(opts.timeoutMs),
    });
    text = await res.text();
  } catch (err) {
    const reason = (err as { name?: unknown } | null)?.name === 'TimeoutError' ? `no answer within ${opts.timeoutMs} ms` : err instanceof Error ? err.message : String(err);
    throw new AppError('SALESFORCE_UNAVAILABLE', `Could not get a Salesforce access token (${where}) at ${opts.instanceUrl}: ${reason}. Check SALESFORCE_INSTANCE_URL and the network.`, {
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
      throw new AppError('SALESFORCE_AUTH', `Salesforce answered ${where} without an access_token; check that SALESFORCE_INSTANCE_URL is the org's My Domain URL.`, { status: 200, kind: 'credentials' });
    }
    return { accessToken: answer.data.access_token, instanceUrl: answer.data.instance_url ?? null };
  }
  const refusal = TokenRefusal.safeParse(body);
  if ((res.status === 400 || res.status === 401 || res.status === 403) && refusal.success) {
    const said = `${refusal.data.error}${refusal.data.error_description ? `: ${refusal.data.error_description}` : ''}`;
    throw new AppError('SALESFORCE_AUTH', `${refusalFix(refusal.data.error)}. Salesforce said (${res.status} on ${where}): ${said}`, { status: res.status, kind: 'credentials' });
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
