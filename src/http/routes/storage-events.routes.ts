import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { metaFromObjectMetadata, metaKeyFor, parseStorageEvent, verifyStorageEvent, type StoredObject } from '../../adapters/storage-events/index.ts';
import { readCallMeta, shownKeys, type CallMeta } from '../../domain/call-meta.ts';
import { AppError, permanent } from '../../errors/app-error.ts';
import { callIdFromSource } from '../../intake/source-record.ts';
import type { AppDeps } from '../build-app.ts';
import { deliveryOf, keepRawBodies, recordAnnounced, REFUSAL_STATUS, refusalVerdict } from './webhooks.routes.ts';

/**
 * `POST /v1/events/s3`: S3 `ObjectCreated` notifications (direct, in a verified SNS envelope, or from
 * EventBridge) and MinIO's webhook (its token), for objects under S3_INBOX_PREFIX. Each object becomes
 * one call however often it is announced; the ingest worker hashes and copies it. `HEAD` answers
 * MinIO's liveness probe. Each delivery is counted in `callscribe_webhook_deliveries_total` under
 * provider `s3` (whichever path it came by), with the verdicts telephony webhooks have.
 */
export async function storageEventsRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  keepRawBodies(app, (request, code, reason) => {
    deps.metrics?.webhookDeliveries.inc({ provider: STORAGE_PROVIDER, verdict: refusalVerdict(code) });
    request.log.warn({ source: 'storage', code, reason }, 'storage event refused');
  });
  const runtime = deps.storageEvents ?? null;
  const onRequest = async () => {
    if (!runtime) throw permanent('STORAGE_EVENTS_OFF', 'Storage events are not configured here: set MINIO_WEBHOOK_TOKEN or S3_EVENTS_SNS_TOPIC_ARNS (see the README, "Storage events").');
  };

  // MinIO checks a target is alive with a HEAD (carrying its token) and holds events back until one is
  // answered: 200 with no body, whatever the token.
  app.head('/v1/events/s3', { onRequest }, async (_request, reply) => reply.code(200).send());

  app.post('/v1/events/s3', { onRequest }, async (request: FastifyRequest, reply: FastifyReply) => {
    const count = (verdict: string) => deps.metrics?.webhookDeliveries.inc({ provider: STORAGE_PROVIDER, verdict });
    try {
      const { verdict, answer } = await receive(request, reply);
      count(verdict);
      return answer;
    } catch (err) {
      count(failureVerdict(err));
      throw err;
    }
  });

  /** Answers one delivery and says what became of it (a verdict of the deliveries metric). */
  const receive = async (request: FastifyRequest, reply: FastifyReply): Promise<{ verdict: string; answer: FastifyReply }> => {
    const events = runtime!;
    const delivery = deliveryOf(request, deps.publicBaseUrl ?? null);
    const verdict = await verifyStorageEvent(delivery, deps.clock(), events);
    if (!verdict.ok) {
      request.log.warn({ source: 'storage', code: verdict.code, reason: verdict.reason }, 'storage event refused');
      const answer = reply.code(REFUSAL_STATUS[verdict.code]).send({ error: { code: verdict.code, message: verdict.reason } });
      return { verdict: refusalVerdict(verdict.code), answer };
    }
    const event = parseStorageEvent(delivery.rawBody, events.config);
    if (event.kind === 'test' || event.kind === 'ignored') {
      return { verdict: 'ignored', answer: reply.code(200).send({ ignored: true, reason: event.kind === 'test' ? 's3:TestEvent' : event.reason }) };
    }
    if (event.kind === 'confirm') {
      await events.confirmSubscription(event.url);
      request.log.info('SNS subscription confirmed');
      // A handshake answered, as a provider's URL validation is.
      return { verdict: 'replied', answer: reply.code(200).send({ confirmed: true }) };
    }
    const calls = [];
    for (const object of event.objects) calls.push(await announceObject(object, deps, request));
    const fresh = calls.some((c) => !c.duplicate);
    return { verdict: fresh ? 'accepted' : 'duplicate', answer: reply.code(fresh ? 202 : 200).send({ calls }) };
  };
}

/** The `provider` label of storage events in the deliveries metric (the route's name; S3, SNS, EventBridge and MinIO alike). */
export const STORAGE_PROVIDER = 's3';

/**
 * The verdict of a delivery that failed: one we could not read (its body, or an object's meta) is
 * `payload_invalid`; anything answered 5xx (Redis or storage away, an SNS certificate or confirmation
 * that could not be fetched) is `error`, as for telephony webhooks.
 */
function failureVerdict(err: unknown): string {
  if (err instanceof AppError && !err.retryable && (err.code === 'WEBHOOK_PAYLOAD_INVALID' || err.code === 'STORAGE_META_INVALID')) return 'payload_invalid';
  return 'error';
}

/** One announced object: its meta (a sidecar `NAME.meta.json`, else the object's metadata), recorded and queued. */
async function announceObject(object: StoredObject, deps: AppDeps, request: FastifyRequest) {
  const callId = callIdFromSource('s3', object.dedupeKey);
  const meta = { ...(await metaOfObject(object.key, deps)), source: { kind: 's3', recordingId: object.key } };
  const answer = await recordAnnounced(deps, callId, { kind: 'storage', key: object.key, bytes: object.size, meta, receivedAt: deps.clock().toISOString() });
  request.log.info({ source: 'storage', callId, duplicate: answer.duplicate }, answer.duplicate ? 'storage event: duplicate' : 'storage event: call received');
  return answer;
}

async function metaOfObject(key: string, deps: AppDeps): Promise<CallMeta> {
  const sidecar = await deps.blobs.getBuffer(metaKeyFor(key));
  if (sidecar) {
    const read = readCallMeta(sidecar.toString('utf8'));
    if ('meta' in read) {
      // Nobody reads an answer to a storage event: the operator's log says what of the sidecar was ignored.
      if (read.ignored.length) deps.logger.warn({ ignored: shownKeys(read.ignored), ignoredCount: read.ignored.length }, 'sidecar keys that are not CallMeta fields were ignored');
      return read.meta;
    }
    const name = metaKeyFor(key).split('/').pop();
    throw permanent('STORAGE_META_INVALID', read.problem === 'not_json' ? `The sidecar ${name} is not JSON.` : `The sidecar ${name} does not match CallMeta: ${read.detail}`);
  }
  const head = await deps.blobs.head(key);
  return head?.metadata ? metaFromObjectMetadata(head.metadata) : {};
}
