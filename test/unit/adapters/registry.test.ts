import { describe, expect, it } from 'vitest';
import { createCrm, crmModules, crmRecordLinks } from '../../../src/adapters/registry.ts';
import { loadConfig } from '../../../src/config/env.ts';

describe('crmModules', () => {
  it('lists each CRM once, under the name its module answers to', () => {
    const entries = Object.entries(crmModules);
    expect(entries.map(([key]) => key)).toEqual(['local', 'hubspot', 'salesforce', 'pipedrive']);
    for (const [key, module] of entries) expect(module.name).toBe(key);
    expect(new Set(Object.values(crmModules)).size).toBe(entries.length);
  });
});

describe('createCrm and crmRecordLinks', () => {
  const envs = {
    local: { CRM: 'local' },
    hubspot: { CRM: 'hubspot', HUBSPOT_ACCESS_TOKEN: 'pat-test', HUBSPOT_PORTAL_ID: '4412' },
    salesforce: { CRM: 'salesforce', SALESFORCE_INSTANCE_URL: 'https://acme.my.salesforce.com', SALESFORCE_ACCESS_TOKEN: '00Dtest' },
    pipedrive: { CRM: 'pipedrive', PIPEDRIVE_API_TOKEN: 'pd-test', PIPEDRIVE_COMPANY_DOMAIN: 'acme' },
  };

  it.each(Object.entries(envs))('builds the adapter of CRM=%s from its config', (name, env) => {
    const config = loadConfig({ ...env, DATA_DIR: '/nonexistent/callscribe' });
    expect(config.crm).toBe(name);
    expect(createCrm(config).kind).toBe(name);
  });

  it("links into each CRM's web app by its own settings", () => {
    const url = (env: Record<string, string>) => crmRecordLinks(loadConfig(env))('contact', '7');
    expect(url(envs.local)).toBeNull();
    expect(url(envs.hubspot)).toBe('https://app.hubspot.com/contacts/4412/record/0-1/7');
    expect(url(envs.salesforce)).toBe('https://acme.my.salesforce.com/lightning/r/Contact/7/view');
    expect(url(envs.pipedrive)).toBe('https://acme.pipedrive.com/person/7');
  });
});
