/**
 * Storage-event intake: recordings dropped into a bucket's inbox prefix become calls. The route
 * (`POST /v1/events/s3`, HEAD for MinIO's liveness probe) calls `verifyStorageEvent` on the raw bytes,
 * then `parseStorageEvent`, and hands each object to ingest with its dedupe key.
 */
export { configFromEnv, type StorageEventsConfig } from './storage-events.config.ts';
export { verifyStorageEvent, type StorageEventDeps } from './verify-storage-event.ts';
export { parseStorageEvent, decodeEventKey, type StorageEvent, type StoredObject } from './parse-storage-event.ts';
export { subscriptionToConfirm } from './sns-message.ts';
export { cachedCertificateFetcher, certificateFetcherFrom, snsOrigins, type CertificateFetcher } from './sns-certificates.ts';
export { metaKeyFor, metaFromObjectMetadata, META_JSON_FIELD } from './object-meta.ts';
