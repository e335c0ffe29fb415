import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { LocalCrmSeed } from '../adapters/crm/local/local-crm.store.ts';

/** The demo's contacts and deals (fixtures/crm/seed.json): only `demo` starts a local CRM from them. */
export const DEMO_CRM_SEED = fileURLToPath(new URL('../../fixtures/crm/seed.json', import.meta.url));

export async function loadDemoCrmSeed(): Promise<LocalCrmSeed> {
  return JSON.parse(await readFile(DEMO_CRM_SEED, 'utf8')) as LocalCrmSeed;
}
