import type { FastifyInstance, FastifyRequest } from 'fastify';
import { redisBudget, WEBHOOK_REDIS_ANSWER_MS } from '../../errors/redis-unreachable.ts';
import { announceCall, storeDeliverySource } from '../../intake/announce.ts';
import type { DeliveryLedger } from '../../intake/delivery-ledger.ts';
import { callIdFromSource, type CallSource } from '../../intake/source-record.ts';
import type { WebhookAnswer } from '../openapi/answer-schemas.ts';
import { permanent } from '../../errors/app-error.ts';
import type { TelephonyEvent, TelephonySource, WebhookRequest } from '../../ports/telephony-source.ts';
import type { AppDeps } from '../build-app.ts';

/** The telephony webhooks' route. */
export const WEBHOOK_ROUTE = '/v1/webhooks/:provider';

/** Webhook bodies are small JSON or forms; a recording never comes in one. */
export const WEBHOOK_BODY_LIMIT = 256 * 1024;

/** The refusals' statuses: a delivery we cannot trust is 401 (the sender should fix its secret), one we cannot read 400. */
export const REFUSAL_STATUS = { WEBHOOK_SIGNATURE_MISSING: 401, WEBHOOK_SIGNATURE_INVALID: 401, WEBHOOK_STALE: 401, WEBHOOK_PAYLOAD_INVALID: 400 } as const;

/** Why a body over WEBHOOK_BODY_LIMIT is refused (413 `WEBHOOK_BODY_TOO_LARGE`), in its answer and the log. */
export const BODY_TOO_LARGE_REASON = `The body is over ${WEBHOOK_BODY_LIMIT / 1024} KiB, the limit of a delivery (a provider's is far smaller); it was not read.`;

/** A refusal's verdict in `callscribe_webhook_deliveries_total`: its code without `WEBHOOK_`, in lower case. */
export const refusalVerdict = (code: string): string => code.replace(/^WEBHOOK_/, '').toLowerCase();

/**
 * `POST /v1/webhooks/:provider` (and GET, which Twilio may use): verifies the delivery on its raw
 * bytes before anything is parsed, then records the call and queues its ingest — the recording is
 * fetched by the ingest worker, so the answer comes within the providers' deadlines. A retried or
 * replayed delivery of one recording is the same call (`duplicate: true`).
 */
export async function webhooksRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  keepRawBodies(app, (request, code, reason) => {
    // Only a configured provider's body is read (see onRequest), so the label is one of ours.
    const { provider } = request.params as { provider: string };
    deps.metrics?.webhookDeliveries.inc({ provider, verdict: refusalVerdict(code) });
    request.log.warn({ provider, code, reason }, 'webhook refused');
  });
  const sources = deps.telephony ?? new Map<string, TelephonySource>();

  const sourceOf = (request: FastifyRequest): TelephonySource => {
    const { provider } = request.params as { provider: string };
    const source = sources.get(provider);
    if (!source) {
      throw permanent('WEBHOOK_PROVIDER_OFF', `No telephony provider "${provider.slice(0, 40)}" is configured here; set its variables (see the README, "Telephony providers") and restart.`);
    }
    return source;
  };

  const handler = async (request: FastifyRequest, reply: import('fastify').FastifyReply) => {
    const source = sourceOf(request);
    const delivery = deliveryOf(request, deps.publicBaseUrl ?? null);
    const verdict = source.verify(delivery, deps.clock());
    const count = (answer: string) => deps.metrics?.webhookDeliveries.inc({ provider: source.provider, verdict: answer });
    if (!verdict.ok) {
      count(refusalVerdict(verdict.code));
      request.log.warn({ provider: source.provider, code: verdict.code, reason: verdict.reason }, 'webhook refused');
      return reply.code(REFUSAL_STATUS[verdict.code]).send({ error: { code: verdict.code, message: verdict.reason } });
    }
    let outcome: ReturnType<TelephonySource['parse']>;
    try {
      outcome = source.parse(delivery);
    } catch (err) {
      count('payload_invalid');
      throw err;
    }
    if (outcome.kind === 'reply') {
      count('replied');
      for (const [name, value] of Object.entries(outcome.headers ?? {})) reply.header(name, value);
      return reply.code(outcome.status).send(outcome.body ?? '');
    }
    if (outcome.kind === 'ignored') {
      count('ignored');
      request.log.info({ provider: source.provider, reason: outcome.reason }, 'webhook ignored');
      return reply.code(200).send({ ignored: true, reason: outcome.reason });
    }
    // All of the delivery's waits on Redis together stay under the providers' deadlines.
    const withinRedis = redisBudget(WEBHOOK_REDIS_ANSWER_MS);
    const record = async (event: TelephonyEvent) => {
      const callId = callIdFromSource(event.provider, event.recordingId);
      const meta = { ...event.meta, source: { kind: event.provider, recordingId: event.recordingId, ...event.meta.source } };
      const answer = await recordAnnounced(deps, callId, {
        kind: 'telephony', provider: event.provider, recordingId: event.recordingId, deliveryId: event.deliveryId, download: event.download, meta, receivedAt: deps.clock().toISOString(),
      }, withinRedis).catch((err: unknown) => {
        // Verified but not confirmed recorded (Redis or storage away, another delivery recording it): answered 5xx,
        // counted, so an outage's refused deliveries show (some of them may still be recorded: see announceCall).
        count('error');
        throw err;
      });
      request.log.info({ provider: event.provider, callId, deliveryId: event.deliveryId, duplicate: answer.duplicate }, answer.duplicate ? 'webhook: duplicate delivery' : 'webhook: call received');
      return answer;
    };
    if (outcome.kind === 'recording') {
      const answer = await record(outcome.event);
      count(answer.duplicate ? 'duplicate' : 'accepted');
      return reply.code(answer.duplicate ? 200 : 202).send(answer);
    }
    const calls = [];
    for (const event of outcome.events) calls.push(await record(event));
    count(calls.every((c) => c.duplicate) ? 'duplicate' : 'accepted');
    return reply.code(calls.every((c) => c.duplicate) ? 200 : 202).send({ calls });
  };

  // Unknown providers are refused before their body is read.
  const onRequest = async (request: FastifyRequest) => void sourceOf(request);
  app.post(WEBHOOK_ROUTE, { onRequest }, handler);
  app.get(WEBHOOK_ROUTE, { onRequest }, handler);
}

