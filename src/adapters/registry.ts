import type { Config } from '../config/env.ts';
import type { StageKey } from '../domain/insights.ts';
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

const values = (v: string | number | (string | number)[]) => (Array.isArray(v) ? v : [v]);
const stageEntries = (c: Config) => Object.entries(c.stageMap) as [StageKey, string | number | (string | number)[]][];

/** CRM_STAGE_MAP in each CRM's terms: HubSpot reads stage id → key, Salesforce key → StageNames, Pipedrive key → stage ids. */
const stageMaps = {
  hubspot: (c: Config) => Object.fromEntries(stageEntries(c).flatMap(([key, v]) => values(v).map((id) => [String(id), key]))),
  salesforce: (c: Config) => Object.fromEntries(stageEntries(c).map(([key, v]) => [key, values(v).map(String)])),
  pipedrive: (c: Config) => Object.fromEntries(stageEntries(c).map(([key, v]) => [key, values(v).map(Number)])),
};

export const crms = {
  local: (c: Config, seed?: LocalCrmConfig['seed']) => createLocalCrm({ dataDir: c.dataDir, ...(seed ? { seed } : {}) }),
  hubspot: (c: Config) =>
    createHubSpotCrm({
      accessToken: c.hubspot?.accessToken ?? '',
      ...(c.hubspot?.baseUrl ? { baseUrl: c.hubspot.baseUrl } : {}),
      defaultPhoneRegion: c.hubspot?.phoneRegion ?? null,
      stageMap: stageMaps.hubspot(c),
    }),
  salesforce: (c: Config) =>
    createSalesforceCrm({ instanceUrl: c.salesforce?.instanceUrl ?? '', accessToken: c.salesforce?.accessToken ?? '', stageMap: stageMaps.salesforce(c) }),
  pipedrive: (c: Config) =>
    createPipedriveCrm({
      apiToken: c.pipedrive?.apiToken ?? '',
      ...(c.pipedrive?.baseUrl ? { baseUrl: c.pipedrive.baseUrl } : {}),
      stageMap: stageMaps.pipedrive(c) as NonNullable<Parameters<typeof createPipedriveCrm>[0]['stageMap']>,
    }),
} satisfies Record<Config['crm'], (c: Config, seed?: LocalCrmConfig['seed']) => CrmAdapter>;
