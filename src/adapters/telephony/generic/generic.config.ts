import { z } from 'zod';
import { parseAdapterEnv, requireAllOrNone } from '../../../config/adapter-env.ts';
import { standardWebhookSecretProblem } from '../standard-webhooks.ts';

/** Settings of the generic (Standard Webhooks) telephony source. */
export interface GenericConfig {
  /** `whsec_…`: the secret the sender signs its deliveries with. */
  secret: string;
  /** Origins (`https://recordings.example.com`) a delivery's recordingUrl may point at; also what the guarded fetch allows. */
  recordingOrigins: string[];
}

/** A comma-separated list of origins: scheme and host (and port), nothing after. */
export const originList = (name: string) =>
  z.string().transform((text, ctx) => {
    const origins: string[] = [];
    for (const entry of text.split(',').map((s) => s.trim()).filter(Boolean)) {
      let url: URL | null = null;
      try {
        url = new URL(entry);
      } catch {
        url = null;
      }
      const bare = entry.replace(/\/$/, '');
      if (!url || !/^https?:$/.test(url.protocol) || url.origin !== bare) {
        ctx.addIssue({ code: 'custom', message: `"${entry}" is not an origin (scheme and host, optionally :port, no path), e.g. ${name}=https://recordings.example.com` });
        continue;
      }
      origins.push(url.origin);
    }
    if (origins.length === 0) ctx.addIssue({ code: 'custom', message: `list at least one origin, e.g. ${name}=https://recordings.example.com` });
    return origins;
  });

const GenericEnv = z.object({
  GENERIC_WEBHOOK_SECRET: z.string().trim().superRefine((secret, ctx) => {
    const problem = standardWebhookSecretProblem(secret);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  GENERIC_RECORDING_ORIGINS: originList('GENERIC_RECORDING_ORIGINS'),
});

const REQUIRED = ['GENERIC_WEBHOOK_SECRET', 'GENERIC_RECORDING_ORIGINS'] as const;

/** Null when neither variable is set (the generic source is off); ConfigError when half set or invalid. */
export function genericConfigFromEnv(env: Record<string, string | undefined>): GenericConfig | null {
  if (!requireAllOrNone('The generic telephony source', env, REQUIRED)) return null;
  const parsed = parseAdapterEnv(GenericEnv, env, {
    GENERIC_WEBHOOK_SECRET: 'the sender shows it, or generate one: echo whsec_$(openssl rand -base64 32)',
  });
  return { secret: parsed.GENERIC_WEBHOOK_SECRET, recordingOrigins: parsed.GENERIC_RECORDING_ORIGINS };
}
