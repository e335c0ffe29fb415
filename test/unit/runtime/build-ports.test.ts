import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../../src/adapters/storage/fs/fs.blob-store.ts';
import { loadConfig } from '../../../src/config/env.ts';
import { silentLogger } from '../../../src/logging/logger.ts';
import { buildPorts } from '../../../src/runtime/build-ports.ts';
import { loadDemoCrmSeed } from '../../../src/runtime/demo-seed.ts';
import { REPO_ROOT } from '../../helpers/fixtures.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const DEMO_CONTACT = { email: 'elena.novak@brightline.example.com' };

describe('buildPorts', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(() => temp.cleanup());

  const portsFor = async (crmSeed?: Awaited<ReturnType<typeof loadDemoCrmSeed>>) => {
    const config = loadConfig({ DATA_DIR: temp.dir, CRM: 'local', TRANSCRIBER: 'local', EXTRACTOR: 'rules' });
    return buildPorts(config, createFsBlobStore(temp.dir), silentLogger, { env: {}, ...(crmSeed ? { crmSeed } : {}) });
  };

  it('starts empty unless a seed is passed: serve and work never see the demo’s contacts', async () => {
    const ports = await portsFor();
    expect(await ports.crm.findContact(DEMO_CONTACT)).toMatchObject({ kind: 'not_found' });
  });

  it('starts from the seed it is given', async () => {
    const ports = await portsFor(await loadDemoCrmSeed());
    expect(await ports.crm.findContact(DEMO_CONTACT)).toMatchObject({ kind: 'found', contact: { name: 'Elena Novak' } });
  });

  it('checks recordings against MAX_AUDIO_SECONDS', async () => {
    const config = loadConfig({ DATA_DIR: temp.dir, MAX_AUDIO_SECONDS: '900' });
    expect((await buildPorts(config, createFsBlobStore(temp.dir), silentLogger, { env: {} })).policy.maxDurationSec).toBe(900);
  });

  it('only the demo command loads the demo seed', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
    const users = [...files(join(REPO_ROOT, 'src')), ...files(join(REPO_ROOT, 'workers'))]
      .filter((f) => !f.endsWith('demo-seed.ts') && readFileSync(f, 'utf8').includes('loadDemoCrmSeed'))
      .map((f) => relative(REPO_ROOT, f));
    expect(users).toEqual(['src/cli/commands/demo.command.ts']);
  });
});
