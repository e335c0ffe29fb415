import { afterEach, describe, expect, it } from 'vitest';
import { hubspotCrm } from '../../../../src/adapters/crm/hubspot/hubspot.module.ts';
import { configErrorOf } from '../../../helpers/config-error.ts';
import { startHubSpotFake, type HubSpotFake } from '../../../helpers/fakes/hubspot.fake.ts';
import { DEFAULT_PIPELINE } from '../../../helpers/fakes/hubspot-schema.ts';

describe('hubspotCrm.configFromEnv', () => {
  it('reads the HUBSPOT_* variables; the optional ones are null when unset or blank', () => {
    expect(hubspotCrm.configFromEnv({ HUBSPOT_ACCESS_TOKEN: 'pat-test', HUBSPOT_PHONE_REGION: ' ' })).toEqual({ accessToken: 'pat-test', baseUrl: null, phoneRegion: null, portalId: null });
    const env = { HUBSPOT_ACCESS_TOKEN: 'pat-test', HUBSPOT_BASE_URL: 'http://127.0.0.1:4010', HUBSPOT_PHONE_REGION: 'GB', HUBSPOT_PORTAL_ID: '4412' };
    expect(hubspotCrm.configFromEnv(env)).toEqual({ accessToken: 'pat-test', baseUrl: 'http://127.0.0.1:4010', phoneRegion: 'GB', portalId: '4412' });
  });

  it('reads HUBSPOT_SEARCH_SETTLE_MS, how long a create sent before is given to show in search, as milliseconds', () => {
    expect(hubspotCrm.configFromEnv({ HUBSPOT_ACCESS_TOKEN: 'pat-test', HUBSPOT_SEARCH_SETTLE_MS: '30000' })).toMatchObject({ searchSettleMs: 30000 });
    expect(configErrorOf(() => hubspotCrm.configFromEnv({ HUBSPOT_ACCESS_TOKEN: 'pat-test', HUBSPOT_SEARCH_SETTLE_MS: 'soon' })).message).toContain('HUBSPOT_SEARCH_SETTLE_MS="soon": must be a number of milliseconds');
  });

  it('names the missing token, what it is and the scopes it needs', () => {
    for (const token of [undefined, '', '  ']) {
      const err = configErrorOf(() => hubspotCrm.configFromEnv({ HUBSPOT_ACCESS_TOKEN: token }));
      expect(err.message).toBe('CRM=hubspot needs HUBSPOT_ACCESS_TOKEN: a HubSpot private-app token with the crm.objects.contacts, deals and owners scopes.');
    }
  });

  it('names each bad variable with its value and what it must be', () => {
    const err = configErrorOf(() => hubspotCrm.configFromEnv({ HUBSPOT_ACCESS_TOKEN: 'pat-test', HUBSPOT_BASE_URL: 'api.hubapi', HUBSPOT_PHONE_REGION: 'gb', HUBSPOT_PORTAL_ID: 'acme' }));
    expect(err.message).toMatch(/HUBSPOT_BASE_URL="api.hubapi": /);
    expect(err.message).toContain('HUBSPOT_PHONE_REGION="gb": must be an ISO 3166 country code such as US or GB');
    expect(err.message).toContain('HUBSPOT_PORTAL_ID="acme": must be your HubSpot account (portal) id, digits only');
  });

  it('never shows the token in its messages', () => {
    const token = 'pat-na1-0123-abcd';
    const err = configErrorOf(() => hubspotCrm.configFromEnv({ HUBSPOT_ACCESS_TOKEN: token, HUBSPOT_BASE_URL: 'not a url' }));
    expect(err.message).toContain('HUBSPOT_BASE_URL="not a url"');
    expect(err.message).not.toContain(token);
  });
});

describe('hubspotCrm.recordUrl', () => {
  const config = { accessToken: 't', baseUrl: null, phoneRegion: null };
  it('links into the portal named by HUBSPOT_PORTAL_ID, by object type; none without it', () => {
    expect(hubspotCrm.recordUrl({ ...config, portalId: '4412' }, 'contact', '201')).toBe('https://app.hubspot.com/contacts/4412/record/0-1/201');
    expect(hubspotCrm.recordUrl({ ...config, portalId: '4412' }, 'call_log', 'a/b')).toBe('https://app.hubspot.com/contacts/4412/record/0-48/a%2Fb');
    expect(hubspotCrm.recordUrl({ ...config, portalId: null }, 'deal', '9')).toBeNull();
  });
});

describe('hubspotCrm.create', () => {
  let fake: HubSpotFake;
  afterEach(() => fake.close());

  it('reads CRM_STAGE_MAP as HubSpot stage id → canonical key', async () => {
    fake = await startHubSpotFake();
    const custom = { id: '7001', label: 'Renewals', displayOrder: 1, stages: [{ id: '1001', label: 'Haggling', displayOrder: 0, metadata: { isClosed: 'false', probability: '0.5' } }] };
    fake.seed({ pipelines: [DEFAULT_PIPELINE, custom] });
    const [deal] = fake.seed({ deals: [{ dealname: 'Renewal', pipeline: '7001', dealstage: '1001' }] }).deals;
    const config = { accessToken: fake.accessToken, baseUrl: fake.baseUrl, phoneRegion: null, portalId: null };
    const crm = hubspotCrm.create(config, { stageMap: { presentationscheduled: [1001] }, dataDir: '/nonexistent' });
    expect(await crm.getDeal(deal!)).toMatchObject({ stage: 'presentationscheduled' });
    expect(await hubspotCrm.create(config, { stageMap: {}, dataDir: '/nonexistent' }).getDeal(deal!)).toMatchObject({ stage: null, unmappedStage: expect.stringContaining('Haggling') });
  });
});
