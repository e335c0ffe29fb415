import { z } from 'zod';
import { httpUrl, optionalVar, parseAdapterEnv, requireAllOrNone } from '../../../config/adapter-env.ts';
import { parseRepDirectory } from '../webhook-utils.ts';

/** The variables that turn RingCentral on; all or none. */
const REQUIRED = ['RINGCENTRAL_VERIFICATION_TOKEN', 'RINGCENTRAL_CLIENT_ID', 'RINGCENTRAL_CLIENT_SECRET', 'RINGCENTRAL_JWT'] as const;

const url = optionalVar(httpUrl()).transform((u) => u?.replace(/\/+$/, ''));

const RingCentralEnv = z.object({
  RINGCENTRAL_VERIFICATION_TOKEN: z.string().trim().min(1),
  RINGCENTRAL_CLIENT_ID: z.string().trim().min(1),
  RINGCENTRAL_CLIENT_SECRET: z.string().trim().min(1),
  RINGCENTRAL_JWT: z.string().trim().min(1),
  RINGCENTRAL_API_BASE_URL: url,
  RINGCENTRAL_MEDIA_BASE_URL: url,
  RINGCENTRAL_REP_EMAILS: optionalVar(z.string()),
});

/** The variables ringcentralConfigFromEnv reads. */
export const RINGCENTRAL_VARIABLES = Object.keys(RingCentralEnv.shape);

export interface RingCentralConfig {
  /** The subscription's `deliveryMode.verificationToken`, sent back on every event as `Verification-Token`. */
  verificationToken: string;
  clientId: string;
  clientSecret: string;
  /** A user's JWT credential (Developer console → Credentials), exchanged for access tokens. */
  jwt: string;
  /** e.g. https://platform.ringcentral.com, without a trailing slash. */
  apiBaseUrl: string;
  /** Where call-log `contentUri`s point (https://media.ringcentral.com). */
  mediaBaseUrl: string;
  /** Extension id (or phone number) → rep e-mail; wins over the e-mail the RingCentral API gives. */
  repEmails: Map<string, string>;
}

/** media.ringcentral.com for platform.ringcentral.com (and the devtest sandbox alike); else the API host itself. */
export function defaultMediaBaseUrl(apiBaseUrl: string): string {
  const u = new URL(apiBaseUrl);
  if (!u.hostname.startsWith('platform.')) return u.origin;
  u.hostname = `media.${u.hostname.slice('platform.'.length)}`;
  return u.origin;
}

export function ringcentralConfigFromEnv(env: Record<string, string | undefined>): RingCentralConfig | null {
  if (!requireAllOrNone('RingCentral', env, REQUIRED)) return null;
  const e = parseAdapterEnv(RingCentralEnv, env, {
    RINGCENTRAL_API_BASE_URL: 'e.g. https://platform.ringcentral.com',
    RINGCENTRAL_MEDIA_BASE_URL: 'e.g. https://media.ringcentral.com',
  });
  const apiBaseUrl = e.RINGCENTRAL_API_BASE_URL ?? 'https://platform.ringcentral.com';
  return {
    verificationToken: e.RINGCENTRAL_VERIFICATION_TOKEN,
    clientId: e.RINGCENTRAL_CLIENT_ID,
    clientSecret: e.RINGCENTRAL_CLIENT_SECRET,
    jwt: e.RINGCENTRAL_JWT,
    apiBaseUrl,
    mediaBaseUrl: e.RINGCENTRAL_MEDIA_BASE_URL ?? defaultMediaBaseUrl(apiBaseUrl),
    repEmails: parseRepDirectory('RINGCENTRAL_REP_EMAILS', e.RINGCENTRAL_REP_EMAILS),
  };
}
