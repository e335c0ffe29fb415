import type { Verdict, WebhookRequest } from '../../ports/telephony-source.ts';
import { constantTimeEqual, headerOf } from '../telephony/webhook-utils.ts';
import type { CertificateFetcher } from './sns-certificates.ts';
import { isSnsProblem, readSnsMessage } from './sns-message.ts';
import { verifySnsSignature } from './sns-signature.ts';
import type { StorageEventsConfig } from './storage-events.config.ts';

export interface StorageEventDeps {
  config: StorageEventsConfig;
  /** Serves SNS signing certificates; wire `cachedCertificateFetcher(certificateFetcherFrom(fetch))` once. */
  fetchCertificate: CertificateFetcher;
}

const refuse = (code: Exclude<Verdict, { ok: true }>['code'], reason: string): Verdict => ({ ok: false, code, reason });

/**
 * Says whether a storage-event delivery comes from a sender we trust, before its content is used.
 * - SNS (an `x-amz-sns-message-type` header): the message's signature, topic and age (`verifySnsSignature`).
 * - Anything else (MinIO, an EventBridge API destination): `Authorization` equals MINIO_WEBHOOK_TOKEN,
 *   verbatim or as `Bearer <token>`, compared in constant time. These carry no signed timestamp:
 *   replays are absorbed by each object's dedupe key.
 * Rejects (with a retryable AppError) only when an SNS certificate cannot be fetched for now.
 */
export async function verifyStorageEvent(request: WebhookRequest, now: Date, deps: StorageEventDeps): Promise<Verdict> {
  const snsType = headerOf(request.headers, 'x-amz-sns-message-type');
  if (snsType !== null) return verifySns(request, snsType, now, deps);
  const token = deps.config.webhookToken;
  if (token === null) {
    return refuse('WEBHOOK_SIGNATURE_INVALID', 'Only signed SNS deliveries are accepted here: set MINIO_WEBHOOK_TOKEN to accept MinIO webhooks.');
  }
  const auth = headerOf(request.headers, 'authorization');
  if (auth === null) return refuse('WEBHOOK_SIGNATURE_MISSING', 'The delivery has no Authorization header; set the MinIO target’s auth_token to MINIO_WEBHOOK_TOKEN.');
  const verbatim = constantTimeEqual(auth, token);
  const bearer = constantTimeEqual(auth, `Bearer ${token}`);
  return verbatim || bearer ? { ok: true } : refuse('WEBHOOK_SIGNATURE_INVALID', 'The Authorization header does not match MINIO_WEBHOOK_TOKEN.');
}

async function verifySns(request: WebhookRequest, snsType: string, now: Date, deps: StorageEventDeps): Promise<Verdict> {
  if (deps.config.snsTopicArns.length === 0) {
    return refuse('WEBHOOK_SIGNATURE_INVALID', 'SNS deliveries are not accepted: set S3_EVENTS_SNS_TOPIC_ARNS to the topic S3 publishes to.');
  }
  if (headerOf(request.headers, 'x-amz-sns-rawdelivery') === 'true') {
    return refuse('WEBHOOK_PAYLOAD_INVALID', 'The SNS subscription uses raw message delivery, which carries no signature: turn raw message delivery off.');
  }
  let body: unknown;
  try {
    body = JSON.parse(request.rawBody.toString('utf8'));
  } catch {
    return refuse('WEBHOOK_PAYLOAD_INVALID', 'The SNS delivery’s body is not JSON.');
  }
  const message = readSnsMessage(body);
  if (isSnsProblem(message)) {
    return refuse(message.problem === 'signature-missing' ? 'WEBHOOK_SIGNATURE_MISSING' : 'WEBHOOK_PAYLOAD_INVALID', message.detail);
  }
  if (message.Type !== snsType) {
    return refuse('WEBHOOK_PAYLOAD_INVALID', 'The x-amz-sns-message-type header does not match the message’s Type.');
  }
  return verifySnsSignature(message, now, { topicArns: deps.config.snsTopicArns, fetchCertificate: deps.fetchCertificate });
}
