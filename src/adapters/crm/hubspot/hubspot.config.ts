import { z } from 'zod';
import { ConfigError } from '../../../config/config-error.ts';
import { apiBaseUrl, defaultPhoneRegion, onReadRetry, readTries, requestTimeoutMs, retrySleep } from '../config-fields.ts';
import { StageKey } from '../../../domain/insights.ts';

/** Settings of the HubSpot CRM adapter; the environment maps onto them (HUBSPOT_ACCESS_TOKEN, HUBSPOT_BASE_URL, …). */
export const HubSpotCrmConfig = z.object({
  accessToken: z.string().trim().min(1, 'set HUBSPOT_ACCESS_TOKEN to a HubSpot private-app access token'),
  baseUrl: apiBaseUrl('https://api.hubapi.com'),
  timeoutMs: requestTimeoutMs,
  defaultPhoneRegion,
  /** Create the `callscribe_key` property on calls and tasks when it is missing (needs a token allowed to edit properties). */
  createKeyProperty: z.boolean().default(true),
  /** HubSpot stage id → canonical stage key, for pipelines whose stages are neither the default ids nor their labels. */
  stageMap: z.record(z.string(), StageKey).default({}),
  /** How long HubSpot's search index may lag behind a write; a retry of a create whose answer was lost waits this long. */
  searchSettleMs: z.number().int().min(0).default(10_000),
  searchPerSecond: z.number().positive().max(5).default(4),
  readTries,
  onReadRetry,
  sleep: retrySleep,
  fetch: z.custom<typeof fetch>((v) => typeof v === 'function', 'fetch must be a function').optional(),
  clock: z.custom<() => Date>((v) => typeof v === 'function', 'clock must be a function').optional(),
});
export type HubSpotCrmConfig = z.input<typeof HubSpotCrmConfig>;

export type HubSpotSettings = z.output<typeof HubSpotCrmConfig>;

export function parseHubSpotConfig(config: HubSpotCrmConfig): HubSpotSettings {
  const parsed = HubSpotCrmConfig.safeParse(config);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'config'}: ${i.message}`).join('; ');
  throw new ConfigError(`HubSpot CRM configuration is invalid: ${issues}`);
}
