import { describe, expect, it } from 'vitest';
import { decodeRfc2047, metaFromObjectMetadata, metaKeyFor } from '../../../../src/adapters/storage-events/object-meta.ts';

describe('metaKeyFor', () => {
  it('replaces the file name’s last extension with .meta.json', () => {
    expect(metaKeyFor('inbox/a/call-1.mp3')).toBe('inbox/a/call-1.meta.json');
    expect(metaKeyFor('inbox/call 1.final.wav')).toBe('inbox/call 1.final.meta.json');
    expect(metaKeyFor('inbox/v1.2/call')).toBe('inbox/v1.2/call.meta.json');
    expect(metaKeyFor('inbox/.hidden')).toBe('inbox/.hidden.meta.json');
    expect(metaKeyFor('inbox/通話.m4a')).toBe('inbox/通話.meta.json');
  });
});

describe('metaFromObjectMetadata', () => {
  const json = { direction: 'inbound', rep: { email: 'priya@example.com', channel: 0 }, customer: { phone: '+14155550100', name: 'Sam' }, crm: { dealId: 'D-1' } };

  it('reads a whole CallMeta from callscribe-meta, as JSON or base64 JSON, under any naming of the header', () => {
    expect(metaFromObjectMetadata({ 'x-amz-meta-callscribe-meta': JSON.stringify(json) })).toEqual(json);
    expect(metaFromObjectMetadata({ 'callscribe-meta': Buffer.from(JSON.stringify(json)).toString('base64') })).toEqual(json);
    expect(metaFromObjectMetadata({ 'X-Amz-Meta-Callscribe-Meta': JSON.stringify(json) })).toEqual(json);
  });

  it('reads the recording consent, in any case, and refuses a value CallMeta does not know', () => {
    expect(metaFromObjectMetadata({ 'x-amz-meta-callscribe-recording-consent': 'Refused' })).toEqual({ recordingConsent: 'refused' });
    expect(metaFromObjectMetadata({ 'callscribe-meta': JSON.stringify({ recordingConsent: 'granted' }) })).toEqual({ recordingConsent: 'granted' });
    expect(() => metaFromObjectMetadata({ 'callscribe-recording-consent': 'maybe' })).toThrow(/recordingConsent/);
  });

  it('reads flat fields, which override the JSON’s', () => {
    const meta = metaFromObjectMetadata({
      'x-amz-meta-callscribe-meta': JSON.stringify(json),
      'x-amz-meta-callscribe-direction': 'OUTBOUND',
      'x-amz-meta-callscribe-rep-email': 'sam@example.com',
      'callscribe-customer-phone': '+1 (415) 555-0199',
      'callscribe-customer-company': 'Acme',
      'callscribe-customer-channel': '1',
      'callscribe-started-at': '2026-11-12T09:30:00Z',
      'callscribe-language': 'en',
      'callscribe-contact-id': 'C-9',
      'content-type': 'audio/mpeg',
      'x-amz-meta-uploader': 'someone',
    });
    expect(meta).toEqual({
      direction: 'outbound',
      startedAt: '2026-11-12T09:30:00Z',
      language: 'en',
      rep: { email: 'sam@example.com', channel: 0 },
      customer: { phone: '+14155550199', name: 'Sam', company: 'Acme', channel: 1 },
      crm: { dealId: 'D-1', contactId: 'C-9' },
    });
  });

  it('is empty without callscribe metadata, and skips blank values', () => {
    expect(metaFromObjectMetadata({})).toEqual({});
    expect(metaFromObjectMetadata({ 'x-amz-meta-other': '1', 'callscribe-rep-email': '  ' })).toEqual({});
  });

  it('decodes RFC 2047 values, as S3 returns non-ASCII metadata', () => {
    expect(decodeRfc2047('=?UTF-8?B?' + Buffer.from('Zoë Ünal').toString('base64') + '?=')).toBe('Zoë Ünal');
    expect(decodeRfc2047('=?UTF-8?Q?Zo=C3=AB_=C3=9Cnal?=')).toBe('Zoë Ünal');
    expect(decodeRfc2047('=?utf-8?B?' + Buffer.from('通').toString('base64') + '?= =?utf-8?B?' + Buffer.from('話').toString('base64') + '?=')).toBe('通話');
    expect(decodeRfc2047('plain =? text')).toBe('plain =? text');
    expect(metaFromObjectMetadata({ 'callscribe-customer-name': '=?UTF-8?Q?Zo=C3=AB?=' })).toEqual({ customer: { name: 'Zoë' } });
  });

  it('refuses invalid values, naming the field but never its value', () => {
    const cases: Record<string, string>[] = [
      { 'callscribe-direction': 'sideways' },
      { 'callscribe-started-at': 'yesterday' },
      { 'callscribe-rep-channel': 'second' },
      { 'callscribe-meta': '{"rep":' },
      { 'callscribe-meta': '["a"]' },
      { 'callscribe-meta': '{"direction":"sideways"}' },
    ];
    for (const metadata of cases) {
      let error: unknown;
      try {
        metaFromObjectMetadata(metadata);
      } catch (err) {
        error = err;
      }
      expect(error).toMatchObject({ code: 'STORAGE_META_INVALID', retryable: false });
      const value = Object.values(metadata)[0]!;
      expect((error as Error).message).not.toContain(value);
    }
  });
});
