import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/env.ts';
import { knownVariables, unknownVariableMessage, unknownVariables } from '../../../src/config/unknown-variables.ts';

/** The variables of the README's tables of settings (header `| variable | meaning |…`): configuration and providers. */
function readmeVariables(): string[] {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const names: string[] = [];
  let inTable = false;
  for (const line of readme.split('\n')) {
    if (line.startsWith('| variable | meaning |')) inTable = true;
    else if (!line.startsWith('|')) inTable = false;
    else if (inTable) names.push(...[...line.split('|')[1]!.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((m) => m[1]!));
  }
  return [...new Set(names)];
}

describe('unknownVariables', () => {
  it('names a mistyped setting under one of callscribe’s prefixes, with the setting probably meant', () => {
    const env = { RETENTION_AUDIO_DAY: '30', HUBSPOT_ACESS_TOKEN: 'pat-test', WORKER_CONCURENCY: '4', MAX_UPLOAD: '1000', S3_SOMETHING_ELSE_ENTIRELY: 'x' };
    expect(unknownVariables(env)).toEqual([
      { name: 'HUBSPOT_ACESS_TOKEN', suggestion: 'HUBSPOT_ACCESS_TOKEN' },
      { name: 'MAX_UPLOAD', suggestion: 'MAX_UPLOAD_BYTES' },
      { name: 'RETENTION_AUDIO_DAY', suggestion: 'RETENTION_AUDIO_DAYS' },
      { name: 'WORKER_CONCURENCY', suggestion: 'WORKER_CONCURRENCY' },
    ]);
    expect(unknownVariableMessage({ name: 'RETENTION_AUDIO_DAY', suggestion: 'RETENTION_AUDIO_DAYS' })).toBe(
      'RETENTION_AUDIO_DAY is not a setting callscribe reads, so it is ignored (did you mean RETENTION_AUDIO_DAYS?)',
    );
    // A warning only: the configuration still loads, with the default the typo left in force.
    expect(loadConfig(env).retention.audioDays).toBeNull();
  });

  it('leaves alone every documented setting, whichever CRM or provider is on, and variables of other programs', () => {
    const documented = readmeVariables();
    expect(documented).toEqual(expect.arrayContaining(['RETENTION_AUDIO_DAYS', 'SALESFORCE_CLIENT_SECRET', 'ZOOM_OAUTH_BASE_URL', 'NOTIFY_SLACK_WEBHOOK_URL', 'S3_INBOX_PREFIX']));
    expect(unknownVariables(Object.fromEntries(documented.map((name) => [name, 'x'])))).toEqual([]);
    for (const name of documented) if (/^[A-Z]+_/.test(name) && !name.startsWith('AWS_')) expect(knownVariables().has(name), name).toBe(true);
    expect(unknownVariables({ PATH: '/usr/bin', HOME: '/root', NODE_ENV: 'production', AWS_PROFILE: 'callscribe', OPENAI_LOG: 'debug' })).toEqual([]);
  });

  it('reads no setting the README does not document: each variable callscribe or an adapter reads is in one of its tables', () => {
    const documented = new Set(readmeVariables());
    // The OpenAI SDK's own (its log level, extra headers) are the SDK's to document; they are known only so as not to be warned about.
    const sdk = new Set(['OPENAI_LOG', 'OPENAI_CUSTOM_HEADERS']);
    expect([...knownVariables()].filter((name) => !documented.has(name) && !sdk.has(name))).toEqual([]);
  });

  it('leaves alone Kubernetes service links and other tools\' variables under callscribe\'s prefixes', () => {
    const links = ['WORKER_SERVICE_HOST', 'WORKER_SERVICE_PORT', 'WORKER_SERVICE_PORT_METRICS', 'WORKER_PORT', 'WORKER_PORT_9464_TCP', 'WORKER_PORT_9464_TCP_ADDR', 'WORKER_PORT_9464_TCP_PORT', 'WORKER_PORT_9464_TCP_PROTO', 'S3_PORT_9000_UDP', 'STAGE_PORT_53_SCTP_ADDR'];
    const others = ['MAX_OLD_SPACE_SIZE', 'STAGE_NAME', 'S3_USE_SSL', 'OPENAI_ORG_ID', 'OPENAI_PROJECT_ID', 'TWILIO_PHONE_NUMBER', 'S3_SOMETHING_ELSE_ENTIRELY'];
    expect(unknownVariables(Object.fromEntries([...links, ...others].map((name) => [name, 'x'])))).toEqual([]);
    // A typo that merely ends like a link is still named.
    expect(unknownVariables({ WORKER_CONCURENCY: '4', METRICS_PORTT: '9464' })).toEqual([
      { name: 'METRICS_PORTT', suggestion: 'METRICS_PORT' },
      { name: 'WORKER_CONCURENCY', suggestion: 'WORKER_CONCURRENCY' },
    ]);
  });
});
