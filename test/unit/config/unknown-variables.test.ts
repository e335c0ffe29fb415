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
      { name: 'S3_SOMETHING_ELSE_ENTIRELY', suggestion: null },
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
});
