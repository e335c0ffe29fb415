import { cachedCertificateFetcher, certificateFetcherFrom, configFromEnv, snsOrigins, type StorageEventDeps } from '../adapters/storage-events/index.ts';
import { retryable } from '../errors/app-error.ts';
import { createGuardedFetch } from '../http-client/guarded-fetch.ts';

/** What the storage-event route needs: the config, SNS certificates, and a way to confirm an SNS subscription. */
export interface StorageEventsRuntime extends StorageEventDeps {
  /** Visits a verified SubscribeURL (SNS confirms the subscription when it is fetched). */
  confirmSubscription(url: string): Promise<void>;
}

/**
 * Storage events as configured (null when off). Certificates and subscription confirmations are
 * fetched through the guarded fetch, from the SNS origins of the configured topics only.
 * The inbox must be in the bucket callscribe stores calls in: that is the bucket it can read.
 */
export function storageEventsFromEnv(env: Record<string, string | undefined>, storeBucket: string): StorageEventsRuntime | null {
  const read = configFromEnv(env);
  if (!read) return null;
  const config = { ...read, bucket: storeBucket };
  const fetch = createGuardedFetch({ allowedOrigins: snsOrigins(config.snsTopicArns), maxBytes: 64 * 1024, attempts: 2 });
  return {
    config,
    fetchCertificate: cachedCertificateFetcher(certificateFetcherFrom(fetch)),
    async confirmSubscription(url) {
      const res = await fetch(url);
      res.body.resume();
      if (res.status !== 200) throw retryable('SNS_CONFIRM_FAILED', `SNS answered ${res.status} when the subscription was confirmed; SNS will send the confirmation again.`);
    },
  };
}
