import { ConfigError } from '../../config/config-error.ts';
import type { Config } from '../../config/env.ts';
import type { StageKey } from '../../domain/insights.ts';
import type { CrmAdapter } from '../../ports/crm.ts';
import type { CrmLink } from '../../review/call-view.ts';
import type { Logger } from '../../logging/logger.ts';
import type { ReadRetry } from './http/retry-read.ts';
import type { LocalCrmSeed } from './local/local-crm.store.ts';

/** The settings every CRM is built with, whichever is chosen (read by loadConfig, not by the module). */
export interface CrmShared {
  /** CRM_STAGE_MAP: canonical stage key → the CRM's own stage(s); each module reads it in its own terms. */
  stageMap: Config['stageMap'];
  dataDir: string;
  /** Contacts and deals a new local CRM starts from (the demo's); the other CRMs ignore it. */
  seed?: LocalCrmSeed;
  /** Told of each failed try of a read that the CRM's client tries again (the local CRM has none). */
  onReadRetry?: (retry: ReadRetry) => void;
  /** Where a CRM client warns of what it refused to follow (the Salesforce token answer's instance_url). */
  logger?: Pick<Logger, 'warn'>;
}

/**
 * A CRM's adapter module, one per folder under `src/adapters/crm/`, listed once in `crmModules`
 * (`src/adapters/registry.ts`): it owns its env variables, builds its adapter and knows its web app's addresses.
 */
export interface CrmModule<C> {
  /** The value of CRM that picks this module. */
  readonly name: string;
  /**
   * Reads the CRM's own variables when CRM names it (the variables of other CRMs are never read). Throws
   * ConfigError naming each bad variable (secrets hidden), or `CRM=<name> needs …` for a missing one.
   */
  configFromEnv(env: Record<string, string | undefined>): C;
  /** Every variable configFromEnv reads: a set name close to one of them is warned about as a likely typo. */
  readonly variables: readonly string[];
  create(config: C, shared: CrmShared): CrmAdapter;
  /** The record's page in the CRM's own web app, for links from the call page; null where there is none. */
  recordUrl(config: C, kind: CrmLink['kind'], id: string): string | null;
}

/** The ConfigError for a variable the chosen CRM cannot work without. */
export const crmNeeds = (crm: string, what: string) => new ConfigError(`CRM=${crm} needs ${what}.`);

/** CRM_STAGE_MAP's entries, each with its stages as a list. */
export const stageMapEntries = (stageMap: CrmShared['stageMap']) =>
  (Object.entries(stageMap) as [StageKey, string | number | (string | number)[]][]).map(([key, v]) => [key, Array.isArray(v) ? v : [v]] as const);
