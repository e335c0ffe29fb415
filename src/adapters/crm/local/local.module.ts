import type { CrmModule } from '../crm-module.ts';
import { createLocalCrm } from './local.crm.ts';

/** The local CRM has no variables of its own: it lives under DATA_DIR. */
export type LocalEnvConfig = Record<string, never>;

/** CRM=local (the default). */
export const localCrm: CrmModule<LocalEnvConfig> = {
  name: 'local',
  configFromEnv: () => ({}),
  variables: [],
  create: (_config, shared) => createLocalCrm({ dataDir: shared.dataDir, ...(shared.seed ? { seed: shared.seed } : {}) }),
  /** It has no web app. */
  recordUrl: () => null,
};
