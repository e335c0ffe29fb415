import { describe, expect, it } from 'vitest';
import { apiKey } from '../../../src/config/api-keys.ts';
import { Call } from '../../../src/domain/call.ts';
import { canAccessCall, hasRight, identityOf, visibleTo } from '../../../src/http/identity.ts';

const priya = identityOf(apiKey('rep', 'rep-priya-0123456789abcdef', 'Priya@Example.com'));
const anon = identityOf(apiKey('rep', 'rep-anon-0123456789abcdef'));
const lee = identityOf(apiKey('manager', 'mgr-lee-0123456789abcdef', 'lee@example.com'));
const call = (repEmail: string | null, uploadedBy: string | null) => ({ meta: repEmail ? { rep: { email: repEmail } } : {}, uploadedBy });

describe('identities', () => {
  it('names the principal by e-mail, else by key fingerprint, and never carries the key', () => {
    expect(priya).toEqual({ role: 'rep', email: 'priya@example.com', keyId: expect.stringMatching(/^k_[0-9a-f]{12}$/), principal: 'priya@example.com' });
    expect(anon.principal).toBe(`key:${anon.keyId}`);
    expect(JSON.stringify([priya, anon])).not.toContain('0123456789abcdef');
  });

  it('gives reps create, read and review; managers also review-any and retry', () => {
    expect(['calls:create', 'calls:read', 'calls:review'].every((r) => hasRight(priya, r as never))).toBe(true);
    expect(hasRight(priya, 'calls:review-any')).toBe(false);
    expect(hasRight(priya, 'calls:retry')).toBe(false);
    expect(hasRight(lee, 'calls:review-any') && hasRight(lee, 'calls:retry')).toBe(true);
  });

  it('lets a rep at calls with their e-mail (any case) or that they uploaded; a manager at all', () => {
    expect(canAccessCall(priya, call('PRIYA@example.COM ', null))).toBe(true);
    expect(canAccessCall(priya, call('sam@example.com', 'priya@example.com'))).toBe(true);
    expect(canAccessCall(priya, call('sam@example.com', null))).toBe(false);
    expect(canAccessCall(anon, call(null, `key:${anon.keyId}`))).toBe(true);
    expect(canAccessCall(anon, call(null, null))).toBe(false);
    expect(canAccessCall(lee, call('sam@example.com', null))).toBe(true);
  });

  it('filters lists: nothing for a manager, the e-mail and principal for a rep', () => {
    expect(visibleTo(lee)).toBeUndefined();
    expect(visibleTo(priya)).toEqual(['priya@example.com']);
    expect(visibleTo(anon)).toEqual([`key:${anon.keyId}`]);
  });

  it('reads call.json files written before uploadedBy existed', () => {
    const old = {
      schemaVersion: 1, id: 'c_x', status: 'done', createdAt: '2026-11-17T15:00:00Z', updatedAt: '2026-11-17T15:00:00Z', meta: {},
      recording: { key: 'k', filename: null, contentType: null, bytes: 1, sha256: 'x' }, audio: null, steps: [],
      engines: { transcriber: null, extractor: null, crm: null }, review: null, error: null, cost: { audioSeconds: 0, estimatedUsd: 0 },
    };
    expect(Call.parse(old).uploadedBy).toBeNull();
  });
});
