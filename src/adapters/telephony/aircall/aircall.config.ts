import { z } from 'zod';
import { optionalVar, parseAdapterEnv, requireAllOrNone } from '../../../config/adapter-env.ts';
import { originList } from '../origins.ts';
import { parseRepDirectory } from '../webhook-utils.ts';

/**
 * Where Aircall serves the short-lived `recording` links from: an S3 bucket in us-west-2, as seen in
 * captured deliveries (presigned `X-Amz-*` URLs with `X-Amz-Expires=600`). Aircall does not document
 * the host; if downloads fail with TELEPHONY_ORIGIN_NOT_ALLOWED, the error names the origin to add.
 */
export const AIRCALL_DEFAULT_RECORDING_ORIGINS = ['https://production-pdx-555773567328-web.s3.us-west-2.amazonaws.com'];
export const AIRCALL_DEFAULT_API_BASE_URL = 'https://api.aircall.io';

export interface AircallConfig {
  /** The token Aircall puts in every delivery's body (the webhook's `token`, not the API token). */
  webhookToken: string;
  apiId: string;
  apiToken: string;
  /** Origin of the REST API (`https://api.aircall.io`); `/v1/…` is appended. */
  apiBaseUrl: string;
  recordingOrigins: string[];
  /** Rep email by Aircall user id, for users whose delivery carries no email. */
  repEmails: Map<string, string>;
}

const AircallEnv = z.object({
  AIRCALL_WEBHOOK_TOKEN: z.string().trim().min(1),
  AIRCALL_API_ID: z.string().trim().min(1),
  AIRCALL_API_TOKEN: z.string().trim().min(1),
  AIRCALL_API_BASE_URL: optionalVar(originList('AIRCALL_API_BASE_URL').refine((list) => list.length === 1, 'give one origin')),
  AIRCALL_RECORDING_ORIGINS: optionalVar(originList('AIRCALL_RECORDING_ORIGINS')),
  AIRCALL_REP_EMAILS: optionalVar(z.string()),
});

/** The variables aircallConfigFromEnv reads. */
export const AIRCALL_VARIABLES = Object.keys(AircallEnv.shape);

const REQUIRED = ['AIRCALL_WEBHOOK_TOKEN', 'AIRCALL_API_ID', 'AIRCALL_API_TOKEN'] as const;

/** Null when none of the Aircall credentials is set (Aircall off); ConfigError when half set or invalid. */
export function aircallConfigFromEnv(env: Record<string, string | undefined>): AircallConfig | null {
  if (!requireAllOrNone('Aircall', env, REQUIRED)) return null;
  const parsed = parseAdapterEnv(AircallEnv, env, {
    AIRCALL_WEBHOOK_TOKEN: "the webhook's token: GET https://api.aircall.io/v1/webhooks/{id} shows it",
    AIRCALL_API_ID: 'Aircall Dashboard → Integrations & API → API keys',
    AIRCALL_API_TOKEN: 'Aircall Dashboard → Integrations & API → API keys',
  });
  return {
    webhookToken: parsed.AIRCALL_WEBHOOK_TOKEN,
    apiId: parsed.AIRCALL_API_ID,
    apiToken: parsed.AIRCALL_API_TOKEN,
    apiBaseUrl: parsed.AIRCALL_API_BASE_URL?.[0] ?? AIRCALL_DEFAULT_API_BASE_URL,
    recordingOrigins: parsed.AIRCALL_RECORDING_ORIGINS ?? AIRCALL_DEFAULT_RECORDING_ORIGINS,
    repEmails: parseRepDirectory('AIRCALL_REP_EMAILS', parsed.AIRCALL_REP_EMAILS),
  };
}
