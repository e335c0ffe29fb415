import { generateKeyPairSync } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { salesforceCrm } from '../../../../src/adapters/crm/salesforce/salesforce.module.ts';
import { configErrorOf } from '../../../helpers/config-error.ts';
import { makeTempDir } from '../../../helpers/temp-dir.ts';

const NEEDS =
  'CRM=salesforce needs SALESFORCE_INSTANCE_URL (https://yourorg.my.salesforce.com) and either SALESFORCE_ACCESS_TOKEN (an OAuth access token of the integration user), ' +
  'SALESFORCE_CLIENT_ID and SALESFORCE_CLIENT_SECRET (a connected app with the client-credentials flow), or SALESFORCE_CLIENT_ID, SALESFORCE_USERNAME and ' +
  'SALESFORCE_PRIVATE_KEY or SALESFORCE_PRIVATE_KEY_FILE (a connected app with a certificate: the JWT bearer flow).';
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

describe('salesforceCrm.configFromEnv: JWT bearer flow', () => {
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const KEY = String(pair.privateKey.export({ type: 'pkcs8', format: 'pem' }));
  const KEY_LINE = KEY.split('\n')[1]!; // a line of the key's body: it must never appear in a message
  const JWT = { ...INSTANCE, SALESFORCE_CLIENT_ID: '3MVGid', SALESFORCE_USERNAME: 'integration@acme.example' };

  it('reads the Consumer Key, the username and the private key, with login.salesforce.com unless SALESFORCE_LOGIN_URL says otherwise', () => {
    expect(salesforceCrm.configFromEnv({ ...JWT, SALESFORCE_PRIVATE_KEY: KEY })).toEqual({
      instanceUrl: 'https://acme.my.salesforce.com',
      clientId: '3MVGid',
      username: 'integration@acme.example',
      privateKey: KEY,
    });
    const sandbox = salesforceCrm.configFromEnv({ ...JWT, SALESFORCE_PRIVATE_KEY: KEY, SALESFORCE_LOGIN_URL: 'https://test.salesforce.com' });
    expect(sandbox).toMatchObject({ loginUrl: 'https://test.salesforce.com' });
    // A key written on one line with \n escapes (as .env files and secret stores often hold it) is read as PEM.
    expect(() => salesforceCrm.configFromEnv({ ...JWT, SALESFORCE_PRIVATE_KEY: KEY.trim().replaceAll('\n', '\\n') })).not.toThrow();
    expect(salesforceCrm.variables).toEqual(expect.arrayContaining(['SALESFORCE_USERNAME', 'SALESFORCE_PRIVATE_KEY', 'SALESFORCE_PRIVATE_KEY_FILE', 'SALESFORCE_LOGIN_URL']));
  });

  it('reads the key from SALESFORCE_PRIVATE_KEY_FILE; a file it cannot read, an empty one, or both variables are refused naming them', async () => {
    const { dir, cleanup } = await makeTempDir();
    try {
      const file = join(dir, 'salesforce.key');
      await writeFile(file, KEY);
      expect(salesforceCrm.configFromEnv({ ...JWT, SALESFORCE_PRIVATE_KEY_FILE: file })).toMatchObject({ privateKey: KEY });
      expect(configErrorOf(() => salesforceCrm.configFromEnv({ ...JWT, SALESFORCE_PRIVATE_KEY_FILE: join(dir, 'missing.key') })).message).toMatch(
        /SALESFORCE_PRIVATE_KEY_FILE \(.*missing\.key\) cannot be read \(ENOENT\)/,
      );
      await writeFile(join(dir, 'empty.key'), '\n');
      expect(configErrorOf(() => salesforceCrm.configFromEnv({ ...JWT, SALESFORCE_PRIVATE_KEY_FILE: join(dir, 'empty.key') })).message).toMatch(/empty\.key\) is empty/);
      const both = configErrorOf(() => salesforceCrm.configFromEnv({ ...JWT, SALESFORCE_PRIVATE_KEY: KEY, SALESFORCE_PRIVATE_KEY_FILE: file }));
      expect(both.message).toMatch(/both SALESFORCE_PRIVATE_KEY and SALESFORCE_PRIVATE_KEY_FILE are set/);
      await writeFile(join(dir, 'cert.pem'), '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
      const cert = configErrorOf(() => salesforceCrm.configFromEnv({ ...JWT, SALESFORCE_PRIVATE_KEY_FILE: join(dir, 'cert.pem') }));
      expect(cert.message).toMatch(/SALESFORCE_PRIVATE_KEY_FILE \(.*cert\.pem\) holds a certificate: that goes to the connected app/);
    } finally {
      await cleanup();
    }
  });

  it('refuses a key that is not an unencrypted RSA private key, saying what to do, and never shows it', () => {
    const cases: [string, RegExp][] = [
      [KEY.replace(KEY_LINE, 'AAAA'), /SALESFORCE_PRIVATE_KEY is not a PEM private key.*openssl req -x509 -newkey rsa:2048/],
      [String(pair.privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pass-9f2k' })), /SALESFORCE_PRIVATE_KEY is encrypted with a passphrase.*openssl pkey/],
      [String(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' })), /SALESFORCE_PRIVATE_KEY is a key of type ec; .*RSA key/],
      [String(pair.publicKey.export({ type: 'spki', format: 'pem' })), /SALESFORCE_PRIVATE_KEY is not a PEM private key/],
    ];
    for (const [key, message] of cases) {
      const err = configErrorOf(() => salesforceCrm.configFromEnv({ ...JWT, SALESFORCE_PRIVATE_KEY: key }));
      expect(err.message).toMatch(message);
      expect(err.message).not.toContain(key.split('\n')[1]!);
    }
  });

  it('refuses half of the settings, a client secret or fixed token beside them, a login URL in clear or on its own, and never shows the key', () => {
    const messages = [
      configErrorOf(() => salesforceCrm.configFromEnv({ ...INSTANCE, SALESFORCE_USERNAME: 'integration@acme.example' })).message,
      configErrorOf(() => salesforceCrm.configFromEnv({ ...JWT })).message,
      configErrorOf(() => salesforceCrm.configFromEnv({ ...JWT, SALESFORCE_PRIVATE_KEY: KEY, SALESFORCE_CLIENT_SECRET: 's3cret' })).message,
      configErrorOf(() => salesforceCrm.configFromEnv({ ...JWT, SALESFORCE_PRIVATE_KEY: KEY, SALESFORCE_ACCESS_TOKEN: '00Dsecret' })).message,
      configErrorOf(() => salesforceCrm.configFromEnv({ ...JWT, SALESFORCE_PRIVATE_KEY: KEY, SALESFORCE_LOGIN_URL: 'http://login.salesforce.com' })).message,
      configErrorOf(() => salesforceCrm.configFromEnv({ ...INSTANCE, SALESFORCE_ACCESS_TOKEN: '00Dsecret', SALESFORCE_LOGIN_URL: 'https://test.salesforce.com' })).message,
    ];
    expect(messages[0]).toMatch(/SALESFORCE_CLIENT_ID and SALESFORCE_PRIVATE_KEY \(or SALESFORCE_PRIVATE_KEY_FILE\) are missing: the JWT bearer flow needs/);
    expect(messages[1]).toMatch(/SALESFORCE_PRIVATE_KEY \(or SALESFORCE_PRIVATE_KEY_FILE\) is missing/);
    expect(messages[2]).toMatch(/both SALESFORCE_CLIENT_SECRET \(client-credentials flow\) and SALESFORCE_USERNAME \/ SALESFORCE_PRIVATE_KEY \(JWT bearer flow\) are set\. Unset SALESFORCE_CLIENT_SECRET/);
    expect(messages[3]).toMatch(/both SALESFORCE_ACCESS_TOKEN and SALESFORCE_USERNAME \/ SALESFORCE_PRIVATE_KEY \(JWT bearer flow\) are set/);
    expect(messages[4]).toMatch(/SALESFORCE_LOGIN_URL must be https:\/\//);
    expect(messages[5]).toMatch(/SALESFORCE_LOGIN_URL is set, but only the JWT bearer flow reads it/);
    for (const m of messages) for (const secret of [KEY_LINE, 's3cret', '00Dsecret']) expect(m).not.toContain(secret);
    // A value that is not a URL is named, and the key's variable is never shown.
    const url = configErrorOf(() => salesforceCrm.configFromEnv({ ...JWT, SALESFORCE_PRIVATE_KEY: KEY, SALESFORCE_LOGIN_URL: 'login.salesforce.com' }));
    expect(url.message).toMatch(/SALESFORCE_LOGIN_URL="login.salesforce.com": must be an http\(s\) URL/);
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
