import { describe, expect, it } from 'vitest';
import { pipedriveCrm } from '../../../../src/adapters/crm/pipedrive/pipedrive.module.ts';
import { configErrorOf } from '../../../helpers/config-error.ts';

describe('pipedriveCrm.configFromEnv', () => {
  it('reads the PIPEDRIVE_* variables; the optional ones are null when unset or blank', () => {
    expect(pipedriveCrm.configFromEnv({ PIPEDRIVE_API_TOKEN: 'pd-test', PIPEDRIVE_COMPANY_DOMAIN: '' })).toEqual({ apiToken: 'pd-test', baseUrl: null, companyDomain: null });
    expect(pipedriveCrm.configFromEnv({ PIPEDRIVE_API_TOKEN: 'pd-test', PIPEDRIVE_BASE_URL: 'http://127.0.0.1:4020', PIPEDRIVE_COMPANY_DOMAIN: 'acme-sales' })).toEqual({
      apiToken: 'pd-test',
      baseUrl: 'http://127.0.0.1:4020',
      companyDomain: 'acme-sales',
    });
  });

  it('reads PIPEDRIVE_SEARCH_SETTLE_MS, how long a contact create sent before is given to show in search, as milliseconds', () => {
    expect(pipedriveCrm.configFromEnv({ PIPEDRIVE_API_TOKEN: 'pd-test', PIPEDRIVE_SEARCH_SETTLE_MS: '30000' })).toMatchObject({ searchSettleMs: 30000 });
    expect(configErrorOf(() => pipedriveCrm.configFromEnv({ PIPEDRIVE_API_TOKEN: 'pd-test', PIPEDRIVE_SEARCH_SETTLE_MS: 'soon' })).message).toContain('PIPEDRIVE_SEARCH_SETTLE_MS="soon": must be a number of milliseconds');
  });

  it('names the missing token and where to find it', () => {
    expect(configErrorOf(() => pipedriveCrm.configFromEnv({ PIPEDRIVE_BASE_URL: 'http://127.0.0.1:4020' })).message).toBe(
      'CRM=pipedrive needs PIPEDRIVE_API_TOKEN: the API token from Personal preferences → API.',
    );
  });

  it('names each bad variable with its value and what it must be, never the token', () => {
    const err = configErrorOf(() => pipedriveCrm.configFromEnv({ PIPEDRIVE_API_TOKEN: 'pd-secret-0123', PIPEDRIVE_BASE_URL: 'pipedrive', PIPEDRIVE_COMPANY_DOMAIN: 'acme.pipedrive.com' }));
    expect(err.message).toMatch(/PIPEDRIVE_BASE_URL="pipedrive": /);
    expect(err.message).toContain('PIPEDRIVE_COMPANY_DOMAIN="acme.pipedrive.com": must be the part before .pipedrive.com in your Pipedrive address');
    expect(err.message).not.toContain('pd-secret');
  });
});

describe('pipedriveCrm.recordUrl', () => {
  it('links people and deals with PIPEDRIVE_COMPANY_DOMAIN; activities and a missing domain have none', () => {
    const config = { apiToken: 't', baseUrl: null, companyDomain: 'acme' };
    expect(pipedriveCrm.recordUrl(config, 'contact', '17')).toBe('https://acme.pipedrive.com/person/17');
    expect(pipedriveCrm.recordUrl(config, 'deal', '4')).toBe('https://acme.pipedrive.com/deal/4');
    expect(pipedriveCrm.recordUrl(config, 'call_log', '9')).toBeNull();
    expect(pipedriveCrm.recordUrl(config, 'task', '9')).toBeNull();
    expect(pipedriveCrm.recordUrl({ ...config, companyDomain: null }, 'deal', '4')).toBeNull();
  });
});

describe('pipedriveCrm.create', () => {
  it('reads CRM_STAGE_MAP as canonical key → stage ids (numbers), which the adapter checks', () => {
    const config = { apiToken: 't', baseUrl: null, companyDomain: null };
    expect(pipedriveCrm.create(config, { stageMap: { qualifiedtobuy: '12', contractsent: [14, '15'] }, dataDir: '/nonexistent' }).kind).toBe('pipedrive');
    // Each refusal says, in CRM_STAGE_MAP's terms, what Pipedrive takes.
    expect(configErrorOf(() => pipedriveCrm.create(config, { stageMap: { qualifiedtobuy: 'Qualified' }, dataDir: '/nonexistent' })).message).toMatch(/CRM_STAGE_MAP for Pipedrive gives stage_ids, numbers/);
    expect(configErrorOf(() => pipedriveCrm.create(config, { stageMap: { closedwon: 3 }, dataDir: '/nonexistent' })).message).toMatch(/CRM_STAGE_MAP for Pipedrive maps only the open stage keys .*closedwon and closedlost are a deal's status/);
  });
});
