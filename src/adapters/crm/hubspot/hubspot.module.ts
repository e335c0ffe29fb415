import { z } from 'zod';
import { httpUrl, optionalVar, parseAdapterEnv } from '../../../config/adapter-env.ts';
import { crmNeeds, stageMapEntries, type CrmModule } from '../crm-module.ts';
import type { CrmLink } from '../../../review/call-view.ts';
import { createHubSpotCrm } from './hubspot.adapter.ts';

const HubSpotEnv = z.object({
  HUBSPOT_ACCESS_TOKEN: optionalVar(z.string()),
  HUBSPOT_BASE_URL: optionalVar(httpUrl('https://api.hubapi.com')),
  HUBSPOT_PHONE_REGION: optionalVar(z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 country code such as US or GB')),
  /** For links from the call page into HubSpot's own pages. */
  HUBSPOT_PORTAL_ID: optionalVar(z.string().regex(/^\d+$/, 'must be your HubSpot account (portal) id, digits only')),
  /** How long HubSpot's search may take to show a new record: a create that may have been sent before is searched again after it. */
  HUBSPOT_SEARCH_SETTLE_MS: optionalVar(z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(0).max(120_000)),
});

/** What the HUBSPOT_* variables say. */
export interface HubSpotEnvConfig {
  accessToken: string;
  baseUrl: string | null;
  phoneRegion: string | null;
  portalId: string | null;
  /** HUBSPOT_SEARCH_SETTLE_MS; absent: the adapter's default. */
  searchSettleMs?: number;
}

/** HubSpot's object type ids in record URLs: contacts, deals, calls, tasks. */
const HUBSPOT_TYPE: Record<CrmLink['kind'], string> = { contact: '0-1', deal: '0-3', call_log: '0-48', task: '0-27' };

/** CRM=hubspot. */
export const hubspotCrm: CrmModule<HubSpotEnvConfig> = {
  name: 'hubspot',
  variables: Object.keys(HubSpotEnv.shape),

  configFromEnv(env) {
    const e = parseAdapterEnv(HubSpotEnv, env);
    if (!e.HUBSPOT_ACCESS_TOKEN) throw crmNeeds('hubspot', 'HUBSPOT_ACCESS_TOKEN: a HubSpot private-app token with the crm.objects.contacts, deals and owners scopes');
    return {
      accessToken: e.HUBSPOT_ACCESS_TOKEN,
      baseUrl: e.HUBSPOT_BASE_URL ?? null,
      phoneRegion: e.HUBSPOT_PHONE_REGION ?? null,
      portalId: e.HUBSPOT_PORTAL_ID ?? null,
      ...(e.HUBSPOT_SEARCH_SETTLE_MS !== undefined && { searchSettleMs: e.HUBSPOT_SEARCH_SETTLE_MS }),
    };
  },

  create: (config, shared) =>
    createHubSpotCrm({
      accessToken: config.accessToken,
      ...(config.baseUrl ? { baseUrl: config.baseUrl } : {}),
      ...(config.searchSettleMs !== undefined && { searchSettleMs: config.searchSettleMs }),
      defaultPhoneRegion: config.phoneRegion,
      onReadRetry: shared.onReadRetry,
      // HubSpot reads stages back: each of its stage ids → the canonical key.
      stageMap: Object.fromEntries(stageMapEntries(shared.stageMap).flatMap(([key, ids]) => ids.map((id) => [String(id), key]))),
    }),

  /** Needs HUBSPOT_PORTAL_ID. */
  recordUrl: (config, kind, id) => (config.portalId ? `https://app.hubspot.com/contacts/${config.portalId}/record/${HUBSPOT_TYPE[kind]}/${encodeURIComponent(id)}` : null),
};
