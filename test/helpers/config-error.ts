import { expect } from 'vitest';
import { ConfigError } from '../../src/config/env.ts';

/** The ConfigError `read` throws (fails the test when it throws nothing or something else). */
export function configErrorOf(read: () => unknown): ConfigError {
  try {
    read();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  return expect.unreachable('expected a ConfigError');
}
