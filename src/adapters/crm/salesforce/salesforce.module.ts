import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '../../../config/config-error.ts';
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
  SALESFORCE_USERNAME: optionalVar(z.string()),
  SALESFORCE_PRIVATE_KEY: optionalVar(z.string()),
  SALESFORCE_PRIVATE_KEY_FILE: optionalVar(z.string()),
  SALESFORCE_LOGIN_URL: optionalVar(httpUrl('https://login.salesforce.com')),
});

/**
 * What the SALESFORCE_* variables say: a fixed access token, a connected app's client credentials, or a connected app's
 * Consumer Key with the integration user's username and the private key of the app's certificate (JWT bearer flow).
 */
export interface SalesforceEnvConfig {
  instanceUrl: string;
  accessToken?: string;
  clientId?: string;
  clientSecret?: string;
  username?: string;
  /** PEM text, from SALESFORCE_PRIVATE_KEY or read from SALESFORCE_PRIVATE_KEY_FILE at start. */
  privateKey?: string;
  loginUrl?: string;
}

/** The private key's PEM text and the setting it came from; both variables set is refused. */
function privateKeyFromEnv(e: { SALESFORCE_PRIVATE_KEY?: string; SALESFORCE_PRIVATE_KEY_FILE?: string }): { privateKey?: string; from: string } {
  const path = e.SALESFORCE_PRIVATE_KEY_FILE;
  if (!path) return { privateKey: e.SALESFORCE_PRIVATE_KEY, from: 'SALESFORCE_PRIVATE_KEY' };
  if (e.SALESFORCE_PRIVATE_KEY) {
    throw new ConfigError('Salesforce CRM configuration is invalid: both SALESFORCE_PRIVATE_KEY and SALESFORCE_PRIVATE_KEY_FILE are set. Keep the one that holds the key and unset the other.');
  }
  const from = `SALESFORCE_PRIVATE_KEY_FILE (${path})`;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(
      `Salesforce CRM configuration is invalid: ${from} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'}). Point it at the PEM file of the connected app's private key ` +
        '(in a container, mount the file too), or set SALESFORCE_PRIVATE_KEY to its text.',
    );
  }
  if (!text.trim()) throw new ConfigError(`Salesforce CRM configuration is invalid: ${from} is empty. Point it at the PEM file of the connected app's private key.`);
  return { privateKey: text, from };
}

const SALESFORCE_OBJECT: Record<CrmLink['kind'], string> = { contact: 'Contact', deal: 'Opportunity', call_log: 'Task', task: 'Task' };

/** CRM=salesforce. */
export const salesforceCrm: CrmModule<SalesforceEnvConfig> = {
  name: 'salesforce',
  variables: Object.keys(SalesforceEnv.shape),

  configFromEnv(env) {
    const e = parseAdapterEnv(SalesforceEnv, env);
    const key = privateKeyFromEnv(e);
    const credentials = {
      accessToken: e.SALESFORCE_ACCESS_TOKEN,
      clientId: e.SALESFORCE_CLIENT_ID,
      clientSecret: e.SALESFORCE_CLIENT_SECRET,
      username: e.SALESFORCE_USERNAME,
      privateKey: key.privateKey,
      loginUrl: e.SALESFORCE_LOGIN_URL,
    };
    if (!(e.SALESFORCE_INSTANCE_URL && Object.values(credentials).some(Boolean))) {
      throw crmNeeds(
        'salesforce',
        'SALESFORCE_INSTANCE_URL (https://yourorg.my.salesforce.com) and either SALESFORCE_ACCESS_TOKEN (an OAuth access token of the integration user), ' +
          'SALESFORCE_CLIENT_ID and SALESFORCE_CLIENT_SECRET (a connected app with the client-credentials flow), or SALESFORCE_CLIENT_ID, SALESFORCE_USERNAME and ' +
          'SALESFORCE_PRIVATE_KEY or SALESFORCE_PRIVATE_KEY_FILE (a connected app with a certificate: the JWT bearer flow)',
      );
    }
    // Two kinds at once, half of one, a secret or assertion over http, or a key that is not an RSA private key are refused at start.
    credentialsOf({ instanceUrl: e.SALESFORCE_INSTANCE_URL, ...credentials, privateKeyFrom: key.from });
    return { instanceUrl: e.SALESFORCE_INSTANCE_URL, ...credentials };
  },

  create: (config, shared) =>
    createSalesforceCrm({
      instanceUrl: config.instanceUrl,
      accessToken: config.accessToken,
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      username: config.username,
      privateKey: config.privateKey,
      loginUrl: config.loginUrl,
      onReadRetry: shared.onReadRetry,
      logger: shared.logger,
      // Salesforce writes and reads StageNames: each canonical key → its StageNames.
      stageMap: Object.fromEntries(stageMapEntries(shared.stageMap).map(([key, names]) => [key, names.map(String)])),
    }),

  recordUrl: (config, kind, id) => `${config.instanceUrl.replace(/\/+$/, '')}/lightning/r/${SALESFORCE_OBJECT[kind]}/${encodeURIComponent(id)}/view`,
};
