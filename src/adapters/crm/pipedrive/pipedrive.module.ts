import { z } from 'zod';
import { httpUrl, optionalVar, parseAdapterEnv } from '../../../config/adapter-env.ts';
import { crmNeeds, stageMapEntries, type CrmModule } from '../crm-module.ts';
import { createPipedriveCrm, type PipedriveCrmConfig } from './pipedrive.adapter.ts';

const PipedriveEnv = z.object({
  PIPEDRIVE_API_TOKEN: optionalVar(z.string()),
  PIPEDRIVE_BASE_URL: optionalVar(httpUrl('https://api.pipedrive.com')),
  /** For links from the call page into Pipedrive's own pages. */
  PIPEDRIVE_COMPANY_DOMAIN: optionalVar(z.string().regex(/^[a-z0-9-]+$/i, 'must be the part before .pipedrive.com in your Pipedrive address')),
  /** How long Pipedrive's person search may take to show a new person: a contact create that may have been sent before is searched again after it. */
  PIPEDRIVE_SEARCH_SETTLE_MS: optionalVar(z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(0).max(120_000)),
});

/** What the PIPEDRIVE_* variables say. */
export interface PipedriveEnvConfig {
  apiToken: string;
  baseUrl: string | null;
  companyDomain: string | null;
  /** PIPEDRIVE_SEARCH_SETTLE_MS; absent: the adapter's default. */
  searchSettleMs?: number;
}

/** CRM=pipedrive. */
export const pipedriveCrm: CrmModule<PipedriveEnvConfig> = {
  name: 'pipedrive',
  variables: Object.keys(PipedriveEnv.shape),

  configFromEnv(env) {
    const e = parseAdapterEnv(PipedriveEnv, env);
    if (!e.PIPEDRIVE_API_TOKEN) throw crmNeeds('pipedrive', 'PIPEDRIVE_API_TOKEN: the API token from Personal preferences → API');
    return {
      apiToken: e.PIPEDRIVE_API_TOKEN,
      baseUrl: e.PIPEDRIVE_BASE_URL ?? null,
      companyDomain: e.PIPEDRIVE_COMPANY_DOMAIN ?? null,
      ...(e.PIPEDRIVE_SEARCH_SETTLE_MS !== undefined && { searchSettleMs: e.PIPEDRIVE_SEARCH_SETTLE_MS }),
    };
  },

  create: (config, shared) =>
    createPipedriveCrm({
      apiToken: config.apiToken,
      ...(config.baseUrl ? { baseUrl: config.baseUrl } : {}),
      ...(config.searchSettleMs !== undefined && { searchSettleMs: config.searchSettleMs }),
      onReadRetry: shared.onReadRetry,
      // Pipedrive writes stage ids: each canonical key → its stage_ids (the adapter's schema rejects keys that are not stages).
      stageMap: Object.fromEntries(stageMapEntries(shared.stageMap).map(([key, ids]) => [key, ids.map(Number)])) as NonNullable<PipedriveCrmConfig['stageMap']>,
    }),

  /** People and deals, with PIPEDRIVE_COMPANY_DOMAIN; activities have no page of their own. */
  recordUrl(config, kind, id) {
    const domain = config.companyDomain;
    if (!domain || (kind !== 'contact' && kind !== 'deal')) return null;
    return `https://${domain}.pipedrive.com/${kind === 'contact' ? 'person' : 'deal'}/${encodeURIComponent(id)}`;
  },
};
