import { z } from 'zod';
import { optionalVar, parseAdapterEnv, requireAllOrNone } from '../../../config/adapter-env.ts';
import { parseRepDirectory } from '../webhook-utils.ts';

export const TWILIO_DEFAULT_API_BASE_URL = 'https://api.twilio.com';

const LOOPBACK_HOST = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/** An API origin: https (plain http only on loopback, for a local fake), no path, query or credentials. */
const apiOrigin = z.url().refine(
  (value) => {
    const u = new URL(value);
    const secure = u.protocol === 'https:' || (u.protocol === 'http:' && LOOPBACK_HOST.test(u.hostname));
    return secure && (u.pathname === '/' || u.pathname === '') && !u.search && !u.username && !u.password;
  },
  'must be an https origin with no path, e.g. https://api.twilio.com',
);

const TwilioEnv = z.object({
  TWILIO_ACCOUNT_SID: z.string().trim().regex(/^AC[0-9a-f]{32}$/i, 'must be an Account SID: AC followed by 32 hex characters'),
  TWILIO_AUTH_TOKEN: z.string().trim().min(1),
  TWILIO_API_KEY_SID: optionalVar(z.string().trim().regex(/^SK[0-9a-f]{32}$/i, 'must be an API key SID: SK followed by 32 hex characters')),
  TWILIO_API_KEY_SECRET: optionalVar(z.string().trim().min(1)),
  TWILIO_API_BASE_URL: optionalVar(apiOrigin),
  TWILIO_REP_NUMBERS: optionalVar(z.string()),
});

/** The variables twilioConfigFromEnv reads. */
export const TWILIO_VARIABLES = Object.keys(TwilioEnv.shape);

const FIXES = {
  TWILIO_ACCOUNT_SID: 'copy it from the Twilio Console, Account info',
  TWILIO_API_KEY_SID: 'create a Standard API key in the Console under Account → API keys & tokens',
  TWILIO_API_BASE_URL: 'leave it unset for https://api.twilio.com',
};

export interface TwilioConfig {
  accountSid: string;
  /** Signs every webhook; also the download password unless an API key is set. */
  authToken: string;
  /** Basic auth for the REST API: the API key when set, else the account SID and auth token. */
  apiUser: string;
  apiPassword: string;
  /** Origin of the REST API and of the recording URLs Twilio sends, without a trailing slash. */
  apiBaseUrl: string;
  /** Rep email by phone number (directory keys, see `directoryKey`). */
  reps: Map<string, string>;
}

/** Reads the TWILIO_* variables; null when neither the account SID nor the auth token is set. */
export function twilioConfigFromEnv(env: Record<string, string | undefined>): TwilioConfig | null {
  if (!requireAllOrNone('Twilio', env, ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN'])) return null;
  requireAllOrNone('The Twilio API key', env, ['TWILIO_API_KEY_SID', 'TWILIO_API_KEY_SECRET']);
  const e = parseAdapterEnv(TwilioEnv, env, FIXES);
  const apiKey = e.TWILIO_API_KEY_SID && e.TWILIO_API_KEY_SECRET ? { user: e.TWILIO_API_KEY_SID, password: e.TWILIO_API_KEY_SECRET } : null;
  return {
    accountSid: e.TWILIO_ACCOUNT_SID,
    authToken: e.TWILIO_AUTH_TOKEN,
    apiUser: apiKey?.user ?? e.TWILIO_ACCOUNT_SID,
    apiPassword: apiKey?.password ?? e.TWILIO_AUTH_TOKEN,
    apiBaseUrl: new URL(e.TWILIO_API_BASE_URL ?? TWILIO_DEFAULT_API_BASE_URL).origin,
    reps: parseRepDirectory('TWILIO_REP_NUMBERS', e.TWILIO_REP_NUMBERS),
  };
}
