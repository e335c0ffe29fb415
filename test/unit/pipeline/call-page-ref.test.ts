import { describe, expect, it } from 'vitest';
import { callPageRef } from '../../../src/pipeline/sync-format.ts';

describe('callPageRef: how a CRM call log points at the call', () => {
  it('is a link when callscribe knows the address people reach it at', () => {
    expect(callPageRef('https://calls.example.com', 'c_0123')).toBe('https://calls.example.com/calls/c_0123');
  });
  it('without one, names the call and its page path, never a bare path that reads as a broken link', () => {
    const ref = callPageRef(null, 'c_0123');
    expect(ref).toContain('c_0123');
    expect(ref).not.toMatch(/^\//);
  });
});
