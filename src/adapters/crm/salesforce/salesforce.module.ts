import { z } from 'zod';
import { optionalVar, parseAdapterEnv } from '../../../config/adapter-env.ts';
import { crmNeeds, stageMapEntries, type CrmModule } from '../crm-module.ts';
import type { CrmLink } from '../../../review/call-view.ts';
import { createSalesforceCrm } from './salesforce.adapter.ts';

const SalesforceEnv = z.object({
  SALESFORCE_INSTANCE_URL: optionalVar(z.url()),
  SALESFORCE_ACCESS_TOKEN: optionalVar(z.string()),
});

/** What the SALESFORCE_* variables say. */
export interface SalesforceEnvConfig {
  instanceUrl: string;
  accessToken: string;
}

const SALESFORCE_OBJECT: Record<CrmLink['kind'], string> = { contact: 'Contact', deal: 'Opportunity', call_log: 'Task', task: 'Task' };

/** CRM=salesforce. */
export const salesforceCrm: CrmModule<SalesforceEnvConfig> = {
  name: 'salesforce',

  configFromEnv(env) {
    const e = parseAdapterEnv(SalesforceEnv, env);
    if (!(e.SALESFORCE_INSTANCE_URL && e.SALESFORCE_ACCESS_TOKEN)) {
      throw crmNeeds('salesforce', 'SALESFORCE_INSTANCE_URL (https://yourorg.my.salesforce.com) and SALESFORCE_ACCESS_TOKEN (an OAuth access token of the integration user)');
    }
    return { instanceUrl: e.SALESFORCE_INSTANCE_URL, accessToken: e.SALESFORCE_ACCESS_TOKEN };
  },

  create: (config, shared) =>
    createSalesforceCrm({
      instanceUrl: config.instanceUrl,
      accessToken: config.accessToken,
      onReadRetry: shared.onReadRetry,
      // Salesforce writes and reads StageNames: each canonical key → its StageNames.
      stageMap: Object.fromEntries(stageMapEntries(shared.stageMap).map(([key, names]) => [key, names.map(String)])),
    }),

  recordUrl: (config, kind, id) => `${config.instanceUrl.replace(/\/+$/, '')}/lightning/r/${SALESFORCE_OBJECT[kind]}/${encodeURIComponent(id)}/view`,
};
