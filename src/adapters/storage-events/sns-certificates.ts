import { permanent, retryable } from '../../errors/app-error.ts';
import type { GuardedFetch } from '../../ports/telephony-source.ts';

/** Fetches an SNS signing certificate (PEM text) by URL. Throws AppError: permanent when it does not exist. */
export type CertificateFetcher = (url: string) => Promise<string>;

/** SNS certificates are about 2 KB; anything much larger is not one. */
const MAX_CERTIFICATE_BYTES = 64 * 1024;

/**
 * The production fetcher: a GET through the guarded fetch, which must allow the SNS hosts
 * (`https://sns.<region>.amazonaws.com`, see `isTrustedCertificateUrl`). Wrap it in
 * `cachedCertificateFetcher` once per process.
 */
export function certificateFetcherFrom(fetch: GuardedFetch): CertificateFetcher {
  return async (url) => {
    const res = await fetch(url, { method: 'GET' });
    if (res.status === 403 || res.status === 404 || res.status === 410) {
      res.body.resume();
      throw permanent('SNS_CERTIFICATE_NOT_FOUND', `SNS answered ${res.status} for the signing certificate the message names.`);
    }
    if (res.status !== 200) {
      res.body.resume();
      throw retryable('SNS_CERTIFICATE_UNAVAILABLE', `SNS answered ${res.status} for its signing certificate; SNS will retry the delivery.`);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of res.body) {
      size += (chunk as Buffer).length;
      if (size > MAX_CERTIFICATE_BYTES) {
        res.body.destroy();
        throw permanent('SNS_CERTIFICATE_NOT_FOUND', 'The SNS signing certificate URL served something far larger than a certificate.');
      }
      chunks.push(Buffer.from(chunk as Buffer));
    }
    return Buffer.concat(chunks).toString('utf8');
  };
}

/**
 * Wraps a fetcher so each certificate URL is fetched once per process (concurrent requests share one
 * fetch; a failed fetch is forgotten). SNS publishes a rotated certificate under a new URL, so entries
 * never go stale; the oldest is dropped past `maxEntries`.
 */
export function cachedCertificateFetcher(fetchCertificate: CertificateFetcher, maxEntries = 32): CertificateFetcher {
  const cache = new Map<string, Promise<string>>();
  return (url) => {
    const hit = cache.get(url);
    if (hit) return hit;
    const pending = fetchCertificate(url);
    cache.set(url, pending);
    pending.catch(() => cache.delete(url));
    if (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
    return pending;
  };
}

/**
 * The origins SNS serves certificates and subscription URLs from for these topics (the topic's region):
 * what the guarded fetch must allow. `arn:aws-cn:…` topics are on `amazonaws.com.cn`.
 */
export function snsOrigins(topicArns: readonly string[]): string[] {
  const origins = topicArns.map((arn) => {
    const [, partition, , region] = arn.split(':');
    return `https://sns.${region}.amazonaws.com${partition === 'aws-cn' ? '.cn' : ''}`;
  });
  return [...new Set(origins)];
}
