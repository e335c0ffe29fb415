import { z } from 'zod';
import { httpUrl, optionalVar, parseAdapterEnv } from '../../../config/adapter-env.ts';
import { crmNeeds, stageMapEntries, type CrmModule } from '../crm-module.ts';
import type { CrmLink } from '../../../review/call-view.ts';
import { createSalesforceCrm } from './salesforce.adapter.ts';
import { credentialsOf } from './salesforce.config.ts';

const SalesforceEnv = z.object({
  SALESFORCE_INSTANCE_URL: optionalVar(httpUrl('https://yourorg.my.salesforce.com')),
  SALESFORCE_ACCESS_TOKEN: optionalVar(z.string()),
  SALESFORCE_CLIENT_ID: optionalVar(z.string()),
  SALESFORCE_CLIENT_SECRET: optionalVar(z.string()),
});

/** What the SALESFORCE_* variables say: a fixed access token, or a connected app's client credentials. */
export interface SalesforceEnvConfig {
  instanceUrl: string;
  accessToken?: string;
  clientId?: string;
  clientSecret?: string;
}

const SALESFORCE_OBJECT: Record<CrmLink['kind'], string> = { contact: 'Contact', deal: 'Opportunity', call_log: 'Task', task: 'Task' };

/** CRM=salesforce. */
export const salesforceCrm: CrmModule<SalesforceEnvConfig> = {
  name: 'salesforce',
  variables: Object.keys(SalesforceEnv.shape),

  configFromEnv(env) {
    const e = parseAdapterEnv(SalesforceEnv, env);
    const credentials = { accessToken: e.SALESFORCE_ACCESS_TOKEN, clientId: e.SALESFORCE_CLIENT_ID, clientSecret: e.SALESFORCE_CLIENT_SECRET };
    if (!(e.SALESFORCE_INSTANCE_URL && Object.values(credentials).some(Boolean))) {
      throw crmNeeds(
        'salesforce',
        'SALESFORCE_INSTANCE_URL (https://yourorg.my.salesforce.com) and either SALESFORCE_ACCESS_TOKEN (an OAuth access token of the integration user) ' +
          'or SALESFORCE_CLIENT_ID and SALESFORCE_CLIENT_SECRET (a connected app with the client-credentials flow)',
      );
    }
    credentialsOf({ instanceUrl: e.SALESFORCE_INSTANCE_URL, ...credentials }); // both kinds, half of the client's, or its secret over http are refused at start
    return { instanceUrl: e.SALESFORCE_INSTANCE_URL, ...credentials };
  },

  create: (config, shared) =>
    createSalesforceCrm({
      instanceUrl: config.instanceUrl,
      accessToken: config.accessToken,
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      onReadRetry: shared.onReadRetry,
      logger: shared.logger,
      // Salesforce writes and reads StageNames: each canonical key → its StageNames.
      stageMap: Object.fromEntries(stageMapEntries(shared.stageMap).map(([key, names]) => [key, names.map(String)])),
    }),

  recordUrl: (config, kind, id) => `${config.instanceUrl.replace(/\/+$/, '')}/lightning/r/${SALESFORCE_OBJECT[kind]}/${encodeURIComponent(id)}/view`,
};
