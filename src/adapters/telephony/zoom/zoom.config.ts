import { z } from 'zod';
import { httpUrl, optionalVar, parseAdapterEnv, requireAllOrNone } from '../../../config/adapter-env.ts';
import { parseRepDirectory } from '../webhook-utils.ts';

/** The variables that turn Zoom Phone on; all or none. */
const REQUIRED = ['ZOOM_WEBHOOK_SECRET_TOKEN', 'ZOOM_ACCOUNT_ID', 'ZOOM_CLIENT_ID', 'ZOOM_CLIENT_SECRET'] as const;

const baseUrl = (defaultUrl: string) => optionalVar(httpUrl()).transform((u) => (u ?? defaultUrl).replace(/\/+$/, ''));

const ZoomEnv = z.object({
  ZOOM_WEBHOOK_SECRET_TOKEN: z.string().trim().min(1),
  ZOOM_ACCOUNT_ID: z.string().trim().min(1),
  ZOOM_CLIENT_ID: z.string().trim().min(1),
  ZOOM_CLIENT_SECRET: z.string().trim().min(1),
  ZOOM_API_BASE_URL: baseUrl('https://api.zoom.us/v2'),
  ZOOM_OAUTH_BASE_URL: baseUrl('https://zoom.us'),
  ZOOM_REP_EMAILS: optionalVar(z.string()),
});

/** The variables zoomConfigFromEnv reads. */
export const ZOOM_VARIABLES = Object.keys(ZoomEnv.shape);

export interface ZoomConfig {
  /** The app's webhook Secret Token (Feature → Event Subscriptions), which signs every delivery. */
  webhookSecret: string;
  accountId: string;
  clientId: string;
  clientSecret: string;
  /** e.g. https://api.zoom.us/v2, without a trailing slash. */
  apiBaseUrl: string;
  /** Where `/oauth/token` lives, and the origin Zoom's recording download URLs point at. */
  oauthBaseUrl: string;
  /** Zoom user id (or phone number) → rep e-mail; wins over the e-mail the Zoom API gives. */
  repEmails: Map<string, string>;
}

export function zoomConfigFromEnv(env: Record<string, string | undefined>): ZoomConfig | null {
  if (!requireAllOrNone('Zoom Phone', env, REQUIRED)) return null;
  const e = parseAdapterEnv(ZoomEnv, env, {
    ZOOM_API_BASE_URL: 'e.g. https://api.zoom.us/v2',
    ZOOM_OAUTH_BASE_URL: 'e.g. https://zoom.us',
  });
  return {
    webhookSecret: e.ZOOM_WEBHOOK_SECRET_TOKEN,
    accountId: e.ZOOM_ACCOUNT_ID,
    clientId: e.ZOOM_CLIENT_ID,
    clientSecret: e.ZOOM_CLIENT_SECRET,
    apiBaseUrl: e.ZOOM_API_BASE_URL,
    oauthBaseUrl: e.ZOOM_OAUTH_BASE_URL,
    repEmails: parseRepDirectory('ZOOM_REP_EMAILS', e.ZOOM_REP_EMAILS),
  };
}
