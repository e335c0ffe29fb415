import { describe, expect, it } from 'vitest';
import { salesforceCrm } from '../../../../src/adapters/crm/salesforce/salesforce.module.ts';
import { configErrorOf } from '../../../helpers/config-error.ts';

const NEEDS =
  'CRM=salesforce needs SALESFORCE_INSTANCE_URL (https://yourorg.my.salesforce.com) and either SALESFORCE_ACCESS_TOKEN (an OAuth access token of the integration user) ' +
  'or SALESFORCE_CLIENT_ID and SALESFORCE_CLIENT_SECRET (a connected app with the client-credentials flow).';
const INSTANCE = { SALESFORCE_INSTANCE_URL: 'https://acme.my.salesforce.com' };

describe('salesforceCrm.configFromEnv', () => {
  it('reads the instance URL and the access token', () => {
    expect(salesforceCrm.configFromEnv({ SALESFORCE_INSTANCE_URL: 'https://acme.my.salesforce.com', SALESFORCE_ACCESS_TOKEN: '00Dtest' })).toEqual({
      instanceUrl: 'https://acme.my.salesforce.com',
      accessToken: '00Dtest',
    });
  });

  it('reads client credentials instead of a token', () => {
    expect(salesforceCrm.configFromEnv({ ...INSTANCE, SALESFORCE_CLIENT_ID: '3MVGid', SALESFORCE_CLIENT_SECRET: 's3cret', SALESFORCE_ACCESS_TOKEN: ' ' })).toEqual({
      instanceUrl: 'https://acme.my.salesforce.com',
      clientId: '3MVGid',
      clientSecret: 's3cret',
    });
  });

  it('refuses a token together with client credentials, and half of the client credentials, without showing a secret', () => {
    const both = configErrorOf(() => salesforceCrm.configFromEnv({ ...INSTANCE, SALESFORCE_ACCESS_TOKEN: '00Dsecret', SALESFORCE_CLIENT_ID: '3MVGid', SALESFORCE_CLIENT_SECRET: 's3cret' }));
    expect(both.message).toMatch(/both SALESFORCE_ACCESS_TOKEN and SALESFORCE_CLIENT_ID \/ SALESFORCE_CLIENT_SECRET are set\. Unset SALESFORCE_ACCESS_TOKEN/);
    expect(both.message).not.toMatch(/00Dsecret|s3cret/);
    expect(configErrorOf(() => salesforceCrm.configFromEnv({ ...INSTANCE, SALESFORCE_CLIENT_SECRET: 's3cret' })).message).toMatch(/SALESFORCE_CLIENT_ID is missing/);
  });

  it('refuses an http:// instance URL for client credentials (the secret would go in clear), except on loopback', () => {
    const client = { SALESFORCE_CLIENT_ID: '3MVGid', SALESFORCE_CLIENT_SECRET: 's3cret' };
    const err = configErrorOf(() => salesforceCrm.configFromEnv({ SALESFORCE_INSTANCE_URL: 'http://acme.my.salesforce.com', ...client }));
    expect(err.message).toMatch(/SALESFORCE_INSTANCE_URL must be https:\/\//);
    expect(err.message).not.toContain('s3cret');
    expect(salesforceCrm.configFromEnv({ SALESFORCE_INSTANCE_URL: 'http://127.0.0.1:9000', ...client })).toMatchObject({ instanceUrl: 'http://127.0.0.1:9000' });
  });

  it('needs both, and says what each is', () => {
    expect(configErrorOf(() => salesforceCrm.configFromEnv({})).message).toBe(NEEDS);
    expect(configErrorOf(() => salesforceCrm.configFromEnv({ SALESFORCE_INSTANCE_URL: 'https://acme.my.salesforce.com' })).message).toBe(NEEDS);
    expect(configErrorOf(() => salesforceCrm.configFromEnv({ SALESFORCE_ACCESS_TOKEN: '00Dtest', SALESFORCE_INSTANCE_URL: ' ' })).message).toBe(NEEDS);
  });

  it('names an instance URL that is not a URL, and never shows the token', () => {
    const err = configErrorOf(() => salesforceCrm.configFromEnv({ SALESFORCE_INSTANCE_URL: 'acme.my.salesforce', SALESFORCE_ACCESS_TOKEN: '00Dsecret!token' }));
    expect(err.message).toMatch(/^Invalid configuration:\n {2}SALESFORCE_INSTANCE_URL="acme.my.salesforce": /);
    expect(err.message).not.toContain('00Dsecret');
  });
});

describe('salesforceCrm.recordUrl', () => {
  it("links into the org's Lightning pages: contacts, opportunities, and tasks for call logs and tasks", () => {
    const config = { instanceUrl: 'https://acme.my.salesforce.com/', accessToken: 't' };
    expect(salesforceCrm.recordUrl(config, 'contact', '003A')).toBe('https://acme.my.salesforce.com/lightning/r/Contact/003A/view');
    expect(salesforceCrm.recordUrl(config, 'deal', '006A')).toBe('https://acme.my.salesforce.com/lightning/r/Opportunity/006A/view');
    expect(salesforceCrm.recordUrl(config, 'call_log', '00T A')).toBe('https://acme.my.salesforce.com/lightning/r/Task/00T%20A/view');
  });
});

describe('salesforceCrm.create', () => {
  it('reads CRM_STAGE_MAP as canonical key → StageNames (the adapter refuses a StageName given two keys)', () => {
    const config = { instanceUrl: 'https://acme.my.salesforce.com', accessToken: 't' };
    expect(salesforceCrm.create(config, { stageMap: { contractsent: ['Negotiation', 'Proposal'] }, dataDir: '/nonexistent' }).kind).toBe('salesforce');
    const err = configErrorOf(() => salesforceCrm.create(config, { stageMap: { closedwon: 'Prospecting' }, dataDir: '/nonexistent' }));
    expect(err.message).toMatch(/"Prospecting" for both/);
  });
});
