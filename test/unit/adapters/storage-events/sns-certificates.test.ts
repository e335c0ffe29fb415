import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { cachedCertificateFetcher, certificateFetcherFrom, snsOrigins } from '../../../../src/adapters/storage-events/sns-certificates.ts';
import type { GuardedFetch } from '../../../../src/ports/telephony-source.ts';

const URL_A = 'https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-a.pem';
const URL_B = 'https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-b.pem';

const answering = (status: number, body: string | Buffer, seen: string[] = []): GuardedFetch => async (url) => {
  seen.push(url);
  return { status, headers: {}, body: Readable.from([Buffer.from(body)]), json: async () => JSON.parse(String(body)) };
};

describe('certificateFetcherFrom', () => {
  it('GETs the certificate through the guarded fetch', async () => {
    const seen: string[] = [];
    expect(await certificateFetcherFrom(answering(200, '-----BEGIN CERTIFICATE-----\n', seen))(URL_A)).toBe('-----BEGIN CERTIFICATE-----\n');
    expect(seen).toEqual([URL_A]);
  });

  it('is permanent for a missing or oversized certificate, retryable for other answers', async () => {
    await expect(certificateFetcherFrom(answering(404, 'no'))(URL_A)).rejects.toMatchObject({ code: 'SNS_CERTIFICATE_NOT_FOUND', retryable: false });
    await expect(certificateFetcherFrom(answering(200, Buffer.alloc(70_000, 65)))(URL_A)).rejects.toMatchObject({ code: 'SNS_CERTIFICATE_NOT_FOUND' });
    await expect(certificateFetcherFrom(answering(503, 'busy'))(URL_A)).rejects.toMatchObject({ code: 'SNS_CERTIFICATE_UNAVAILABLE', retryable: true });
  });
});

describe('cachedCertificateFetcher', () => {
  it('fetches each URL once, sharing a fetch in flight', async () => {
    const calls: string[] = [];
    const cached = cachedCertificateFetcher(async (url) => {
      calls.push(url);
      return `pem for ${url}`;
    });
    expect(await Promise.all([cached(URL_A), cached(URL_A), cached(URL_B)])).toEqual([`pem for ${URL_A}`, `pem for ${URL_A}`, `pem for ${URL_B}`]);
    await cached(URL_A);
    expect(calls).toEqual([URL_A, URL_B]);
  });

  it('forgets failures, and drops the oldest entry past its size', async () => {
    let fail = true;
    const calls: string[] = [];
    const cached = cachedCertificateFetcher(async (url) => {
      calls.push(url);
      if (fail) throw new Error('down');
      return 'pem';
    }, 1);
    await expect(cached(URL_A)).rejects.toThrow('down');
    fail = false;
    expect(await cached(URL_A)).toBe('pem');
    await cached(URL_B);
    await cached(URL_A);
    expect(calls).toEqual([URL_A, URL_A, URL_B, URL_A]);
  });
});

describe('snsOrigins', () => {
  it('lists each topic region’s SNS origin once', () => {
    expect(
      snsOrigins(['arn:aws:sns:eu-west-1:123456789012:a', 'arn:aws:sns:eu-west-1:123456789012:b', 'arn:aws-cn:sns:cn-north-1:123456789012:c', 'arn:aws-us-gov:sns:us-gov-west-1:123456789012:d']),
    ).toEqual(['https://sns.eu-west-1.amazonaws.com', 'https://sns.cn-north-1.amazonaws.com.cn', 'https://sns.us-gov-west-1.amazonaws.com']);
  });
});
