import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LocalCrm } from '../../../../src/adapters/crm/local/local.crm.ts';
import { localCrm } from '../../../../src/adapters/crm/local/local.module.ts';
import { makeTempDir } from '../../../helpers/temp-dir.ts';

describe('localCrm', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(() => temp.cleanup());

  it('has no variables of its own and no web pages', () => {
    expect(localCrm.configFromEnv({ HUBSPOT_ACCESS_TOKEN: '', DATA_DIR: '/x' })).toEqual({});
    expect(localCrm.recordUrl({}, 'contact', 'contact-1')).toBeNull();
  });

  it('lives under DATA_DIR and starts from the seed it is given', async () => {
    const seed = { contacts: [{ id: 'contact-1', name: 'Elena Novak', email: null, phone: '+44 20 7946 0321', company: null }], deals: [] };
    const crm = localCrm.create({}, { stageMap: {}, dataDir: temp.dir, seed }) as LocalCrm;
    expect(await crm.findContact({ phone: '+442079460321' })).toMatchObject({ kind: 'found', contact: { id: 'contact-1' } });
    const empty = localCrm.create({}, { stageMap: {}, dataDir: `${temp.dir}/other` }) as LocalCrm;
    expect((await empty.snapshot()).contacts).toEqual([]);
  });
});
