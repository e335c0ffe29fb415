import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config/env.ts';

describe('DATABASE_URL', () => {
  it('is optional: unset keeps the call index in PGlite under DATA_DIR', () => {
    expect(loadConfig({}).databaseUrl).toBeNull();
    expect(loadConfig({ DATABASE_URL: '  ' }).databaseUrl).toBeNull();
  });

  it('takes postgres:// and postgresql:// URLs', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/callscribe' }).databaseUrl).toBe('postgres://u:p@db:5432/callscribe');
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/callscribe' }).databaseUrl).toBe('postgresql://db/callscribe');
  });

  it('refuses anything else, says how to fix it and never prints the value', () => {
    let message = '';
    try {
      loadConfig({ DATABASE_URL: 'mysql://u:hunter2@db/x' });
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      message = (err as Error).message;
    }
    expect(message).toMatch(/DATABASE_URL=\(value hidden\): must be a postgres:\/\/ or postgresql:\/\/ URL \(e\.g\. DATABASE_URL=postgres:\/\//);
    expect(message).not.toContain('hunter2');
  });
});
