import type { Config } from '../config/env.ts';
import type { Logger } from '../logging/logger.ts';
import type { CrmAdapter } from '../ports/crm.ts';
import type { Extractor } from '../ports/extractor.ts';
import type { Transcriber } from '../ports/transcriber.ts';
import type { CrmLink } from '../review/call-view.ts';
import type { CrmModule, CrmShared } from './crm/crm-module.ts';
import { hubspotCrm } from './crm/hubspot/hubspot.module.ts';
import type { LocalCrmSeed } from './crm/local/local-crm.store.ts';
import { localCrm } from './crm/local/local.module.ts';
import { pipedriveCrm } from './crm/pipedrive/pipedrive.module.ts';
import { salesforceCrm } from './crm/salesforce/salesforce.module.ts';
import { createOpenAiExtractor } from './extraction/openai/openai.extractor.ts';
import { createRulesExtractor } from './extraction/rules/rules.extractor.ts';
import { createLocalTranscriber } from './transcription/local/pocketsphinx.transcriber.ts';
import { createOpenAiTranscriber } from './transcription/openai/openai.transcriber.ts';

/** What an engine gets besides its settings: the logger for warnings about what its server lacks. */
interface EngineDeps {
  logger: Logger;
}
type Factory<T> = (config: Config, deps: EngineDeps) => T;

/** The engines callscribe can use, picked by TRANSCRIBER / EXTRACTOR. */
export const transcribers = {
  local: () => createLocalTranscriber(),
  openai: (c, { logger }) =>
    createOpenAiTranscriber({ ...c.openai.transcribe, concurrency: c.openai.transcribe.concurrency ?? undefined, audioFormat: c.openai.transcribe.audioFormat ?? undefined, logger }),
} satisfies Record<Config['transcriber'], Factory<Transcriber>>;

export const extractors = {
  rules: (c) => createRulesExtractor({ redact: { contacts: c.redactContacts } }),
  openai: (c, { logger }) => createOpenAiExtractor({ ...c.openai.extract, redact: { contacts: c.redactContacts }, logger }),
} satisfies Record<Config['extractor'], Factory<Extractor>>;

/**
 * The CRMs callscribe can write to, picked by CRM: one line each. A module owns its variables
 * (loadConfig asks the chosen one for its config), builds its adapter and links to its records.
 */
export const crmModules = {
  local: localCrm,
  hubspot: hubspotCrm,
  salesforce: salesforceCrm,
  pipedrive: pipedriveCrm,
} satisfies Record<string, CrmModule<unknown>>;

export type CrmName = keyof typeof crmModules;
/** The config of one of the CRM modules, as its configFromEnv returns it. */
export type CrmConfig = { [K in CrmName]: ReturnType<(typeof crmModules)[K]['configFromEnv']> }[CrmName];

/** config.crm's module; loadConfig read config.crmConfig with this same module. */
const chosenCrm = (config: Config): CrmModule<unknown> => crmModules[config.crm];

/**
 * The adapter of the CRM the configuration chose; `seed` is where a new local CRM starts from, `onReadRetry`
 * hears of each read its client tries again, `logger` of what its client refused to follow.
 */
export function createCrm(config: Config, opts: Pick<CrmShared, 'seed' | 'onReadRetry' | 'logger'> = {}): CrmAdapter {
  return chosenCrm(config).create(config.crmConfig, { stageMap: config.stageMap, dataDir: config.dataDir, ...opts });
}

/** Links from the call page to the records in the chosen CRM's own web app (null where it has none). */
export function crmRecordLinks(config: Config): (kind: CrmLink['kind'], id: string) => string | null {
  const module = chosenCrm(config);
  return (kind, id) => module.recordUrl(config.crmConfig, kind, id);
}
