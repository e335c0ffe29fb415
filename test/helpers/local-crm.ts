import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LocalCrmData } from '../../src/adapters/crm/local/local-crm.store.ts';
import { loadDemoCrmSeed } from '../../src/runtime/demo-seed.ts';

/** Gives the local CRM under `dataDir` the demo's contacts and deals, as a demo run leaves them (only `demo` seeds by itself). */
export async function writeDemoLocalCrm(dataDir: string): Promise<void> {
  await mkdir(join(dataDir, 'crm'), { recursive: true });
  await writeFile(join(dataDir, 'crm', 'local-crm.json'), JSON.stringify(LocalCrmData.parse(await loadDemoCrmSeed()), null, 2));
}
