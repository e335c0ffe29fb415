import { describe, expect, it } from 'vitest';
import { apiKeyId, keyWeakness } from '../../../src/config/api-keys.ts';
import { ConfigError, loadConfig } from '../../../src/config/env.ts';
import { loadTelephonySources } from '../../../src/adapters/telephony/registry.ts';

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

  it('reads the longest accepted recording from MAX_AUDIO_SECONDS (default 4 h)', () => {
    expect(loadConfig({}).maxAudioSeconds).toBe(14_400);
    expect(loadConfig({ MAX_AUDIO_SECONDS: '600' }).maxAudioSeconds).toBe(600);
    expect(() => loadConfig({ MAX_AUDIO_SECONDS: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ MAX_AUDIO_SECONDS: 'four hours' })).toThrow(/MAX_AUDIO_SECONDS/);
  });

  it('reads the lanes a worker process takes from WORKER_LANES (default both), and refuses an unknown lane or none', () => {
    expect(loadConfig({}).workerLanes).toEqual(['interactive', 'bulk']);
    expect(loadConfig({ WORKER_LANES: 'bulk' }).workerLanes).toEqual(['bulk']);
    expect(loadConfig({ WORKER_LANES: ' interactive , bulk,interactive' }).workerLanes).toEqual(['interactive', 'bulk']);
    expect(() => loadConfig({ WORKER_LANES: 'urgent' })).toThrow(/WORKER_LANES.*interactive or bulk/s);
    expect(() => loadConfig({ WORKER_LANES: ' , ' })).toThrow(/WORKER_LANES.*at least one lane/s);
  });

  it('picks OpenAI engines when OPENAI_API_KEY is set', () => {
    expect(loadConfig({ OPENAI_API_KEY: 'sk-test' })).toMatchObject({ transcriber: 'openai', extractor: 'openai' });
  });

  it('gives each openai engine its own server and key, falling back to OPENAI_BASE_URL and OPENAI_API_KEY', () => {
    expect(loadConfig({ OPENAI_API_KEY: 'sk-test' }).openai).toEqual({
      transcribe: { apiKey: 'sk-test', baseURL: null, model: 'whisper-1', concurrency: null, audioFormat: null },
      extract: { apiKey: 'sk-test', baseURL: null, model: 'gpt-4o-mini' },
    });
    const shared = loadConfig({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: 'http://gpu-box:8000/v1', EXTRACT_API_KEY: 'sk-extract' }).openai;
    expect(shared.transcribe).toMatchObject({ apiKey: 'sk-test', baseURL: 'http://gpu-box:8000/v1' });
    expect(shared.extract).toMatchObject({ apiKey: 'sk-extract', baseURL: 'http://gpu-box:8000/v1' });

    const local = loadConfig({
      OPENAI_API_KEY: 'sk-test',
      TRANSCRIBE_BASE_URL: 'http://speaches:8000/v1',
      TRANSCRIBE_MODEL: 'Systran/faster-whisper-small',
      TRANSCRIBE_CONCURRENCY: '1',
      EXTRACT_BASE_URL: 'http://ollama:11434/v1',
      EXTRACT_API_KEY: 'ollama-key',
      EXTRACT_MODEL: 'qwen2.5:7b-instruct',
    });
    expect(local).toMatchObject({ transcriber: 'openai', extractor: 'openai' });
    // OPENAI_API_KEY is OpenAI's: it never goes to a server of an engine's own.
    expect(local.openai).toEqual({
      transcribe: { apiKey: null, baseURL: 'http://speaches:8000/v1', model: 'Systran/faster-whisper-small', concurrency: 1, audioFormat: null },
      extract: { apiKey: 'ollama-key', baseURL: 'http://ollama:11434/v1', model: 'qwen2.5:7b-instruct' },
    });
  });

  it('picks an openai engine that has a server of its own, and needs no key for it', () => {
    expect(loadConfig({ TRANSCRIBE_BASE_URL: 'http://speaches:8000/v1' })).toMatchObject({ transcriber: 'openai', extractor: 'rules' });
    expect(loadConfig({ EXTRACT_BASE_URL: 'http://ollama:11434/v1' })).toMatchObject({ transcriber: 'local', extractor: 'openai' });
    expect(loadConfig({ TRANSCRIBER: 'openai', EXTRACTOR: 'openai', OPENAI_BASE_URL: 'http://127.0.0.1:8000/v1' }).openai.extract.apiKey).toBeNull();
    expect(() => loadConfig({ TRANSCRIBE_BASE_URL: 'speaches:8000' })).toThrow(/TRANSCRIBE_BASE_URL="speaches:8000": must be an http\(s\) URL/);
    expect(() => loadConfig({ TRANSCRIBE_CONCURRENCY: '0' })).toThrow(/TRANSCRIBE_CONCURRENCY/);
    expect(loadConfig({ TRANSCRIBE_BASE_URL: 'http://speaches:8000/v1', TRANSCRIBE_AUDIO_FORMAT: 'flac' }).openai.transcribe.audioFormat).toBe('flac');
    expect(() => loadConfig({ TRANSCRIBE_AUDIO_FORMAT: 'mp3' })).toThrow(/TRANSCRIBE_AUDIO_FORMAT.*flac.*wav/s);
  });

  it('says which engine has nowhere to go, and the ways to fix it', () => {
    let message = '';
    try {
      loadConfig({ TRANSCRIBER: 'openai', EXTRACTOR: 'openai', EXTRACT_API_KEY: 'sk-extract' });
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      message = (err as Error).message;
    }
    expect(message).toBe(
      'TRANSCRIBER=openai needs OpenAI credentials: set OPENAI_API_KEY (or TRANSCRIBE_API_KEY), or point TRANSCRIBE_BASE_URL ' +
        'at a self-hosted OpenAI-compatible server (no key needed), or use TRANSCRIBER=local.',
    );
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
    expect(loadConfig({ CRM: 'hubspot', HUBSPOT_ACCESS_TOKEN: 'pat-test' })).toMatchObject({ crm: 'hubspot', crmConfig: { accessToken: 'pat-test', baseUrl: null } });
    expect(() => loadConfig({ EXTRACTOR: 'openai' })).toThrow(/set OPENAI_API_KEY/);
  });

  it('lists the CRMs of the registry in the fix for a bad CRM', () => {
    expect(() => loadConfig({ CRM: 'zoho' })).toThrow(/CRM="zoho": .*\(use CRM=local, hubspot, salesforce or pipedrive\)/);
  });

  it("reads only the chosen CRM's variables, through its module", () => {
    const otherCrms = { HUBSPOT_PHONE_REGION: 'gb', SALESFORCE_INSTANCE_URL: 'acme', PIPEDRIVE_BASE_URL: 'pipedrive' };
    expect(loadConfig(otherCrms)).toMatchObject({ crm: 'local', crmConfig: {} });
    expect(loadConfig({ ...otherCrms, CRM: 'pipedrive', PIPEDRIVE_BASE_URL: '', PIPEDRIVE_API_TOKEN: 'pd-test' }).crmConfig).toEqual({ apiToken: 'pd-test', baseUrl: null, companyDomain: null });
    expect(() => loadConfig({ ...otherCrms, CRM: 'hubspot', HUBSPOT_ACCESS_TOKEN: 'pat-test' })).toThrow(/HUBSPOT_PHONE_REGION="gb": must be an ISO 3166 country code/);
  });

  it('checks the engines before the CRM, as before the CRM variables moved to their modules', () => {
    expect(() => loadConfig({ EXTRACTOR: 'openai', CRM: 'hubspot' })).toThrow(/set OPENAI_API_KEY/);
  });

  it('parses flags strictly: "false" is false', () => {
    expect(loadConfig({ S3_ENDPOINT: 'http://127.0.0.1:9000', S3_FORCE_PATH_STYLE: 'false' }).s3.forcePathStyle).toBe(false);
    expect(() => loadConfig({ S3_FORCE_PATH_STYLE: 'yes' })).toThrow(ConfigError);
  });

  it('RECORDING_CONSENT_REQUIRED is off unless set: by default only a refused consent stops a call', () => {
    expect(loadConfig({}).recordingConsentRequired).toBe(false);
    expect(loadConfig({ RECORDING_CONSENT_REQUIRED: 'true' }).recordingConsentRequired).toBe(true);
    expect(loadConfig({ RECORDING_CONSENT_REQUIRED: 'false' }).recordingConsentRequired).toBe(false);
    expect(() => loadConfig({ RECORDING_CONSENT_REQUIRED: 'yes' })).toThrow(/RECORDING_CONSENT_REQUIRED/);
  });

  it('reads API keys by role, with or without the holder e-mail, and gives each a fingerprint', () => {
    const keys = loadConfig({ API_KEYS: 'rep:Priya@Example.com:rep-key-0123456789abcdef, manager:mgr-key-0123456789abcdef' }).http.apiKeys;
    expect(keys).toEqual([
      { role: 'rep', email: 'priya@example.com', key: 'rep-key-0123456789abcdef', id: apiKeyId('rep-key-0123456789abcdef') },
      { role: 'manager', email: null, key: 'mgr-key-0123456789abcdef', id: expect.stringMatching(/^k_[0-9a-f]{12}$/) },
    ]);
    expect(keys[0]!.id).not.toContain('rep-key');
    expect(loadConfig({}).http.apiKeys).toEqual([]);
  });

  it.each([
    ['a short key', 'rep:short-key-1', /entry 1 \(rep\): the key is shorter than 16 characters/],
    ['one repeated character', 'rep:aaaaaaaaaaaaaaaa', /fewer than 8 distinct characters/],
    ['two characters alternating', 'rep:abababababababab', /fewer than 8 distinct characters/],
    ['digits only', 'rep:1234567890123456', /one kind of character only/],
    ['lower-case letters only', 'rep:abcdefghijklmnopqrst', /one kind of character only/],
    ['the same key twice, whatever the roles', 'rep:a@example.com:dup-key-0123456789,manager:b@example.com:dup-key-0123456789', /entry 2 \(manager:b@example.com\) repeats the key of entry 1/],
    ['a malformed e-mail', 'rep:priya-at-example:rep-key-0123456789abcdef', /entry 1 \(rep:priya-at-example\): "priya-at-example" is not an e-mail address/],
    ['an unknown role', 'admin:adm-key-0123456789abcdef', /entry 1: the role must be rep or manager/],
    ['too many parts', 'rep:a@example.com:x:rep-key-0123456789abcdef', /expected role:email:key or role:key/],
    ['an empty entry', 'rep:rep-key-0123456789abcdef,', /entry 2 is empty/],
  ])('refuses %s, says how to fix it, and never prints the key', (_what, value, reason) => {
    let message = '';
    try {
      loadConfig({ API_KEYS: value });
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      message = (err as Error).message;
    }
    expect(message).toMatch(reason);
    expect(message).toContain('API_KEYS=(value hidden)');
    expect(message).toContain('openssl rand -hex 24');
    for (const key of value.split(',').map((entry) => entry.split(':').at(-1)!).filter(Boolean)) expect(message).not.toContain(key);
  });

  it('accepts keys made by openssl rand (hex and base64)', () => {
    expect(keyWeakness('3f9c2a7be01d4c58a6e2f0b9d7c41e25')).toBeNull();
    expect(keyWeakness('q2V+z0lP8xYtR5mN/aB3cD7e')).toBeNull();
  });

  it('reads SESSION_SECRET (32+ characters), PUBLIC_BASE_URL and TRUST_PROXY', () => {
    expect(loadConfig({}).http).toMatchObject({ sessionSecret: null, publicBaseUrl: null, trustProxy: 0 });
    expect(loadConfig({ TRUST_PROXY: '2' }).http.trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'false' }).http.trustProxy).toBe(0);
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY.*true, false or a number of proxies/);
    const http = loadConfig({ SESSION_SECRET: 's'.repeat(32), PUBLIC_BASE_URL: 'https://calls.example.com', TRUST_PROXY: 'true' }).http;
    expect(http).toMatchObject({ sessionSecret: 's'.repeat(32), publicBaseUrl: 'https://calls.example.com', trustProxy: 1 });
    expect(() => loadConfig({ SESSION_SECRET: 'too-short' })).toThrow(/SESSION_SECRET=\(value hidden\): must be 32\+ characters/);
  });
});

