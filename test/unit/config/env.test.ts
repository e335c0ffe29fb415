import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config/env.ts';

describe('loadConfig', () => {
  it('defaults to offline engines, the local CRM and review of stage changes', () => {
    expect(loadConfig({})).toMatchObject({
      redisUrl: null,
      transcriber: 'local',
      extractor: 'rules',
      crm: 'local',
      stagePolicy: 'review',
      dataDir: '.data',
      s3: { bucket: 'callscribe', endpoint: null },
    });
  });

  it('picks OpenAI engines when OPENAI_API_KEY is set', () => {
    expect(loadConfig({ OPENAI_API_KEY: 'sk-test' })).toMatchObject({ transcriber: 'openai', extractor: 'openai' });
  });

  it('rejects an unknown engine and says how to fix it', () => {
    expect(() => loadConfig({ TRANSCRIBER: 'whisperx' })).toThrow(ConfigError);
    expect(() => loadConfig({ TRANSCRIBER: 'whisperx' })).toThrow(/TRANSCRIBER="whisperx".*use TRANSCRIBER=local/s);
  });

  it('rejects a CRM without an adapter, and an OpenAI engine without credentials', () => {
    expect(() => loadConfig({ CRM: 'zoho' })).toThrow(/CRM="zoho"/);
    expect(() => loadConfig({ CRM: 'salesforce' })).toThrow(/needs SALESFORCE_INSTANCE_URL/);
    expect(() => loadConfig({ CRM: 'pipedrive' })).toThrow(/needs PIPEDRIVE_API_TOKEN/);
    expect(() => loadConfig({ CRM: 'hubspot' })).toThrow(/needs HUBSPOT_ACCESS_TOKEN/);
    expect(loadConfig({ CRM: 'hubspot', HUBSPOT_ACCESS_TOKEN: 'pat-test' })).toMatchObject({ crm: 'hubspot', hubspot: { accessToken: 'pat-test', baseUrl: null } });
    expect(() => loadConfig({ EXTRACTOR: 'openai' })).toThrow(/set OPENAI_API_KEY/);
  });

  it('parses flags strictly: "false" is false', () => {
    expect(loadConfig({ S3_ENDPOINT: 'http://127.0.0.1:9000', S3_FORCE_PATH_STYLE: 'false' }).s3.forcePathStyle).toBe(false);
    expect(() => loadConfig({ S3_FORCE_PATH_STYLE: 'yes' })).toThrow(ConfigError);
  });

  it('reads API keys by role and refuses short keys', () => {
    expect(loadConfig({ API_KEYS: 'rep:aaaaaaaaaaaaaaaa,manager:bbbbbbbbbbbbbbbb' }).http.apiKeys).toEqual([
      { role: 'rep', key: 'aaaaaaaaaaaaaaaa' },
      { role: 'manager', key: 'bbbbbbbbbbbbbbbb' },
    ]);
    expect(() => loadConfig({ API_KEYS: 'rep:short' })).toThrow(/16\+ characters/);
  });
});

describe('loadConfig error messages', () => {
  it('never prints secret values', () => {
    let message = '';
    try {
      loadConfig({ API_KEYS: 'rep:tooshort-secret' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/API_KEYS=\(value hidden\)/);
    expect(message).not.toContain('tooshort-secret');
  });
});

describe('CRM_STAGE_MAP and STAGE_AUTO_CLOSE', () => {
  it('reads a JSON map from canonical stage keys to the CRM own stages', () => {
    const config = loadConfig({ CRM_STAGE_MAP: '{"contractsent":"Negotiation/Review","closedwon":["Closed Won","Won"],"qualifiedtobuy":12}', STAGE_AUTO_CLOSE: 'true' });
    expect(config.stageMap).toEqual({ contractsent: 'Negotiation/Review', closedwon: ['Closed Won', 'Won'], qualifiedtobuy: 12 });
    expect(config.stageAutoClose).toBe(true);
    expect(loadConfig({}).stageAutoClose).toBe(false);
  });

  it('rejects a map that is not JSON or names an unknown stage key', () => {
    expect(() => loadConfig({ CRM_STAGE_MAP: 'contractsent=Negotiation' })).toThrow(/CRM_STAGE_MAP.*must be JSON/s);
    expect(() => loadConfig({ CRM_STAGE_MAP: '{"signed":"Closed Won"}' })).toThrow(/CRM_STAGE_MAP/);
  });
});
