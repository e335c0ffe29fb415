import { describe, expect, it } from 'vitest';
import { channelRoles, readCallMeta, SHOWN_KEYS, shownKeys } from '../../../src/domain/call-meta.ts';
import { ignoredMetaWarnings } from '../../../src/http/routes/receive-upload.ts';

describe('readCallMeta: channels', () => {
  it('refuses the rep and the customer on the same channel, naming the field and the channel', () => {
    expect(readCallMeta({ rep: { channel: 1 }, customer: { channel: 1 } })).toEqual({
      problem: 'invalid',
      detail: expect.stringMatching(/^customer\.channel: the rep and the customer are both on channel 1/),
    });
    expect(readCallMeta('{"rep":{"channel":0},"customer":{"channel":0}}')).toMatchObject({ problem: 'invalid' });
  });

  it.each([
    [{ rep: { channel: 1 } }, { rep: 1, customer: 0 }],
    [{ customer: { channel: 0 } }, { rep: 1, customer: 0 }],
    [{ rep: { channel: 2 }, customer: { channel: 3 } }, { rep: 2, customer: 3 }],
    [{ rep: { channel: null }, customer: { channel: null } }, { rep: 0, customer: 1 }],
    [{}, { rep: 0, customer: 1 }],
  ])('takes %j, channels %j', (raw, roles) => {
    const read = readCallMeta(raw);
    expect(read).toHaveProperty('meta');
    expect(channelRoles((read as { meta: Parameters<typeof channelRoles>[0] }).meta)).toEqual(roles);
  });
});

describe('readCallMeta: keys it ignored', () => {
  it('names every key that is not a CallMeta field, an object built-in\'s name too', () => {
    const read = readCallMeta('{"direction":"outbound","constructor":"x","customer":{"nmae":"A","toString":"y"},"rep":{"name":"B"}}');
    expect(read).toMatchObject({ ignored: ['constructor', 'customer.nmae', 'customer.toString'] });
  });
});

describe('ignored meta keys, named back', () => {
  it('are the first ten, each cut short when long, with how many there were in all', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `extra${i}`);
    expect(shownKeys(keys)).toEqual(keys.slice(0, SHOWN_KEYS));
    expect(shownKeys(['x'.repeat(10_000)])[0]).toHaveLength(81);
    const [warning] = ignoredMetaWarnings(keys);
    expect(warning).toContain('(5000 in all)');
    expect(warning!.length).toBeLessThan(400);
    expect(ignoredMetaWarnings(['customer.phnoe'])).toEqual(['meta key `customer.phnoe` is not a CallMeta field and was ignored (see CallMeta in /docs)']);
  });
});