/**
 * Records an announced call and queues its ingest (one call per recording, see announceCall). A
 * duplicate touches nothing. The source is stored before the job is queued, so a call that was
 * answered is never only in Redis.
 */
export async function recordAnnounced(
  deps: AppDeps,
  callId: string,
  source: CallSource,
  withinRedis: <T>(work: Promise<T>) => Promise<T> = redisBudget(WEBHOOK_REDIS_ANSWER_MS),
): Promise<WebhookAnswer> {
  // source.json first: a call answered 202 survives the loss of its job (reindex queues it again).
  const queue = async (id: string, s: CallSource) => {
    await storeDeliverySource(deps.blobs, id, s);
    await withinRedis(deps.enqueue('ingest', id, { source: s }));
  };
  const { isNew } = await announceCall({ callId, source }, { ledger: boundedLedger(deps.deliveries!, withinRedis), queue });
  return { id: callId, duplicate: !isNew };
}

/**
 * The ledger with each of its waits on Redis bounded by `withinRedis`; a claim waits for another delivery's
 * pending claim for at most half the webhook bound (then `DELIVERY_BUSY`, 503), and a release that gets no answer
 * is left to the claim's expiry. The claim is bounded by the ledger itself, which gives back a claim Redis
 * makes after the delivery was answered 503.
 */
function boundedLedger(ledger: DeliveryLedger, withinRedis: <T>(work: Promise<T>) => Promise<T>): DeliveryLedger {
  return {
    claim: (callId) => ledger.claim(callId, { waitMs: WEBHOOK_REDIS_ANSWER_MS / 2, within: withinRedis }),
    stored: (claim) => withinRedis(ledger.stored(claim)),
    release: (claim) => withinRedis(ledger.release(claim)).catch(() => undefined),
    close: () => ledger.close(),
  };
}

/**
 * In this (encapsulated) scope every body stays bytes, up to WEBHOOK_BODY_LIMIT: signatures are over the bytes as sent.
 * A larger body is refused as any delivery is: `refused` logs and counts it, and it is answered 413
 * `WEBHOOK_BODY_TOO_LARGE` (our code, not the framework's). Every other failure goes on to the app's error handler.
 */
export function keepRawBodies(app: FastifyInstance, refused: (request: FastifyRequest, code: 'WEBHOOK_BODY_TOO_LARGE', reason: string) => void): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: WEBHOOK_BODY_LIMIT }, (_req, body, done) => done(null, body));
  app.setErrorHandler((error, request) => {
    if ((error as { code?: unknown }).code !== 'FST_ERR_CTP_BODY_TOO_LARGE') throw error;
    refused(request, 'WEBHOOK_BODY_TOO_LARGE', BODY_TOO_LARGE_REASON);
    throw permanent('WEBHOOK_BODY_TOO_LARGE', BODY_TOO_LARGE_REASON, error);
  });
}

/** A delivery as a signature checker sees it: method, the URL the sender signed, headers, the raw bytes. */
export function deliveryOf(request: FastifyRequest, publicBaseUrl: string | null): WebhookRequest {
  return {
    method: request.method as WebhookRequest['method'],
    url: publicUrlOf(request, publicBaseUrl),
    headers: request.headers,
    rawBody: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
  };
}

/**
 * The URL the sender addressed, which it signed: PUBLIC_BASE_URL (a proxy in front rewrites host
 * and scheme, and may strip a path prefix) + the path and query as received; without it, what this
 * request says.
 */
export function publicUrlOf(request: FastifyRequest, publicBaseUrl: string | null): string {
  if (publicBaseUrl) return `${publicBaseUrl.replace(/\/+$/, '')}${request.url}`;
  return `${request.protocol}://${request.host}${request.url}`;
}

