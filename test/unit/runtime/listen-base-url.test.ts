import { describe, expect, it } from 'vitest';
import { listenBaseUrl } from '../../../src/runtime/embedded-stack.ts';

describe('the address the demo links calls at when PUBLIC_BASE_URL is unset', () => {
  it('is the listening address, a wildcard host reached on loopback, an IPv6 host in brackets', () => {
    expect(listenBaseUrl({ host: '127.0.0.1', port: 8080 })).toBe('http://127.0.0.1:8080');
    expect(listenBaseUrl({ host: '0.0.0.0', port: 8080 })).toBe('http://127.0.0.1:8080');
    expect(listenBaseUrl({ host: '::1', port: 9000 })).toBe('http://[::1]:9000');
  });

  it('is unknown for a port chosen on listening, or no listening at all', () => {
    expect(listenBaseUrl({ host: '127.0.0.1', port: 0 })).toBeNull();
    expect(listenBaseUrl(null)).toBeNull();
    expect(listenBaseUrl(undefined)).toBeNull();
  });
});
