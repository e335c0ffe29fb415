import type { Config } from '../config/env.ts';
import type { CrmAdapter } from '../ports/crm.ts';
import type { Extractor } from '../ports/extractor.ts';
import type { Transcriber } from '../ports/transcriber.ts';
import { createHubSpotCrm } from './crm/hubspot/hubspot.adapter.ts';
import { createLocalCrm, type LocalCrmConfig } from './crm/local/local.crm.ts';
import { createPipedriveCrm } from './crm/pipedrive/pipedrive.adapter.ts';
import { createSalesforceCrm } from './crm/salesforce/salesforce.adapter.ts';
import { createOpenAiExtractor } from './extraction/openai/openai.extractor.ts';
import { createRulesExtractor } from './extraction/rules/rules.extractor.ts';
import { createLocalTranscriber } from './transcription/local/pocketsphinx.transcriber.ts';
import { createOpenAiTranscriber } from './transcription/openai/openai.transcriber.ts';

type Factory<T> = (config: Config) => T;

/** The engines and CRMs callscribe can use, picked by TRANSCRIBER / EXTRACTOR / CRM. */
export const transcribers = {
  local: () => createLocalTranscriber(),
  openai: (c) => createOpenAiTranscriber({ apiKey: c.openai.apiKey ?? '', baseURL: c.openai.baseURL, model: c.openai.transcribeModel }),
} satisfies Record<Config['transcriber'], Factory<Transcriber>>;

export const extractors = {
  rules: (c) => createRulesExtractor({ redact: { contacts: c.redactContacts } }),
  openai: (c) =>
    createOpenAiExtractor({ apiKey: c.openai.apiKey ?? '', baseURL: c.openai.baseURL, model: c.openai.extractModel, redact: { contacts: c.redactContacts } }),
} satisfies Record<Config['extractor'], Factory<Extractor>>;

export const crms = {
  local: (c: Config, seed?: LocalCrmConfig['seed']) => createLocalCrm({ dataDir: c.dataDir, ...(seed ? { seed } : {}) }),
  hubspot: (c: Config) =>
    createHubSpotCrm({
      accessToken: c.hubspot?.accessToken ?? '',
      ...(c.hubspot?.baseUrl ? { baseUrl: c.hubspot.baseUrl } : {}),
      defaultPhoneRegion: c.hubspot?.phoneRegion ?? null,
    }),
  salesforce: (c: Config) => createSalesforceCrm({ instanceUrl: c.salesforce?.instanceUrl ?? '', accessToken: c.salesforce?.accessToken ?? '' }),
  pipedrive: (c: Config) => createPipedriveCrm({ apiToken: c.pipedrive?.apiToken ?? '', ...(c.pipedrive?.baseUrl ? { baseUrl: c.pipedrive.baseUrl } : {}) }),
} satisfies Record<Config['crm'], (c: Config, seed?: LocalCrmConfig['seed']) => CrmAdapter>;
