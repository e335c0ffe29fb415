import { z } from 'zod';
import { parseAdapterEnv, requireAllOrNone } from '../../../config/adapter-env.ts';
import { StandardWebhookSecret } from '../../../http-client/standard-webhooks.ts';
import { originList } from '../origins.ts';

/** Settings of the generic (Standard Webhooks) telephony source. */
export interface GenericConfig {
  /** `whsec_…`: the secret the sender signs its deliveries with. */
  secret: string;
  /** Origins (`https://recordings.example.com`) a delivery's recordingUrl may point at; also what the guarded fetch allows. */
  recordingOrigins: string[];
}

const GenericEnv = z.object({
  GENERIC_WEBHOOK_SECRET: StandardWebhookSecret,
  GENERIC_RECORDING_ORIGINS: originList('GENERIC_RECORDING_ORIGINS'),
});

/** The variables genericConfigFromEnv reads. */
export const GENERIC_VARIABLES = Object.keys(GenericEnv.shape);

const REQUIRED = ['GENERIC_WEBHOOK_SECRET', 'GENERIC_RECORDING_ORIGINS'] as const;

/** Null when neither variable is set (the generic source is off); ConfigError when half set or invalid. */
export function genericConfigFromEnv(env: Record<string, string | undefined>): GenericConfig | null {
  if (!requireAllOrNone('The generic telephony source', env, REQUIRED)) return null;
  const parsed = parseAdapterEnv(GenericEnv, env, {
    GENERIC_WEBHOOK_SECRET: 'the sender shows it, or generate one: echo whsec_$(openssl rand -base64 32)',
  });
  return { secret: parsed.GENERIC_WEBHOOK_SECRET, recordingOrigins: parsed.GENERIC_RECORDING_ORIGINS };
}
