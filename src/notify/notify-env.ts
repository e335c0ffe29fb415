import { z } from 'zod';
import { optionalVar, parseAdapterEnv, requireAllOrNone } from '../config/adapter-env.ts';
import { ConfigError } from '../config/config-error.ts';
import { StandardWebhookSecret } from '../http-client/standard-webhooks.ts';

/** Where events go; null destinations are off. */
export interface NotifyConfig {
  /** Standard Webhooks receiver: the URL and the `whsec_…` secret deliveries are signed with. */
  webhook: { url: string; secret: string } | null;
  /** Slack incoming webhook (the URL is the credential). */
  slack: { url: string } | null;
  /** PUBLIC_BASE_URL without a trailing slash: links point at `${publicBaseUrl}/calls/{id}`. */
  publicBaseUrl: string;
}

const WEBHOOK_VARS = ['NOTIFY_WEBHOOK_URL', 'NOTIFY_WEBHOOK_SECRET'] as const;

// The URLs are checked by hand below, not by the schema: parseAdapterEnv shows a bad value of a variable
// whose name does not look secret, and a Slack webhook URL (or a receiver URL with a token) is one.
const NotifyEnv = z.object({
  NOTIFY_WEBHOOK_URL: optionalVar(z.string()),
  NOTIFY_WEBHOOK_SECRET: optionalVar(StandardWebhookSecret),
  NOTIFY_SLACK_WEBHOOK_URL: optionalVar(z.string()),
});

/** The variables parseNotifyEnv reads (and PUBLIC_BASE_URL, through the main configuration). */
export const NOTIFY_VARIABLES = Object.keys(NotifyEnv.shape);

const FIXES: Record<string, string> = {
  NOTIFY_WEBHOOK_SECRET: 'generate one with: echo "whsec_$(openssl rand -base64 32)"',
};

/**
 * Reads the notification variables (NOTIFY_WEBHOOK_URL + NOTIFY_WEBHOOK_SECRET together, and/or
 * NOTIFY_SLACK_WEBHOOK_URL); null when none is set. Links need PUBLIC_BASE_URL, which the main
 * configuration already parsed. Throws ConfigError, never echoing a URL or the secret.
 */
export function parseNotifyEnv(env: Record<string, string | undefined>, publicBaseUrl: string | null): NotifyConfig | null {
  const e = parseAdapterEnv(NotifyEnv, env, FIXES);
  const webhookOn = requireAllOrNone('Webhook notifications', env, WEBHOOK_VARS);
  if (!webhookOn && !e.NOTIFY_SLACK_WEBHOOK_URL) return null;
  if (!publicBaseUrl) {
    throw new ConfigError('Notifications link to the call page: set PUBLIC_BASE_URL (e.g. PUBLIC_BASE_URL=https://callscribe.example.com), or unset the NOTIFY_* variables.');
  }
  return {
    webhook: webhookOn ? { url: httpUrl('NOTIFY_WEBHOOK_URL', e.NOTIFY_WEBHOOK_URL!), secret: e.NOTIFY_WEBHOOK_SECRET! } : null,
    slack: e.NOTIFY_SLACK_WEBHOOK_URL ? { url: httpUrl('NOTIFY_SLACK_WEBHOOK_URL', e.NOTIFY_SLACK_WEBHOOK_URL) } : null,
    publicBaseUrl: publicBaseUrl.replace(/\/+$/, ''),
  };
}

function httpUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new ConfigError(`${name} (value hidden) is not a URL; give the full address, e.g. https://hooks.example.com/callscribe.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError(`${name} (value hidden) must be an https:// (or http://) URL.`);
  return url.href;
}