describe('URL settings', () => {
  const zoom = { ZOOM_WEBHOOK_SECRET_TOKEN: 'zoom-secret', ZOOM_ACCOUNT_ID: 'acc', ZOOM_CLIENT_ID: 'id', ZOOM_CLIENT_SECRET: 'secret' };
  const ringcentral = { RINGCENTRAL_VERIFICATION_TOKEN: 'v', RINGCENTRAL_CLIENT_ID: 'id', RINGCENTRAL_CLIENT_SECRET: 'secret', RINGCENTRAL_JWT: 'jwt' };
  const settings: [string, Record<string, string>, (env: Record<string, string>) => unknown][] = [
    ['S3_ENDPOINT', {}, loadConfig],
    ['PUBLIC_BASE_URL', {}, loadConfig],
    ['OPENAI_BASE_URL', {}, loadConfig],
    ['HUBSPOT_BASE_URL', { CRM: 'hubspot', HUBSPOT_ACCESS_TOKEN: 'pat-test' }, loadConfig],
    ['PIPEDRIVE_BASE_URL', { CRM: 'pipedrive', PIPEDRIVE_API_TOKEN: 'token' }, loadConfig],
    ['SALESFORCE_INSTANCE_URL', { CRM: 'salesforce', SALESFORCE_ACCESS_TOKEN: 'token' }, loadConfig],
    ['ZOOM_API_BASE_URL', zoom, (env) => loadTelephonySources(env, { publicBaseUrl: null, clock: () => new Date() })],
    ['ZOOM_OAUTH_BASE_URL', zoom, (env) => loadTelephonySources(env, { publicBaseUrl: null, clock: () => new Date() })],
    ['RINGCENTRAL_API_BASE_URL', ringcentral, (env) => loadTelephonySources(env, { publicBaseUrl: null, clock: () => new Date() })],
    ['RINGCENTRAL_MEDIA_BASE_URL', ringcentral, (env) => loadTelephonySources(env, { publicBaseUrl: null, clock: () => new Date() })],
  ];

  it('takes only http(s) URLs, refusing at start a value without a scheme or of another scheme, naming the variable', () => {
    for (const [name, rest, load] of settings) {
      expect(() => load({ ...rest, [name]: 'https://host.example.com:8443/base' }), name).not.toThrow();
      expect(() => load({ ...rest, [name]: 'http://127.0.0.1:9000' }), name).not.toThrow();
      for (const bad of ['localhost:9000', 'host:8080', 'ftp://files.example.com', 'file:///etc/passwd']) {
        expect(() => load({ ...rest, [name]: bad }), `${name}=${bad}`).toThrow(ConfigError);
        expect(() => load({ ...rest, [name]: bad }), `${name}=${bad}`).toThrow(new RegExp(`${name}=.*must be an http\\(s\\) URL`));
      }
    }
  });

  it('lower-cases the scheme and host, keeping the path as written and adding no slash', () => {
    const http = (url: string) => loadConfig({ PUBLIC_BASE_URL: url }).http.publicBaseUrl;
    expect(http('HTTPS://Calls.Example.COM')).toBe('https://calls.example.com');
    expect(http('HTTPS://Calls.Example.COM:8443/Base/Path?x=Y')).toBe('https://calls.example.com:8443/Base/Path?x=Y');
    expect(http('https://calls.example.com/')).toBe('https://calls.example.com/');
    expect(loadConfig({ S3_ENDPOINT: 'HTTP://MinIO:9000' }).s3.endpoint).toBe('http://minio:9000');
  });

  it('refuses a PUBLIC_BASE_URL with a user name or password in it', () => {
    for (const url of ['https://user:secret@calls.example.com', 'https://user@calls.example.com']) {
      expect(() => loadConfig({ PUBLIC_BASE_URL: url }), url).toThrow(/PUBLIC_BASE_URL=\(value hidden\): must not carry a user name or password/);
    }
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

  it('keeps calls forever unless RETENTION_* say otherwise, and refuses days that are not whole and positive', () => {
    expect(loadConfig({}).retention).toEqual({ audioDays: null, callDays: null, sweepCron: '30 3 * * *' });
    expect(loadConfig({ RETENTION_AUDIO_DAYS: '90', RETENTION_CALL_DAYS: '365', RETENTION_SWEEP_CRON: '0 * * * *' }).retention).toEqual({ audioDays: 90, callDays: 365, sweepCron: '0 * * * *' });
    expect(() => loadConfig({ RETENTION_AUDIO_DAYS: '0' })).toThrow(/RETENTION_AUDIO_DAYS.*RETENTION_AUDIO_DAYS=90/s);
    expect(() => loadConfig({ RETENTION_CALL_DAYS: '1.5' })).toThrow(/RETENTION_CALL_DAYS/);
    expect(() => loadConfig({ RETENTION_SWEEP_CRON: 'daily' })).toThrow(/RETENTION_SWEEP_CRON/);
  });

  it('refuses a sweep schedule of five fields that is still no cron pattern, saying which field is wrong', () => {
    // The right shape with a value out of range would otherwise start the workers with no retention sweep at all.
    expect(() => loadConfig({ RETENTION_SWEEP_CRON: '61 3 * * *' })).toThrow(/RETENTION_SWEEP_CRON="61 3 \* \* \*".*61.*0-59.*minute field/s);
    expect(() => loadConfig({ RETENTION_SWEEP_CRON: 'a b c d e' })).toThrow(/RETENTION_SWEEP_CRON.*minute field/s);
    expect(() => loadConfig({ RETENTION_SWEEP_CRON: '0 3 * * 8' })).toThrow(/RETENTION_SWEEP_CRON.*day of week field/s);
    expect(() => loadConfig({ RETENTION_SWEEP_CRON: '0 25 * * *' })).toThrow(/RETENTION_SWEEP_CRON.*hour field/s);
    expect(loadConfig({ RETENTION_SWEEP_CRON: '0 3 * * mon-fri' }).retention.sweepCron).toBe('0 3 * * mon-fri');
    expect(loadConfig({ RETENTION_SWEEP_CRON: '*/30 * * * * *' }).retention.sweepCron).toBe('*/30 * * * * *');
  });
});

